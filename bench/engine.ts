import { setKey } from '../src/model/config';
import { statesOf } from '../src/model/derive';
import { poolViews, withPoolSizes } from '../src/model/pools';
import { PRESETS } from '../src/model/presets';
import { computeFacts, pathState } from '../src/model/rules';
import { PATH_IDS, STATES, type Config, type PathState, type PoolView } from '../src/model/types';
import { opsPerSecond, stat, type Stat } from './stats';

/** Pool views that exercise every rule: each preset's pools and a few single-key variations. */
function workload(): PoolView[] {
  const out: Config[] = [];
  for (const c of Object.values(PRESETS)) {
    out.push(
      c,
      setKey(c, 'konnectivity.frontend', 'tcp'),
      setKey(c, 'apiserver.kubeletCertificateAuthority', !c.apiserver.kubeletCertificateAuthority),
      setKey(c, 'kubelet.anonymousAuth', !c.pools[0]!.kubelet.anonymousAuth),
      setKey(c, 'apiserver.proxyScheme', 'https'),
    );
  }
  return out.flatMap((c) => poolViews(c));
}

/** 20 pools of 250 nodes (5,000 in all), each with its own kubelet settings (no shared evaluation). */
export function twentyPools(seed = 0): Config {
  const sizes = Array.from({ length: 20 }, (_, i) => ({ name: `pool-${i}`, nodes: 250 }));
  let c = withPoolSizes(PRESETS.kubeadm, sizes);
  sizes.forEach((p, i) => {
    c = setKey(c, 'kubelet.readOnlyPort', (i + seed) % 3 === 0 ? 10255 : i + 1, p.name);
    c = setKey(c, 'kubelet.servingCertificate', i % 2 ? 'tls-bootstrap' : 'self-signed', p.name);
  });
  return c;
}

export interface EngineFigures {
  readonly baselineOpsPerSec: Stat;
  readonly engineOpsPerSec: Stat;
  readonly ratio: number;
  /** A full re-evaluation of the default scenario (a new config object: no memo hit). */
  readonly fullReevalMsDefault: Stat;
  /** The same at 20 pools / 5,000 nodes, each pool with other kubelet settings. */
  readonly fullReevalMs20Pools: Stat;
  /** Path evaluations per second in those re-evaluations (path kinds × pools / time). */
  readonly evalsPerSec20Pools: number;
}

/**
 * Rules-engine throughput against a trivial baseline loop, and full re-evaluations of the default
 * scenario and of 5,000 nodes in 20 pools. The engine evaluates once per pool, never per node.
 */
export function benchEngine(rounds = 7): EngineFigures {
  const views = workload();
  const precomputed = views.map((c) => PATH_IDS.map((id) => pathState(id, computeFacts(c))));
  let sink = 0;
  // Baseline: the cheapest loop that still "produces" one state per path (a table lookup).
  const baseline = () => {
    for (const row of precomputed) for (let i = 0; i < row.length; i++) sink += row[i]!.length;
    return precomputed.length * PATH_IDS.length;
  };
  // Engine: facts computed once per pool view, then the first matching rule for every path kind.
  const engine = () => {
    for (const c of views) {
      const f = computeFacts(c);
      for (const id of PATH_IDS) sink += pathState(id, f).length;
    }
    return views.length * PATH_IDS.length;
  };
  const base: number[] = [];
  const eng: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(opsPerSecond(baseline));
    eng.push(opsPerSecond(engine));
  }
  const reeval = (make: (r: number) => Config) => {
    const ms: number[] = [];
    let last: readonly Readonly<Record<string, PathState>>[] = [];
    for (let r = 0; r < 80; r++) {
      const c = make(r);
      const t = performance.now();
      last = statesOf(c);
      ms.push(performance.now() - t);
    }
    if (!STATES.includes(last[0]!['apiserver-kubelet']!)) throw new Error('unreachable');
    return stat(ms.slice(10));
  };
  const fullDefault = reeval((r) => setKey(PRESETS.kubeadm, 'kubelet.readOnlyPort', r % 2 ? 10255 : 0));
  const full20 = reeval((r) => twentyPools(r));
  if (sink < 0) throw new Error('unreachable: keeps the loops alive');
  const b = stat(base);
  const e = stat(eng);
  return {
    baselineOpsPerSec: b,
    engineOpsPerSec: e,
    ratio: e.median / b.median,
    fullReevalMsDefault: fullDefault,
    fullReevalMs20Pools: full20,
    evalsPerSec20Pools: (20 * PATH_IDS.length) / (full20.median / 1000),
  };
}
