import { overviewOf } from '../model/overview';
import { countStates, summaryLine } from '../model/report';
import { STATES } from '../model/types';
import { selectConfig } from '../state/selectors';
import { useStore } from '../state/useStore';
import { StateBadge } from './StateBadge';

/** The header summary: paths per state and how many control-plane→node paths are safe. */
export function Summary() {
  const config = useStore(selectConfig);
  const report = overviewOf(config);
  const counts = countStates(report);
  return (
    <div className="summary-block">
      <p className="summary" data-testid="summary" data-untrusted={config.network.untrusted}>
        {summaryLine(report)}
      </p>
      <ul className="state-counts" aria-label="Path kinds per state" data-testid="state-counts">
        {STATES.map((s) => (
          <li key={s} data-count-state={s}>
            <StateBadge state={s} /> <span className="count">{counts[s]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
