import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOnePoolConfig, arbScenario } from './arbitraries';
import { formatTarget, getKey, sameValue, setKey, type ConfigKey, type ConfigValue } from './config';
import { statesOf } from './derive';
import { applyPlan, planCandidates, planFor, PLAN_KEYS, type PlanFound } from './plan';
import { poolViews, withPoolSizes } from './pools';
import { PRESETS, PRESET_NAMES } from './presets';
import { regressions } from './fixes';
import { applyChanges } from './search';
import { changeNotes } from './sideEffects';
import { scenario } from './testing';
import { isSafe, PATH_IDS, type Config, type PathId, type PoolView } from './types';

// Written independently of plan.ts: the protective value(s) of EVERY fixable key, including the
// keys plan.ts leaves out as never helpful. The brute force below proves that leaving them out
// loses nothing. Kubelet keys are tried on each pool separately (a change per pool).
const PROTECTIVE: ReadonlyArray<readonly [ConfigKey, (c: PoolView) => ConfigValue[]]> = [
  ['apiserver.anonymousAuth', (c) => (c.apiserver.anonymousAuth ? [false] : [])],
  [
    'apiserver.authorizationModes',
    (c) => (c.apiserver.authorizationModes.includes('AlwaysAllow') ? [['Node', 'RBAC']] : []),
  ],
  [
    'apiserver.kubeletCertificateAuthority',
    (c) => (c.apiserver.kubeletCertificateAuthority ? [] : [true]),
  ],
  [
    'apiserver.kubeletClientCertificate',
    (c) => (c.apiserver.kubeletClientCertificate ? [] : [true]),
  ],
  ['apiserver.sshTunnels', (c) => (c.apiserver.sshTunnels ? [false] : [])],
  ['apiserver.proxyScheme', (c) => (c.apiserver.proxyScheme === 'http' ? ['https'] : [])],
  ['kubelet.anonymousAuth', (c) => (c.kubelet.anonymousAuth ? [false] : [])],
  ['kubelet.webhookAuthentication', (c) => (c.kubelet.webhookAuthentication ? [] : [true])],
  ['kubelet.clientCAFile', (c) => (c.kubelet.clientCAFile ? [] : [true])],
  [
    'kubelet.authorizationMode',
    (c) => (c.kubelet.authorizationMode === 'AlwaysAllow' ? ['Webhook'] : []),
  ],
  ['kubelet.readOnlyPort', (c) => (c.kubelet.readOnlyPort > 0 ? [0] : [])],
  [
    'kubelet.servingCertificate',
    (c) => (c.kubelet.servingCertificate === 'self-signed' ? ['ca-signed', 'tls-bootstrap'] : []),
  ],
  ['konnectivity.enabled', (c) => (c.konnectivity.enabled ? [] : [true])],
  [
    'konnectivity.agentAuthentication',
    (c) => (c.konnectivity.agentAuthentication === 'none' ? ['service-account-token', 'mtls'] : []),
  ],
  ['konnectivity.frontend', (c) => (c.konnectivity.frontend === 'tcp' ? ['uds', 'tcp-tls'] : [])],
  ['konnectivity.serverMatchesEgress', (c) => (c.konnectivity.serverMatchesEgress ? [] : [true])],
  [
    'pods.automountServiceAccountToken',
    (c) => (c.pods.automountServiceAccountToken ? [false] : []),
  ],
];

const ok = (s: string) => isSafe(s as never) || s === 'disabled';

/** The goal: every path instance, one path kind on every pool, or one instance. */
type Goal = { readonly path?: PathId; readonly pool?: number };
const reached = (c: Config, goal: Goal): boolean =>
  statesOf(c).every((s, i) =>
    goal.path === undefined
      ? PATH_IDS.every((id) => ok(s[id]))
      : goal.pool !== undefined && goal.pool !== i
        ? true
        : ok(s[goal.path]),
  );

/**
 * Smallest number of (key, pool) changes over the whole cartesian product of protective values,
 * by iterative deepening: every set of exactly k changes, k = 0, 1, 2, ...
 */
function bruteForceMinimum(config: Config, goal: Goal = {}): number | undefined {
  const first = poolViews(config)[0]!;
  const options: { key: ConfigKey; pool?: string; values: ConfigValue[] }[] = [];
  for (const [key, values] of PROTECTIVE) {
    if (!key.startsWith('kubelet.')) {
      const v = values(first);
      if (v.length) options.push({ key, values: v });
      continue;
    }
    poolViews(config).forEach((view, i) => {
      const v = values(view);
      if (v.length) options.push({ key, pool: config.pools[i]!.name, values: v });
    });
  }
  for (let k = 0; k <= options.length; k++) {
    let found = false;
    const rec = (start: number, c: Config, left: number): void => {
      if (found) return;
      if (left === 0) {
        if (reached(c, goal)) found = true;
        return;
      }
      for (let i = start; i <= options.length - left; i++) {
        const o = options[i]!;
        for (const v of o.values) rec(i + 1, setKey(c, o.key, v, o.pool), left - 1);
      }
    };
    rec(0, config, k);
    if (found) return k;
  }
  return undefined;
}

const expectReachesGoal = (config: Config, plan: PlanFound, goal: Goal = {}) => {
  const after = applyPlan(config, plan);
  expect(reached(after, goal), JSON.stringify(statesOf(after))).toBe(true);
  expect(plan.changes.every((c) => PLAN_KEYS.includes(c.key))).toBe(true);
  expect(plan.changes.some((c) => c.key === 'version' || c.key === 'network.untrusted')).toBe(
    false,
  );
  // No change is a no-op on a pool it is made on.
  for (const c of plan.changes) {
    const pools = c.pool === undefined ? config.pools.map((p) => p.name) : [c.pool];
    for (const pool of pools) {
      expect(sameValue(getKey(config, c.key, c.key.startsWith('kubelet.') ? pool : undefined), c.value), `${c.key}@${pool}`).toBe(false);
    }
  }
  // The size counts a kubelet change once per pool it touches.
  const counted = plan.changes.reduce((n, c) => n + (c.key.startsWith('kubelet.') && c.pool === undefined ? config.pools.length : 1), 0);
  expect(plan.size).toBe(counted);
};

// Generous timeout: the brute force is exhaustive and CI machines are shared.
describe('the make-it-safe plan', { timeout: 60_000 }, () => {
  it.each(PRESET_NAMES)(
    'on %s is as small as an exhaustive search and leaves nothing unsafe or broken',
    (name) => {
      const config = PRESETS[name];
      const plan = planFor(config);
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expectReachesGoal(config, plan);
      expect(plan.size).toBe(bruteForceMinimum(config)!);
    },
  );

  it.each(PRESET_NAMES.flatMap((n) => PATH_IDS.map((id) => [n, id] as const)))(
    'on %s for %s alone is as small as an exhaustive search',
    (name, id) => {
      const config = PRESETS[name];
      const plan = planFor(config, { path: id });
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expectReachesGoal(config, plan, { path: id });
      expect(plan.size).toBe(bruteForceMinimum(config, { path: id })!);
    },
  );

  it('is minimal and reaches its goal on random one-pool configs (fast-check)', () => {
    fc.assert(
      fc.property(arbOnePoolConfig, (config) => {
        const plan = planFor(config);
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expectReachesGoal(config, plan);
        expect(plan.size).toBe(bruteForceMinimum(config));
      }),
      { numRuns: 300 },
    );
  });

  it('is minimal and reaches its goal on random scenarios of 2 pools, counting kubelet changes per pool (fast-check)', () => {
    fc.assert(
      fc.property(arbScenario(2).filter((c) => c.pools.length > 1), (config) => {
        const plan = planFor(config);
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expectReachesGoal(config, plan);
        expect(plan.size).toBe(bruteForceMinimum(config));
      }),
      { numRuns: 40 },
    );
  });

  it('is as small as an exhaustive search on three differing pools (mixed-pools plus a flags-only pool)', () => {
    const base = withPoolSizes(PRESETS['mixed-pools'], [
      { name: 'bootstrapped', nodes: 4 },
      { name: 'legacy', nodes: 2 },
      { name: 'open', nodes: 1 },
    ]);
    const config = { ...base, pools: base.pools.map((p) => (p.name === 'open' ? { ...p, kubelet: PRESETS['flags-only'].pools[0]!.kubelet } : p)) };
    const plan = planFor(config);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expectReachesGoal(config, plan);
    expect(plan.size).toBe(bruteForceMinimum(config));
  });

  it('is minimal for a single path kind on every pool, and for one instance, on random scenarios (fast-check)', () => {
    fc.assert(
      fc.property(arbScenario(3), fc.constantFrom(...PATH_IDS), fc.nat(), (config, id, n) => {
        const kind = planFor(config, { path: id });
        expect(kind.ok).toBe(true);
        if (!kind.ok) return;
        expectReachesGoal(config, kind, { path: id });
        expect(kind.size).toBe(bruteForceMinimum(config, { path: id }));
        const pool = n % config.pools.length;
        const inst = planFor(config, { path: id, pool: config.pools[pool]!.name });
        expect(inst.ok).toBe(true);
        if (!inst.ok) return;
        const goal = id === 'apiserver-konnectivity-server' ? { path: id } : { path: id, pool };
        expectReachesGoal(config, inst, goal);
        expect(inst.size).toBe(bruteForceMinimum(config, goal));
      }),
      { numRuns: 150 },
    );
  });

  it('applied step by step in its order never breaks a path that worked before (fast-check)', () => {
    fc.assert(
      fc.property(arbScenario(3), (config) => {
        const plan = planFor(config);
        if (!plan.ok) return;
        const before = statesOf(config);
        let c = config;
        for (const step of plan.steps) {
          c = setKey(c, step.key, step.value, step.pool);
          const now = statesOf(c);
          now.forEach((states, i) => {
            for (const id of PATH_IDS) {
              if (before[i]![id] !== 'broken')
                expect(states[id], `${id}@${i} after ${formatTarget(step)}`).not.toBe('broken');
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is empty when every path is already safe', () => {
    const plan = planFor(PRESETS.hardened);
    expect(plan).toMatchObject({ ok: true, steps: [], snippets: [] });
  });

  it('puts kubelet serving certificates before --kubelet-certificate-authority', () => {
    const plan = planFor(scenario('kubeadm'), { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.steps.map((s) => `${s.key}=${String(s.value)}`)).toEqual([
      'kubelet.servingCertificate=tls-bootstrap',
      'apiserver.kubeletCertificateAuthority=true',
    ]);
  });

  it('prefers the kubelet CA over Konnectivity for apiserver-kubelet: fewer side effects at the same size', () => {
    const plan = planFor(scenario('kubeadm'), { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.after[0]!['apiserver-kubelet']).toBe('secure');
    expect(plan.ok && plan.steps.flatMap((s) => s.sideEffects)).toHaveLength(1);
  });

  it('repairs the CA mismatch by giving kubelets CA-signed certificates, never by removing the CA', () => {
    const plan = planFor(scenario('ca-mismatch'), { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.steps.map((s) => [s.key, s.value])).toEqual([
      ['kubelet.servingCertificate', 'tls-bootstrap'],
    ]);
    expect(plan.ok && plan.steps[0]!.why).toContain('apiserver-kubelet broken instead of secure');
  });

  it('never re-opens the kubelet to anonymous callers to un-break apiserver-kubelet', () => {
    const config = scenario('konnectivity', { 'apiserver.kubeletClientCertificate': false });
    const plan = planFor(config, { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.steps.map((s) => s.key)).toEqual(['apiserver.kubeletClientCertificate']);
  });

  it('takes two protective changes where one weakening change would do (a deliberate choice)', () => {
    // Broken: the apiserver presents no client certificate and the kubelet refuses anonymous callers.
    const config = scenario('konnectivity', {
      'apiserver.kubeletClientCertificate': false,
      'kubelet.clientCAFile': false,
      'kubelet.authorizationMode': 'AlwaysAllow',
    });
    expect(statesOf(config)[0]!['apiserver-kubelet']).toBe('broken');
    // One change would "work" by opening :10250 to anyone; the plan authenticates the apiserver instead.
    expect(statesOf(setKey(config, 'kubelet.anonymousAuth', true))[0]!['apiserver-kubelet']).toBe(
      'tunneled',
    );
    const plan = planFor(config, { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.steps.map((s) => s.key)).toEqual([
      'apiserver.kubeletClientCertificate',
      'kubelet.clientCAFile',
    ]);
  });

  it('turns the read-only port off and the SSH tunnels off on legacy-ssh: disabled is the fix', () => {
    const plan = planFor(scenario('legacy-ssh'));
    expect(plan.ok && plan.after[0]!['kubelet-readonly']).toBe('disabled');
    expect(plan.ok && plan.after[0]!['apiserver-ssh-tunnel']).toBe('disabled');
    expect(plan.ok && plan.steps.map((s) => s.key)).toEqual([
      'konnectivity.agentAuthentication',
      'konnectivity.enabled',
      'apiserver.sshTunnels',
      'kubelet.readOnlyPort',
    ]);
  });

  it('says so, as a value, when locked keys leave no way to make it safe', () => {
    const plan = planFor(scenario('kubeadm'), { locked: ['konnectivity.enabled'] });
    expect(plan).toMatchObject({
      ok: false,
      unresolved: ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'],
    });
    expect(!plan.ok && plan.error).toContain('without changing konnectivity.enabled');
    const short = planFor(scenario('legacy-ssh'), { maxSize: 2 });
    expect(short).toMatchObject({ ok: false });
    expect(!short.ok && short.error).toContain('in at most 2 changes');
  });

  it('explains every step by the paths that need it', () => {
    const plan = planFor(scenario('flags-only'));
    expect(plan.ok).toBe(true);
    for (const s of plan.ok ? plan.steps : []) expect(s.why).toMatch(/without it: /);
  });
});

describe('the make-it-safe plan with node pools', { timeout: 60_000 }, () => {
  it('makes mixed-pools safe in 3 changes: legacy gets bootstrapped certificates, the proxies ride Konnectivity', () => {
    const plan = planFor(PRESETS['mixed-pools']);
    expect(plan.ok && plan.steps.map((s) => `${formatTarget(s)}=${String(s.value)}`)).toEqual([
      'pools.legacy.kubelet.servingCertificate=tls-bootstrap',
      'konnectivity.agentAuthentication=service-account-token',
      'konnectivity.enabled=true',
    ]);
    expect(plan.ok && plan.size).toBe(3);
    expect(plan.ok && plan.steps[0]!.why).toContain('apiserver-kubelet@legacy broken instead of secure');
  });

  it('writes a kubelet change made on every pool once, as kubelet.X, and counts it per pool', () => {
    const two = withPoolSizes(PRESETS.kubeadm, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 5 }]);
    const plan = planFor(setKey(two, 'kubelet.readOnlyPort', 10255));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const ro = plan.steps.find((s) => s.key === 'kubelet.readOnlyPort');
    expect(ro).toMatchObject({ value: 0, pools: ['a', 'b'] });
    expect(ro?.pool).toBeUndefined();
    expect(plan.size).toBe(plan.steps.length + 1);
  });

  it('fixes one instance without touching other pools’ kubelets, and reports what it breaks elsewhere', () => {
    const plan = planFor(PRESETS['mixed-pools'], { path: 'apiserver-kubelet', pool: 'legacy' });
    expect(plan.ok && plan.scope).toBe('apiserver-kubelet@legacy');
    expect(plan.ok && plan.steps.map((s) => formatTarget(s))).toEqual(['pools.legacy.kubelet.servingCertificate']);
    const other = withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 2 }, { name: 'b', nodes: 2 }]);
    const narrow = planFor(setKey(other, 'kubelet.servingCertificate', 'tls-bootstrap', 'a'), { path: 'apiserver-kubelet', pool: 'a' });
    // The CA verifies pool a but breaks pool b, whose kubelets self-sign.
    expect(narrow.ok && narrow.steps.map((s) => formatTarget(s))).toEqual(['apiserver.kubeletCertificateAuthority']);
    expect(narrow.ok && narrow.regressions).toEqual(['apiserver-kubelet@b becomes broken (was unverified)']);
  });

  it('names a pool that does not exist, as a value', () => {
    const plan = planFor(PRESETS['mixed-pools'], { path: 'apiserver-kubelet', pool: 'nope' });
    expect(plan).toMatchObject({ ok: false });
    expect(!plan.ok && plan.error).toBe('no pool named "nope"; pools: bootstrapped, legacy');
  });

  it('lists unresolved instances by pool when locked keys leave no way', () => {
    const plan = planFor(PRESETS['mixed-pools'], { locked: ['konnectivity.enabled'] });
    expect(!plan.ok && plan.unresolved).toEqual([
      'apiserver-proxy-node@bootstrapped',
      'apiserver-proxy-node@legacy',
      'apiserver-proxy-pod@bootstrapped',
      'apiserver-proxy-pod@legacy',
      'apiserver-proxy-service@bootstrapped',
      'apiserver-proxy-service@legacy',
    ]);
  });

  it('gives one KubeletConfiguration fragment per group of pools that get the same changes', () => {
    const three = withPoolSizes(PRESETS['mixed-pools'], [
      { name: 'bootstrapped', nodes: 4 },
      { name: 'legacy', nodes: 2 },
      { name: 'old', nodes: 1 },
    ]);
    const config = setKey(setKey(three, 'kubelet.servingCertificate', 'self-signed', 'old'), 'kubelet.readOnlyPort', 10255);
    const plan = planFor(config);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const kubelet = plan.snippets.filter((s) => s.id === 'kubelet-configuration');
    expect(kubelet.map((s) => [s.title, s.pools])).toEqual([
      ['KubeletConfiguration fragment (pool bootstrapped)', ['bootstrapped']],
      ['KubeletConfiguration fragment (pools legacy, old)', ['legacy', 'old']],
    ]);
    expect(kubelet[0]!.text).toContain('readOnlyPort: 0');
    expect(kubelet[0]!.text).not.toContain('serverTLSBootstrap');
    expect(kubelet[1]!.text).toContain('serverTLSBootstrap: true');
  });
});

describe('the make-it-safe plan: candidates, size limits and bookkeeping', { timeout: 60_000 }, () => {
  const keysOf = (groups: readonly { key: string }[][]) => groups.map((g) => g[0]!.key);
  const three = (open: readonly string[]) => {
    const c = withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 1 }, { name: 'c', nodes: 1 }]);
    return open.reduce((acc, pool) => setKey(acc, 'kubelet.readOnlyPort', 10255, pool), c);
  };

  it('offers no candidate for a key already at a protective value: no lateral move (ca-signed → tls-bootstrap, uds → tcp-tls)', () => {
    const selfSigned = poolViews(scenario('kubeadm', { 'konnectivity.frontend': 'tcp' }))[0]!;
    expect(keysOf(planCandidates(selfSigned, 'kubelet'))).toContain('kubelet.servingCertificate');
    expect(keysOf(planCandidates(selfSigned, 'cluster'))).toContain('konnectivity.frontend');
    const protectedView = poolViews(scenario('kubeadm', { 'kubelet.servingCertificate': 'ca-signed', 'konnectivity.frontend': 'uds' }))[0]!;
    expect(keysOf(planCandidates(protectedView, 'kubelet'))).not.toContain('kubelet.servingCertificate');
    expect(keysOf(planCandidates(protectedView, 'cluster'))).not.toContain('konnectivity.frontend');
  });

  it('offers a locked key nothing, and tags kubelet candidates with the pool only when one is given', () => {
    const view = poolViews(scenario('kubeadm', { 'kubelet.readOnlyPort': 10255 }))[0]!;
    expect(keysOf(planCandidates(view, 'kubelet', ['kubelet.readOnlyPort']))).not.toContain('kubelet.readOnlyPort');
    const untagged = planCandidates(view, 'kubelet').flat();
    expect(untagged.length).toBeGreaterThan(0);
    expect(untagged.every((ch) => !('pool' in ch))).toBe(true);
    expect(planCandidates(view, 'kubelet', [], 'b').flat().every((ch) => ch.pool === 'b')).toBe(true);
  });

  const bounded: readonly [string, Config][] = [
    ...PRESET_NAMES.map((n) => [n, PRESETS[n]] as [string, Config]),
    ['legacy-ssh on two pools alike', withPoolSizes(PRESETS['legacy-ssh'], [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 2 }])],
    ['kubeadm on three pools, two with the read-only port open', three(['a', 'c'])],
  ];
  it.each(bounded)('on %s: found within maxSize = the exhaustive minimum, not within one less', (_, config) => {
    const k = bruteForceMinimum(config)!;
    expect(planFor(config, { maxSize: k })).toMatchObject({ ok: true, size: k });
    if (k === 0) return;
    const short = planFor(config, { maxSize: k - 1 });
    expect(short.ok).toBe(false);
    expect(!short.ok && short.error).toContain(`in at most ${k - 1} changes`);
  });

  it('records a one-pool change without a pool field at all', () => {
    const plan = planFor(scenario('legacy-ssh'));
    expect(plan.ok && plan.changes.length).toBeGreaterThan(0);
    expect(plan.ok && plan.changes.every((c) => !('pool' in c))).toBe(true);
    expect(plan.ok && plan.steps.every((s) => !('pool' in s))).toBe(true);
  });

  it('keeps per-pool changes of one key in pool order, each reaching its own pool (a, then c)', () => {
    const plan = planFor(three(['a', 'c']), { path: 'kubelet-readonly' });
    expect(plan.ok && plan.steps.map((s) => [s.key, s.value, s.pool, s.pools])).toEqual([
      ['kubelet.readOnlyPort', 0, 'a', ['a']],
      ['kubelet.readOnlyPort', 0, 'c', ['c']],
    ]);
  });

  it('writes a change made on all three pools once, reaching every pool, and counts it three times', () => {
    const plan = planFor(three(['a', 'b', 'c']), { path: 'kubelet-readonly' });
    expect(plan.ok && plan.steps.map((s) => [s.key, s.value, s.pool, s.pools])).toEqual([
      ['kubelet.readOnlyPort', 0, undefined, ['a', 'b', 'c']],
    ]);
    expect(plan.ok && plan.size).toBe(3);
  });

  it('does not merge the two changes on pool a into every-pool ones: pool b (the konnectivity preset kubelet) needs none', () => {
    let two = withPoolSizes(scenario('konnectivity'), [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 1 }]);
    two = setKey(setKey(two, 'kubelet.readOnlyPort', 10255, 'a'), 'kubelet.clientCAFile', false, 'a');
    two = setKey(two, 'kubelet.authorizationMode', 'AlwaysAllow', 'a');
    const plan = planFor(two);
    expect(plan.ok && plan.steps.length).toBe(2);
    expect(plan.ok && plan.steps.every((s) => s.pool === 'a' && s.pools.join() === 'a')).toBe(true);
  });

  it('gives a cluster-wide step no pools and a one-pool kubelet step its pool', () => {
    const plan = planFor(scenario('legacy-ssh'));
    const pools = (key: string) => (plan.ok ? plan.steps.find((s) => s.key === key)?.pools : undefined);
    expect(pools('apiserver.sshTunnels')).toEqual([]);
    expect(pools('kubelet.readOnlyPort')).toEqual([PRESETS['legacy-ssh'].pools[0]!.name]);
  });

  it('explains a step by its own sentence and only the paths it changes', () => {
    const plan = planFor(scenario('legacy-ssh'));
    const ro = plan.ok ? plan.steps.find((s) => s.key === 'kubelet.readOnlyPort') : undefined;
    // DOMAIN.md: the read-only port serves plain HTTP; closed (0), the path is disabled.
    expect(ro?.why).toBe('closes the unauthenticated plain-HTTP read-only port (without it: kubelet-readonly plaintext instead of disabled)');
    const ssh = plan.ok ? plan.steps.find((s) => s.key === 'apiserver.sshTunnels') : undefined;
    expect(ssh?.why).toMatch(/^removes the legacy SSH tunnels.*\(without it: apiserver-ssh-tunnel \S+ instead of disabled\)$/);
  });

  it('names the path and lists only its instances when a locked key leaves one path unsafe', () => {
    const plan = planFor(scenario('legacy-ssh'), { path: 'kubelet-readonly', locked: ['kubelet.readOnlyPort'] });
    expect(plan).toEqual({
      ok: false,
      scope: 'kubelet-readonly',
      error: 'no set of protective changes without changing kubelet.readOnlyPort makes kubelet-readonly safe: kubelet-readonly stay unsafe or broken',
      unresolved: ['kubelet-readonly'],
    });
    const all = planFor(scenario('kubeadm'), { locked: ['konnectivity.enabled'] });
    expect(!all.ok && all.error).toBe(
      'no set of protective changes without changing konnectivity.enabled makes every path safe: apiserver-proxy-node, apiserver-proxy-pod, apiserver-proxy-service stay unsafe or broken',
    );
  });

  it('lists the one instance asked for when a locked key leaves it unsafe on its pool', () => {
    const plan = planFor(three(['b']), { path: 'kubelet-readonly', pool: 'b', locked: ['kubelet.readOnlyPort'] });
    expect(plan).toMatchObject({ ok: false, scope: 'kubelet-readonly@b', unresolved: ['kubelet-readonly@b'] });
  });

  it('lists nothing unresolved when the pool named does not exist', () => {
    const plan = planFor(PRESETS['mixed-pools'], { path: 'apiserver-kubelet', pool: 'nope' });
    expect(!plan.ok && plan.unresolved).toEqual([]);
  });
});

describe('the make-it-safe plan: ties between sets of the same size', { timeout: 60_000 }, () => {
  // kubeadm's apiserver verifies the kubelets (bootstrapped serving certificates) but presents no
  // client certificate; the kubelets accept anonymous callers and ask the apiserver (Webhook) whether
  // to authorize them, which AlwaysAllow grants: apiserver-kubelet works, but is unverified.
  // Two 2-change sets make it acceptable: client certificates on both ends (first in preference
  // order), or a working Konnectivity tunnel (the server matching the egress, then enabling it).
  const config = scenario('kubeadm', {
    'apiserver.kubeletClientCertificate': false,
    'apiserver.kubeletCertificateAuthority': true,
    'kubelet.servingCertificate': 'tls-bootstrap',
    'kubelet.anonymousAuth': true,
    'kubelet.clientCAFile': false,
    'konnectivity.agentAuthentication': 'service-account-token',
    'konnectivity.serverMatchesEgress': false,
    'apiserver.authorizationModes': ['ABAC', 'RBAC', 'AlwaysAllow'],
  });
  const set = (pairs: readonly [ConfigKey, ConfigValue][]) => pairs.map(([key, value]) => ({ key, value, flag: '' }));
  const certs = set([['apiserver.kubeletClientCertificate', true], ['kubelet.clientCAFile', true]]);
  const tunnel = set([['konnectivity.serverMatchesEgress', true], ['konnectivity.enabled', true]]);
  const weight = (changes: ReturnType<typeof set>) => [
    regressions(config, applyChanges(config, changes)).length,
    changeNotes(config, changes).flat().length,
  ];

  it('has two acceptable 2-change sets, the tunnel with fewer regressions or side effects', () => {
    expect(statesOf(config)[0]!['apiserver-kubelet']).toBe('unverified');
    for (const s of [certs, tunnel]) expect(ok(statesOf(applyChanges(config, s))[0]!['apiserver-kubelet'])).toBe(true);
    const [rc, nc] = weight(certs);
    const [rt, nt] = weight(tunnel);
    expect(rt! < rc! || (rt === rc && nt! < nc!)).toBe(true);
  });

  it('takes the tunnel, found second, over the client certificates, found first', () => {
    const plan = planFor(config, { path: 'apiserver-kubelet' });
    expect(plan.ok && plan.steps.map((s) => s.key)).toEqual(['konnectivity.serverMatchesEgress', 'konnectivity.enabled']);
  });
});
