import { formatTarget, formatValue, getKey, isKubeletKey, KEY_SPECS, sameValue, type ConfigKey, type ConfigValue } from './config';
import { positionChanges } from './attackerView';
import { statesOf, type PoolStates } from './derive';
import { regressions } from './fixes';
import { instanceLabel, instancesOf, isPerPool, type PathInstanceRef } from './instances';
import { poolViews } from './pools';
import { computeFacts, pathState } from './rules';
import { applyChanges, applyToView, forEachChangeSet, type Change } from './search';
import { changeNotes } from './sideEffects';
import { planSnippets, type Snippet } from './snippets';
import { isSafe, PATH_IDS, type Config, type PathId, type PathState, type PoolView } from './types';

/**
 * The protective values of each key a plan may change, in order of preference, listed in the
 * order a plan is applied (serving certificates before the CA that checks them; Konnectivity
 * server and agents before the egress configuration that sends traffic to them).
 *
 * A plan only ever *hardens*: it never re-enables kubelet anonymous auth, removes
 * --kubelet-certificate-authority or turns Konnectivity off to "un-break" or hide a path, even
 * when that would be one change shorter. Keys left out cannot help any path (proven in
 * plan.test.ts against a brute force over every protective value of every fixable key):
 * `apiserver.anonymousAuth`, `kubelet.webhookAuthentication` (no path rule reads them);
 * `apiserver.authorizationModes`, `kubelet.anonymousAuth`, `kubelet.authorizationMode` (their
 * protective values can only make apiserver-kubelet refuse anonymous callers, never safer);
 * `pods.automountServiceAccountToken` (pod-apiserver is secure whenever it exists).
 */
export const PLAN_VALUES: ReadonlyArray<readonly [ConfigKey, readonly ConfigValue[]]> = [
  ['kubelet.servingCertificate', ['tls-bootstrap', 'ca-signed']],
  ['apiserver.kubeletCertificateAuthority', [true]],
  ['apiserver.kubeletClientCertificate', [true]],
  ['kubelet.clientCAFile', [true]],
  ['konnectivity.agentAuthentication', ['service-account-token', 'mtls']],
  ['konnectivity.frontend', ['uds', 'tcp-tls']],
  ['konnectivity.serverMatchesEgress', [true]],
  ['konnectivity.enabled', [true]],
  ['apiserver.sshTunnels', [false]],
  ['apiserver.proxyScheme', ['https']],
  ['kubelet.readOnlyPort', [0]],
];

/** Keys a plan may change, in the order its steps are applied. */
export const PLAN_KEYS: readonly ConfigKey[] = PLAN_VALUES.map(([k]) => k);

/**
 * One step of a plan: the change (a kubelet change on one pool, or on every pool when `pool` is
 * absent), its real flag or field, the pools it reaches, why it is needed, what else it does.
 */
export interface PlanStep {
  readonly key: ConfigKey;
  readonly value: ConfigValue;
  readonly flag: string;
  readonly pool?: string;
  /** The pools a kubelet change is made on (every pool for `kubelet.X`); empty for cluster-wide keys. */
  readonly pools: readonly string[];
  readonly why: string;
  readonly sideEffects: readonly string[];
}

/** What a plan is for: the whole cluster, one path kind (on every pool), or one path instance. */
export type PlanScope = 'cluster' | PathId | `${PathId}@${string}`;

/** A plan that reaches its goal. `steps` is empty when the goal already holds. */
export interface PlanFound {
  readonly ok: true;
  readonly scope: PlanScope;
  readonly steps: readonly PlanStep[];
  readonly changes: readonly Change[];
  /** Its size: a per-pool change counts once per pool it touches (what the search minimises). */
  readonly size: number;
  /** Path states, pool by pool, once every step is applied. */
  readonly after: PoolStates;
  /** Path instances the plan makes worse (only possible for a single-path plan). */
  readonly regressions: readonly string[];
  readonly snippets: readonly Snippet[];
  /** What the plan takes away from each attacker position: "nothing left for a compromised pod; …". */
  readonly positions: string;
}

/** No set of protective changes (within `maxSize`, leaving `locked` keys alone) reaches the goal. */
export interface PlanNotFound {
  readonly ok: false;
  readonly scope: PlanScope;
  readonly error: string;
  /** The path instances that stay unsafe or broken under the best attempt (every change applied). */
  readonly unresolved: readonly string[];
}

export type Plan = PlanFound | PlanNotFound;

/** Options of planFor. */
export interface PlanOptions {
  /** Make only this path kind safe (or disabled); default: every path of the cluster. */
  readonly path?: PathId;
  /** With `path`: only its instance on this pool. */
  readonly pool?: string;
  /** Keys the user cannot change (a managed control plane, say). */
  readonly locked?: readonly ConfigKey[];
  /** Largest plan tried (counting per-pool changes once per pool); default: no limit. */
  readonly maxSize?: number;
}

/** A path state a plan may end in: safe, or absent. */
export const acceptable = (s: PathState): boolean => isSafe(s) || s === 'disabled';

/**
 * The protective changes not yet in effect in one pool's view, grouped by key in apply order:
 * the cluster-wide keys, or the kubelet keys (made on `pool` when given).
 */
export function planCandidates(
  view: PoolView,
  part: 'cluster' | 'kubelet',
  locked: readonly ConfigKey[] = [],
  pool?: string,
): Change[][] {
  const groups: Change[][] = [];
  for (const [key, values] of PLAN_VALUES) {
    if (isKubeletKey(key) !== (part === 'kubelet')) continue;
    const current = getKey(view, key);
    // Already protective: a lateral move (uds → tcp-tls, say) never changes a state.
    if (locked.includes(key) || values.some((v) => sameValue(v, current))) continue;
    groups.push(
      values.map((value): Change => ({ key, value, flag: KEY_SPECS[key].flag, ...(pool === undefined ? {} : { pool }) })),
    );
  }
  return groups;
}

const rankOf = (ch: Change): number => {
  const i = PLAN_KEYS.indexOf(ch.key);
  return i * 4 + PLAN_VALUES[i]![1].findIndex((v) => sameValue(v, ch.value));
};

/** Plan order: PLAN_VALUES order, each key's per-pool changes in pool order. */
function inPlanOrder(config: Config, changes: readonly Change[]): Change[] {
  const poolIndex = (c: Change) => (c.pool === undefined ? -1 : config.pools.findIndex((p) => p.name === c.pool));
  return [...changes].sort((a, b) => rankOf(a) - rankOf(b) || poolIndex(a) - poolIndex(b));
}

/** Orders equal-size plans: fewer regressions, then fewer side effects, then preference order. */
function better(config: Config, a: readonly Change[], b: readonly Change[]): boolean {
  const ra = regressions(config, applyChanges(config, a)).length;
  const rb = regressions(config, applyChanges(config, b)).length;
  if (ra !== rb) return ra < rb;
  const na = changeNotes(config, a).flat().length;
  const nb = changeNotes(config, b).flat().length;
  if (na !== nb) return na < nb;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = rankOf(a[i]!) - rankOf(b[i]!);
    if (d !== 0) return d < 0;
  }
  return false;
}

const STEP_WHY: Readonly<Record<string, string>> = {
  'kubelet.servingCertificate=tls-bootstrap':
    'kubelets request serving certificates from the cluster CA (serverTLSBootstrap), so the apiserver can verify them',
  'kubelet.servingCertificate=ca-signed':
    'kubelets serve a tlsCertFile issued by the CA the apiserver is given, so it can verify them',
  'apiserver.kubeletCertificateAuthority=true':
    "the apiserver verifies each kubelet's serving certificate instead of skipping verification",
  'apiserver.kubeletClientCertificate=true':
    'the apiserver authenticates to kubelets with a client certificate',
  'kubelet.clientCAFile=true':
    "kubelets check the apiserver's client certificate against the cluster CA",
  'konnectivity.agentAuthentication=service-account-token':
    'the konnectivity-server accepts only agents presenting a service-account token for its audience',
  'konnectivity.agentAuthentication=mtls':
    'the konnectivity-server accepts only agents presenting a client certificate from the cluster CA',
  'konnectivity.frontend=uds':
    'the apiserver reaches the konnectivity-server over a Unix socket (its TCP frontend is TLS-only)',
  'konnectivity.frontend=tcp-tls': 'the apiserver reaches the konnectivity-server over mutual TLS',
  'konnectivity.serverMatchesEgress=true':
    "the konnectivity-server's --mode and --uds-name match the egress proxyProtocol and udsName, so the apiserver's dials reach it",
  'konnectivity.enabled=true':
    "the apiserver's cluster egress (logs/exec, node/pod/service proxy) goes through the Konnectivity tunnel",
  'apiserver.sshTunnels=false':
    'removes the legacy SSH tunnels, which accept any node host key (and whose flags no longer exist from 1.22)',
  'apiserver.proxyScheme=https': 'the proxy encrypts (it still verifies nothing)',
  'kubelet.readOnlyPort=0': 'closes the unauthenticated plain-HTTP read-only port',
};

interface Goal {
  readonly scope: PlanScope;
  /** The path kinds that must end acceptable on pool i. */
  readonly need: (i: number) => readonly PathId[];
  /** The instances the goal is about, for "why" and "unresolved". */
  readonly refs: readonly PathInstanceRef[];
}

function goalOf(config: Config, options: PlanOptions): Goal | string {
  if (options.path === undefined) {
    return { scope: 'cluster', need: () => PATH_IDS, refs: instancesOf(config) };
  }
  const path = options.path;
  if (options.pool === undefined || !isPerPool(path)) {
    return { scope: path, need: () => [path], refs: instancesOf(config).filter((r) => r.id === path) };
  }
  const target = config.pools.findIndex((p) => p.name === options.pool);
  if (target < 0) return `no pool named "${options.pool}"; pools: ${config.pools.map((p) => p.name).join(', ')}`;
  return {
    scope: `${path}@${options.pool}`,
    need: (i) => (i === target ? [path] : []),
    refs: [{ id: path, pool: target }],
  };
}

const meets = (view: PoolView, ids: readonly PathId[]): boolean => {
  const facts = computeFacts(view);
  return ids.every((id) => acceptable(pathState(id, facts)));
};

/**
 * The smallest set of kubelet changes on one pool (already under the cluster-wide changes) after
 * which its `need` paths are acceptable: fewest changes, then preference order (a protective
 * kubelet value never makes another path worse, so there is no regression to weigh). Undefined
 * when none within `budget`.
 */
function bestPoolSet(view: PoolView, groups: readonly Change[][], need: readonly PathId[], budget: number): Change[] | undefined {
  for (let size = 0; size <= Math.min(budget, groups.length); size++) {
    let best: Change[] | undefined;
    forEachChangeSet(groups, size, (set) => {
      if (!meets(applyToView(view, set), need)) return;
      if (!best) best = [...set];
    });
    if (best) return best;
  }
  return undefined;
}

/**
 * The "make it safe" plan: the smallest set of protective changes after which every path (or the
 * one given, on every pool or one) is secure, tunneled or disabled, and none is broken.
 *
 * The search is exact. A pool's paths depend only on the cluster-wide settings and its own kubelet,
 * so for each set C of cluster-wide changes (smallest first) the cheapest kubelet changes of each
 * pool are found on their own, and C plus their sum is the cost; a per-pool change counts once per
 * pool. Sets are tried until C alone costs more than the best found. Ties go to fewer regressions,
 * fewer side effects, then the preference order of PLAN_VALUES. Never changes `version` or
 * `network.untrusted`.
 */
export function planFor(config: Config, options: PlanOptions = {}): Plan {
  const goal = goalOf(config, options);
  if (typeof goal === 'string') return { ok: false, scope: 'cluster', error: goal, unresolved: [] };
  const views = poolViews(config);
  const locked = options.locked ?? [];
  const multi = config.pools.length > 1;
  const clusterGroups = planCandidates(views[0]!, 'cluster', locked);
  const kubeletGroups = views.map((v, i) => planCandidates(v, 'kubelet', locked, multi ? config.pools[i]!.name : undefined));
  const maxSize = options.maxSize ?? Infinity;
  let best: { cost: number; changes: Change[] } | undefined;
  for (let size = 0; size <= clusterGroups.length; size++) {
    if (size > maxSize || (best && size > best.cost)) break;
    forEachChangeSet(clusterGroups, size, (clusterSet) => {
      let cost = size;
      const changes: Change[] = [...clusterSet];
      // Pools with the same settings need the same changes (every pool with a goal has the same one).
      const memo = new Map<string, Change[] | null>();
      for (let i = 0; i < views.length; i++) {
        const need = goal.need(i);
        if (need.length === 0) continue;
        const limit = Math.min(maxSize, best ? best.cost : Infinity) - cost;
        if (limit < 0) return;
        const memoKey = JSON.stringify(views[i]!.kubelet);
        let set = memo.get(memoKey);
        if (set === undefined) {
          const found = bestPoolSet(applyToView(views[i]!, clusterSet), kubeletGroups[i]!, need, limit);
          memo.set(memoKey, (set = found ?? null));
        }
        if (set === null) return;
        if (set.length > limit) return;
        const pool = multi ? config.pools[i]!.name : undefined;
        for (const ch of set) changes.push(pool === undefined ? ch : { ...ch, pool });
        cost += set.length;
      }
      const ordered = inPlanOrder(config, changes);
      if (!best || cost < best.cost || (cost === best.cost && better(config, ordered, best.changes))) {
        best = { cost, changes: ordered };
      }
    });
  }
  if (!best) return notFound(config, goal, options, clusterGroups, kubeletGroups);
  const changes = mergeEveryPool(config, best.changes);
  const after = applyChanges(config, changes);
  const notes = changeNotes(config, changes);
  return {
    ok: true,
    scope: goal.scope,
    changes,
    size: best.cost,
    steps: changes.map((c, i) => ({
      key: c.key,
      value: c.value,
      flag: c.flag,
      ...(c.pool === undefined ? {} : { pool: c.pool }),
      pools: isKubeletKey(c.key) ? (c.pool === undefined ? config.pools.map((p) => p.name) : [c.pool]) : [],
      why: whyOf(config, changes, i, goal),
      sideEffects: notes[i]!,
    })),
    after: statesOf(after),
    regressions: regressions(config, after),
    snippets: planSnippets(config, changes),
    positions: positionChanges(config, after),
  };
}

/** A kubelet change made on every pool is written once, as `kubelet.X` (it still counts per pool). */
function mergeEveryPool(config: Config, changes: readonly Change[]): Change[] {
  if (config.pools.length < 2) return [...changes];
  const out: Change[] = [];
  for (const c of changes) {
    if (c.pool === undefined) {
      out.push(c);
      continue;
    }
    const same = changes.filter((o) => o.key === c.key && o.pool !== undefined && sameValue(o.value, c.value));
    if (same.length < config.pools.length) out.push(c);
    else if (same[0] === c) out.push({ key: c.key, value: c.value, flag: c.flag });
  }
  return out;
}

function whyOf(config: Config, changes: readonly Change[], i: number, goal: Goal): string {
  const c = changes[i]!;
  const full = statesOf(applyChanges(config, changes));
  const without = statesOf(applyChanges(config, changes.filter((_, j) => j !== i)));
  const needed = goal.refs
    .filter((r) => without[r.pool ?? 0]![r.id] !== full[r.pool ?? 0]![r.id])
    .map((r) => `${instanceLabel(config, r)} ${without[r.pool ?? 0]![r.id]} instead of ${full[r.pool ?? 0]![r.id]}`);
  const text = `${c.key}=${formatValue(c.value)}`;
  const base = STEP_WHY[text] ?? `${formatTarget(c)}=${formatValue(c.value)}`;
  return needed.length ? `${base} (without it: ${needed.join(', ')})` : base;
}

function notFound(
  config: Config,
  goal: Goal,
  options: PlanOptions,
  clusterGroups: readonly Change[][],
  kubeletGroups: readonly Change[][][],
): PlanNotFound {
  const all = applyChanges(config, [...clusterGroups, ...kubeletGroups.flat()].map((g) => g[0]!));
  const states = statesOf(all);
  const unresolved = goal.refs.filter((r) => !acceptable(states[r.pool ?? 0]![r.id])).map((r) => instanceLabel(config, r));
  const what = goal.scope === 'cluster' ? 'every path' : goal.scope;
  const limits = [
    options.locked?.length ? ` without changing ${options.locked.join(', ')}` : '',
    options.maxSize !== undefined ? ` in at most ${options.maxSize} changes` : '',
  ].join('');
  return {
    ok: false,
    scope: goal.scope,
    error: `no set of protective changes${limits} makes ${what} safe: ${unresolved.length ? `${unresolved.join(', ')} stay unsafe or broken` : 'it takes more changes'}`,
    unresolved,
  };
}

/** Applies a found plan to its scenario (the UI's "apply plan" action). */
export function applyPlan(config: Config, plan: PlanFound): Config {
  return applyChanges(config, plan.changes);
}
