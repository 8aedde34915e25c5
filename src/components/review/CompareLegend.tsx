import { useMemo } from 'react';
import { compareConfigs } from '../../model/compare';
import { matchingPreset } from '../../model/presetMatch';
import { selectCompareBaseline, selectConfig } from '../../state/selectors';
import { useStore } from '../../state/useStore';
import { CHANGE_MARKS, CHANGE_TITLES } from './changeMarks';

/** A key over the diagram while comparing: the summary and what each change glyph means. */
export function CompareLegend() {
  const baseline = useStore(selectCompareBaseline);
  const config = useStore(selectConfig);
  const cmp = useMemo(() => (baseline ? compareConfigs(baseline, config) : null), [baseline, config]);
  if (!baseline || !cmp) return null;
  const name = matchingPreset(baseline);
  return (
    <div className="compare-legend" data-testid="compare-legend">
      <p>
        Compared with {name ? `preset ${name}` : 'the chosen baseline'}: <strong>{cmp.summary}</strong>
      </p>
      <ul>
        {CHANGE_TITLES.filter(([k]) => k !== 'unchanged' && cmp.counts[k] > 0).map(([k, title]) => (
          <li key={k} data-change={k}>
            <span className="compare-mark" aria-hidden="true">
              {CHANGE_MARKS[k]}
            </span>{' '}
            {title.toLowerCase()}
          </li>
        ))}
        {cmp.counts.unchanged > 0 && <li className="muted">faded: unchanged</li>}
      </ul>
    </div>
  );
}
