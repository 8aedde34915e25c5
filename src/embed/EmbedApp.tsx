import { ControlsPanel } from '../components/controls/ControlsPanel';
import { PresetPicker } from '../components/controls/PresetPicker';
import { Graph } from '../components/graph/Graph';
import { Legend } from '../components/graph/Legend';
import { Notices } from '../components/Notices';
import { reportOf } from '../model/reportOf';
import { summaryLine } from '../model/report';
import { encodeQuery } from '../model/urlCodec';
import { selectConfig, selectPreset } from '../state/selectors';
import { useStore } from '../state/useStore';
import type { ControlsMode } from './attributes';
import './embed.css';

function EmbedSummary() {
  const config = useStore(selectConfig);
  return (
    <p className="kp-embed-summary" data-testid="summary">
      {summaryLine(reportOf(config))}
    </p>
  );
}

function FullPageLink({ appUrl }: { readonly appUrl: string }) {
  const query = useStore((s) =>
    encodeQuery({
      preset: selectPreset(s),
      config: s.config,
      pods: s.podsPerNode,
      ...(s.selection ? { select: s.selection } : {}),
    ...(s.attacker ? { attacker: s.attacker } : {}),
      ...(s.attacker ? { attacker: s.attacker } : {}),
    }),
  );
  return (
    <a className="kp-embed-open" href={`${appUrl}${query}`} target="_blank" rel="noopener">
      Open in kube-paths<span className="visually-hidden"> (new tab)</span>
    </a>
  );
}

/**
 * The minimal chrome of an embed (iframe ?embed=1 or <kube-paths>): compact summary, the diagram
 * and its legend, and as many controls as asked for.
 */
export function EmbedApp({ controls, appUrl }: { readonly controls: ControlsMode; readonly appUrl: string }) {
  return (
    <div className="kp-embed" data-controls={controls} data-testid="embed">
      <div className="kp-embed-head">
        <EmbedSummary />
        <FullPageLink appUrl={appUrl} />
      </div>
      <Notices />
      {controls === 'compact' ? (
        <div className="kp-embed-controls" data-testid="embed-controls">
          <PresetPicker />
        </div>
      ) : null}
      {controls === 'full' ? (
        <details className="kp-embed-controls" data-testid="embed-controls">
          <summary>Configuration</summary>
          <ControlsPanel />
        </details>
      ) : null}
      <div className="kp-embed-graph">
        <Graph />
      </div>
      <Legend />
    </div>
  );
}
