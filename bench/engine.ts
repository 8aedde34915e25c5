import { setKey } from '../src/model/config';
import { statesOf } from '../src/model/derive';
import { PRESETS } from '../src/model/presets';
import { computeFacts, pathState } from '../src/model/rules';
import { buildTopology } from '../src/model/topology';
import { PATH_IDS, STATES, type Config, type PathState } from '../src/model/types';
import { opsPerSecond, stat, type Stat } from './stats';

/** Configs that exercise every rule: the presets and a few single-key variations of each. */
function workload(): Config[] {
  const out: Config[] = [];
  for (const c of Object.values(PRESETS)) {
    out.push(
      c,
      setKey(c, 'konnectivity.frontend', 'tcp'),
      setKey(c, 'apiserver.kubeletCertificateAuthority', !c.apiserver.kubeletCertificateAuthority),
      setKey(c, 'kubelet.anonymousAuth', !c.kubelet.anonymousAuth),
      setKey(c, 'apiserver.proxyScheme', 'https'),
    );
  }
  return out;
}

export interface EngineFigures {
  readonly baselineOpsPerSec: Stat;
  readonly engineOpsPerSec: Stat;
  readonly ratio: number;
  readonly fullReevalMs1000: Stat;
  readonly pathInstances1000: number;
}

/** Rules-engine throughput against a trivial baseline loop, and a full re-evaluation at 1,000 nodes. */
export function benchEngine(rounds = 7): EngineFigures {
  const configs = workload();
  const precomputed = configs.map((c) => PATH_IDS.map((id) => pathState(id, computeFacts(c))));
  let sink = 0;
  // Baseline: the cheapest loop that still "produces" one state per path (a table lookup).
  const baseline = () => {
    for (const row of precomputed) for (let i = 0; i < row.length; i++) sink += row[i]!.length;
    return precomputed.length * PATH_IDS.length;
  };
  // Engine: facts computed once per config, then the first matching rule for every path kind.
  const engine = () => {
    for (const c of configs) {
      const f = computeFacts(c);
      for (const id of PATH_IDS) sink += pathState(id, f).length;
    }
    return configs.length * PATH_IDS.length;
  };
  const base: number[] = [];
  const eng: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(opsPerSecond(baseline));
    eng.push(opsPerSecond(engine));
  }
  // Full re-evaluation: a new config object (no memo hit) to a state for every drawn path instance.
  const topo = buildTopology(1000, 30);
  const full: number[] = [];
  const out = new Array<PathState>(topo.paths.length);
  for (let r = 0; r < 60; r++) {
    const c = setKey(PRESETS.kubeadm, 'kubelet.readOnlyPort', r % 2 ? 10255 : 0);
    const t = performance.now();
    const states = statesOf(c);
    for (let i = 0; i < topo.paths.length; i++) out[i] = states[topo.paths[i]!.id];
    full.push(performance.now() - t);
  }
  if (sink < 0 || !STATES.includes(out[0]!)) throw new Error('unreachable: keeps the loops alive');
  const b = stat(base);
  const e = stat(eng);
  return {
    baselineOpsPerSec: b,
    engineOpsPerSec: e,
    ratio: e.median / b.median,
    fullReevalMs1000: stat(full.slice(10)),
    pathInstances1000: topo.paths.length,
  };
}
