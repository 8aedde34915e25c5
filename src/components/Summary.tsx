import { overviewOf } from '../model/overview';
import { countStates, summaryLine } from '../model/report';
import { instanceKey } from '../model/topology';
import type { PathState } from '../model/types';
import { selectConfig, selectPredictMask } from '../state/selectors';
import { useStore } from '../state/useStore';

/**
 * Path instances per state, and how many an open predict question hides: those are counted
 * apart, so no count gives a hidden state away.
 */
export function useStateCounts(): {
  readonly counts: Readonly<Record<PathState, number>>;
  readonly hidden: number;
} {
  const config = useStore(selectConfig);
  const mask = useStore(selectPredictMask);
  const report = overviewOf(config);
  if (!mask) return { counts: countStates(report), hidden: 0 };
  const visible = report.paths.filter((p) => !mask.keys.has(instanceKey(p.id, p.pool)));
  return {
    counts: countStates({ ...report, paths: visible }),
    hidden: report.paths.length - visible.length,
  };
}

/**
 * The summary line: how many control-plane→node paths are safe, how many nodes are at risk.
 * While a predict question is open it says only how many states are hidden (the sentence would
 * give them away); the legend counts the paths per state.
 */
export function Summary() {
  const config = useStore(selectConfig);
  const mask = useStore(selectPredictMask);
  const { hidden } = useStateCounts();
  return (
    <p
      className="summary"
      data-testid="summary"
      data-untrusted={config.network.untrusted}
      data-masked={mask ? 'true' : undefined}
    >
      {mask
        ? `The states of ${hidden} path instance${hidden === 1 ? '' : 's'} are hidden until the question is answered.`
        : summaryLine(overviewOf(config))}
    </p>
  );
}
