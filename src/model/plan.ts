import {
  formatValue,
  getKey,
  KEY_SPECS,
  sameValue,
  type ConfigKey,
  type ConfigValue,
} from './config';
import { regressions } from './fixes';
import { pathStates } from './rules';
import { applyChanges, forEachChangeSet, type Change } from './search';
import { sideEffectNotes } from './sideEffects';
import { planSnippets, type Snippet } from './snippets';
import { isSafe, PATH_IDS, type Config, type PathId, type PathState } from './types';

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
  ['konnectivity.enabled', [true]],
  ['apiserver.sshTunnels', [false]],
  ['apiserver.proxyScheme', ['https']],
  ['kubelet.readOnlyPort', [0]],
];

/** Keys a plan may change, in the order its steps are applied. */
export const PLAN_KEYS: readonly ConfigKey[] = PLAN_VALUES.map(([k]) => k);

/** One step of a plan: the change, its real flag or field, why it is needed, what else it does. */
export interface PlanStep {
  readonly key: ConfigKey;
  readonly value: ConfigValue;
  readonly flag: string;
  readonly why: string;
  readonly sideEffects: readonly string[];
}

/** What a plan is for: the whole cluster, or one path kind. */
export type PlanScope = 'cluster' | PathId;

/** A plan that reaches its goal. `steps` is empty when the goal already holds. */
export interface PlanFound {
  readonly ok: true;
  readonly scope: PlanScope;
  readonly steps: readonly PlanStep[];
  readonly changes: readonly Change[];
  /** Path states once every step is applied. */
  readonly after: Readonly<Record<PathId, PathState>>;
  /** Paths the plan makes worse (only possible for a single-path plan). */
  readonly regressions: readonly string[];
  readonly snippets: readonly Snippet[];
}

/** No set of protective changes (within `maxSize`, leaving `locked` keys alone) reaches the goal. */
export interface PlanNotFound {
  readonly ok: false;
  readonly scope: PlanScope;
  readonly error: string;
  /** The paths that stay unsafe or broken under the best attempt (every change applied). */
  readonly unresolved: readonly PathId[];
}

export type Plan = PlanFound | PlanNotFound;

/** Options of planFor. */
export interface PlanOptions {
  /** Make only this path safe (or disabled); default: every path of the cluster. */
  readonly path?: PathId;
  /** Keys the user cannot change (a managed control plane, say). */
  readonly locked?: readonly ConfigKey[];
  /** Largest plan tried; default: every plan key. */
  readonly maxSize?: number;
}

/** A path state a plan may end in: safe, or absent. */
export const acceptable = (s: PathState): boolean => isSafe(s) || s === 'disabled';

/** The protective changes not yet in effect, grouped by key in apply order. */
export function planCandidates(config: Config, locked: readonly ConfigKey[] = []): Change[][] {
  const groups: Change[][] = [];
  for (const [key, values] of PLAN_VALUES) {
    const current = getKey(config, key);
    // Already protective: a lateral move (uds → tcp-tls, say) never changes a state.
    if (locked.includes(key) || values.some((v) => sameValue(v, current))) continue;
    groups.push(values.map((value) => ({ key, value, flag: KEY_SPECS[key].flag })));
  }
  return groups;
}

/** The goal of a scope, as a predicate on path states. */
export function goalOf(scope: PlanScope): (states: Readonly<Record<PathId, PathState>>) => boolean {
  if (scope === 'cluster') return (s) => PATH_IDS.every((id) => acceptable(s[id]));
  return (s) => acceptable(s[scope]);
}

const rank = (ch: Change): number => {
  const i = PLAN_KEYS.indexOf(ch.key);
  const values = PLAN_VALUES[i]![1];
  return i * 4 + values.findIndex((v) => sameValue(v, ch.value));
};

const notesFor = sideEffectNotes;

/** Orders equal-size plans: fewer regressions, then fewer side effects, then preference order. */
function better(config: Config, a: readonly Change[], b: readonly Change[]): boolean {
  const ra = regressions(config, applyChanges(config, a)).length;
  const rb = regressions(config, applyChanges(config, b)).length;
  if (ra !== rb) return ra < rb;
  const na = notesFor(config, a).flat().length;
  const nb = notesFor(config, b).flat().length;
  if (na !== nb) return na < nb;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = rank(a[i]!) - rank(b[i]!);
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
  'konnectivity.enabled=true':
    "the apiserver's cluster egress (logs/exec, node/pod/service proxy) goes through the Konnectivity tunnel",
  'apiserver.sshTunnels=false':
    'removes the legacy SSH tunnels, which accept any node host key (and whose flags no longer exist from 1.22)',
  'apiserver.proxyScheme=https': 'the proxy encrypts (it still verifies nothing)',
  'kubelet.readOnlyPort=0': 'closes the unauthenticated plain-HTTP read-only port',
};

function whyOf(config: Config, changes: readonly Change[], i: number, scope: PlanScope): string {
  const c = changes[i]!;
  const full = pathStates(applyChanges(config, changes));
  const without = pathStates(
    applyChanges(
      config,
      changes.filter((_, j) => j !== i),
    ),
  );
  const ids = scope === 'cluster' ? PATH_IDS : [scope];
  const needed = ids
    .filter((id) => without[id] !== full[id])
    .map((id) => `${id} ${without[id]} instead of ${full[id]}`);
  const base = STEP_WHY[`${c.key}=${formatValue(c.value)}`] ?? `${c.key}=${formatValue(c.value)}`;
  return needed.length ? `${base} (without it: ${needed.join(', ')})` : base;
}

/**
 * The "make it safe" plan: the smallest set of protective changes after which every path (or the
 * one given) is secure, tunneled or disabled, and none is broken. The search is exact: every set of
 * candidate changes, smallest first; ties go to fewer regressions, fewer side effects, then the
 * preference order of PLAN_VALUES. Never changes `version` or `network.untrusted`.
 */
export function planFor(config: Config, options: PlanOptions = {}): Plan {
  const scope: PlanScope = options.path ?? 'cluster';
  const goal = goalOf(scope);
  const groups = planCandidates(config, options.locked);
  const maxSize = Math.min(options.maxSize ?? groups.length, groups.length);
  let best: Change[] | undefined;
  for (let size = 0; size <= maxSize && !best; size++) {
    forEachChangeSet(groups, size, (set) => {
      if (!goal(pathStates(applyChanges(config, set)))) return;
      if (!best || better(config, set, best)) best = [...set];
    });
  }
  if (!best) {
    const all = applyChanges(
      config,
      groups.map((g) => g[0]!),
    );
    const states = pathStates(all);
    const ids = scope === 'cluster' ? PATH_IDS : [scope];
    const unresolved = ids.filter((id) => !acceptable(states[id]));
    const what = scope === 'cluster' ? 'every path' : scope;
    const limits = [
      options.locked?.length ? ` without changing ${options.locked.join(', ')}` : '',
      options.maxSize !== undefined ? ` in at most ${options.maxSize} changes` : '',
    ].join('');
    return {
      ok: false,
      scope,
      error: `no set of protective changes${limits} makes ${what} safe: ${unresolved.length ? `${unresolved.join(', ')} stay unsafe or broken` : 'it takes more changes'}`,
      unresolved,
    };
  }
  const changes = best;
  const after = applyChanges(config, changes);
  const notes = notesFor(config, changes);
  return {
    ok: true,
    scope,
    changes,
    steps: changes.map((c, i) => ({
      key: c.key,
      value: c.value,
      flag: c.flag,
      why: whyOf(config, changes, i, scope),
      sideEffects: notes[i]!,
    })),
    after: pathStates(after),
    regressions: regressions(config, after),
    snippets: planSnippets(config, changes),
  };
}

/** Applies a found plan to its config (the UI's "apply plan" action). */
export function applyPlan(config: Config, plan: PlanFound): Config {
  return applyChanges(config, plan.changes);
}
