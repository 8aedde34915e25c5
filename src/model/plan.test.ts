import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbConfig } from './arbitraries';
import { getKey, sameValue, setKey, type ConfigKey, type ConfigValue } from './config';
import { applyPlan, planFor, PLAN_KEYS, type PlanFound } from './plan';
import { PRESETS, PRESET_NAMES } from './presets';
import { pathStates } from './rules';
import { scenario } from './testing';
import { isSafe, PATH_IDS, type Config, type PathId } from './types';

// Written independently of plan.ts: the protective value(s) of EVERY fixable key, including the
// keys plan.ts leaves out as never helpful. The brute force below proves that leaving them out
// loses nothing.
const PROTECTIVE: ReadonlyArray<readonly [ConfigKey, (c: Config) => ConfigValue[]]> = [
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
  [
    'pods.automountServiceAccountToken',
    (c) => (c.pods.automountServiceAccountToken ? [false] : []),
  ],
];

const ok = (s: string) => isSafe(s as never) || s === 'disabled';

/** Smallest number of changed keys over the whole cartesian product of protective values. */
function bruteForceMinimum(config: Config, path?: PathId): number | undefined {
  const options = PROTECTIVE.map(([key, values]) => [key, values(config)] as const).filter(
    ([, v]) => v.length > 0,
  );
  let best: number | undefined;
  const rec = (i: number, c: Config, changed: number) => {
    if (best !== undefined && changed >= best) return;
    if (i === options.length) {
      const s = pathStates(c);
      if (path ? ok(s[path]) : PATH_IDS.every((id) => ok(s[id]))) best = changed;
      return;
    }
    const [key, values] = options[i]!;
    rec(i + 1, c, changed);
    for (const v of values) rec(i + 1, setKey(c, key, v), changed + 1);
  };
  rec(0, config, 0);
  return best;
}

const expectReachesGoal = (config: Config, plan: PlanFound, path?: PathId) => {
  const after = pathStates(applyPlan(config, plan));
  const ids = path ? [path] : PATH_IDS;
  for (const id of ids) expect(ok(after[id]), `${id} is ${after[id]}`).toBe(true);
  expect(plan.changes.every((c) => PLAN_KEYS.includes(c.key))).toBe(true);
  expect(plan.changes.some((c) => c.key === 'version' || c.key === 'network.untrusted')).toBe(
    false,
  );
  expect(plan.changes.every((c) => !sameValue(getKey(config, c.key), c.value))).toBe(true);
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
      expect(plan.steps).toHaveLength(bruteForceMinimum(config)!);
    },
  );

  it.each(PRESET_NAMES.flatMap((n) => PATH_IDS.map((id) => [n, id] as const)))(
    'on %s for %s alone is as small as an exhaustive search',
    (name, id) => {
      const config = PRESETS[name];
      const plan = planFor(config, { path: id });
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expectReachesGoal(config, plan, id);
      expect(plan.steps).toHaveLength(bruteForceMinimum(config, id)!);
    },
  );

  it('is minimal and reaches its goal on random configs (fast-check)', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        const plan = planFor(config);
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expectReachesGoal(config, plan);
        expect(plan.steps.length).toBe(bruteForceMinimum(config));
      }),
      { numRuns: 300 },
    );
  });

  it('is minimal for a single path on random configs (fast-check)', () => {
    fc.assert(
      fc.property(arbConfig, fc.constantFrom(...PATH_IDS), (config, id) => {
        const plan = planFor(config, { path: id });
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expectReachesGoal(config, plan, id);
        expect(plan.steps.length).toBe(bruteForceMinimum(config, id));
      }),
      { numRuns: 300 },
    );
  });

  it('applied step by step in its order never breaks a path that worked before (fast-check)', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        const plan = planFor(config);
        if (!plan.ok) return;
        const before = pathStates(config);
        let c = config;
        for (const step of plan.steps) {
          c = setKey(c, step.key, step.value);
          const now = pathStates(c);
          for (const id of PATH_IDS) {
            if (before[id] !== 'broken')
              expect(now[id], `${id} after ${step.key}`).not.toBe('broken');
          }
        }
      }),
      { numRuns: 500 },
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
    expect(plan.ok && plan.after['apiserver-kubelet']).toBe('secure');
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
    expect(pathStates(config)['apiserver-kubelet']).toBe('broken');
    // One change would "work" by opening :10250 to anyone; the plan authenticates the apiserver instead.
    expect(pathStates(setKey(config, 'kubelet.anonymousAuth', true))['apiserver-kubelet']).toBe(
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
    expect(plan.ok && plan.after['kubelet-readonly']).toBe('disabled');
    expect(plan.ok && plan.after['apiserver-ssh-tunnel']).toBe('disabled');
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
