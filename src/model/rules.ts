import { CONDITIONS, type ConditionId } from './conditions';
import type { PathId, PathState, PoolView } from './types';
import { PATH_IDS } from './types';

/** One rule line: the state when every listed condition holds (an empty list always matches). */
export interface Rule {
  readonly state: PathState;
  readonly when: readonly ConditionId[];
}

/** The rules for one path kind: first match wins; `context` adds reasons that change no state. */
export interface PathRules {
  readonly rules: readonly Rule[];
  readonly context?: readonly ConditionId[];
}

const r = (state: PathState, ...when: ConditionId[]): Rule => ({ state, when });

const nodeToControlPlane: PathRules = { rules: [r('secure', 'node-client-verified')] };

const proxyRules: PathRules = {
  rules: [
    r('broken', 'konnectivity-broken'),
    r('tunneled', 'tunnel-usable'),
    r('unverified', 'ssh-unverified'),
    r('plaintext', 'proxy-http'),
    r('unverified', 'proxy-https'),
  ],
  context: ['tunnel-any-agent', 'ssh-removed', 'proxy-direct'],
};

/** DOMAIN.md §5 as data: every path kind's rules in order. */
export const PATH_RULES: Readonly<Record<PathId, PathRules>> = {
  'kubelet-apiserver': nodeToControlPlane,
  'kube-proxy-apiserver': nodeToControlPlane,
  'pod-apiserver': { rules: [r('disabled', 'automount-off'), r('secure', 'automount-on')] },
  'konnectivity-agent-server': {
    rules: [
      r('disabled', 'konnectivity-off'),
      r('unverified', 'agent-any'),
      r('secure', 'agent-authenticated'),
    ],
  },
  'apiserver-kubelet': {
    rules: [
      r('broken', 'konnectivity-broken'),
      r('broken', 'kubelet-ca-unverifiable'),
      r('broken', 'kubelet-refuses-apiserver'),
      r('secure', 'verified-both-ways'),
      r('tunneled', 'tunnel-usable'),
      r('unverified', 'always'),
    ],
    context: ['no-kubelet-ca', 'kubelet-serves-anonymous', 'tunnel-any-agent', 'ssh-removed'],
  },
  'apiserver-proxy-node': proxyRules,
  'apiserver-proxy-pod': proxyRules,
  'apiserver-proxy-service': proxyRules,
  'apiserver-konnectivity-server': {
    rules: [
      r('disabled', 'konnectivity-off'),
      r('broken', 'frontend-tcp'),
      r('broken', 'server-mismatch'),
      r('secure', 'frontend-uds'),
      r('secure', 'frontend-tcp-tls'),
    ],
  },
  'apiserver-ssh-tunnel': {
    rules: [r('disabled', 'ssh-off'), r('broken', 'ssh-removed'), r('unverified', 'ssh-any-host-key')],
  },
  'kubelet-readonly': {
    rules: [r('plaintext', 'readonly-open'), r('disabled', 'readonly-off')],
  },
};

const CONDITION_IDS = Object.keys(CONDITIONS) as ConditionId[];
const INDEX = new Map(CONDITION_IDS.map((id, i) => [id, i] as const));
const TESTS = CONDITION_IDS.map((id) => CONDITIONS[id].test as (c: PoolView) => boolean);

/**
 * The conditions of one config, each evaluated on first use and then remembered: rule matching
 * stops at the first matching rule, so most conditions are never evaluated for a state.
 */
export interface Facts {
  readonly config: PoolView;
  /** Per catalogue index: 0 not evaluated yet, 1 false, 2 true. */
  readonly known: number[];
}

/** The (lazily evaluated) conditions of the catalogue for one pool's view. */
export function computeFacts(c: PoolView): Facts {
  // Copying a packed array of zeros is the cheapest allocation (no holes, small integers).
  return { config: c, known: ZEROS.slice() };
}

const ZEROS: number[] = TESTS.map(() => 0);

/** Whether the condition at catalogue index `i` holds, evaluating it once. */
function fact(f: Facts, i: number): boolean {
  let v = f.known[i]!;
  if (v === 0) f.known[i] = v = TESTS[i]!(f.config) ? 2 : 1;
  return v === 2;
}

/** Whether one named condition holds in precomputed facts. */
export function holds(facts: Facts, id: ConditionId): boolean {
  return fact(facts, INDEX.get(id)!);
}

// Rules compiled to condition indices once, so the hot loop never hashes a string. (Built by a
// loop, not cast from Object.fromEntries: StrykerJS does not mutate inside an `as` expression.)
const COMPILED = {} as Record<PathId, readonly { rule: Rule; when: readonly number[] }[]>;
for (const id of PATH_IDS) {
  COMPILED[id] = PATH_RULES[id].rules.map((rule) => ({ rule, when: rule.when.map((w) => INDEX.get(w)!) }));
}

/** The first matching rule of a path; a rules table with no match is a bug. */
export function matchRule(id: PathId, facts: Facts): Rule {
  const rules = COMPILED[id];
  for (let i = 0; i < rules.length; i++) {
    const { rule, when } = rules[i]!;
    let ok = true;
    for (let j = 0; j < when.length; j++) {
      if (!fact(facts, when[j]!)) {
        ok = false;
        break;
      }
    }
    if (ok) return rule;
  }
  throw new Error(`no rule matched path ${id}`);
}

/** The state of one path kind. */
export function pathState(id: PathId, facts: Facts): PathState {
  return matchRule(id, facts).state;
}

/** States of every path kind in one pool's view. */
export function pathStates(c: PoolView): Readonly<Record<PathId, PathState>> {
  const facts = computeFacts(c);
  const out = {} as Record<PathId, PathState>;
  for (const id of PATH_IDS) out[id] = pathState(id, facts);
  return out;
}

/** Human reasons: the text of every condition this path lists that holds, in rule order. */
export function pathReasons(id: PathId, c: PoolView, facts: Facts = computeFacts(c)): string[] {
  const { rules, context = [] } = PATH_RULES[id];
  const ids = new Set<ConditionId>([...rules.flatMap((x) => x.when), ...context]);
  ids.delete('always');
  const out: string[] = [];
  for (const cid of ids) if (holds(facts, cid)) out.push(CONDITIONS[cid].reason(c));
  return out;
}
