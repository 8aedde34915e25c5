import { useContext, useState } from 'react';
import { DiagramContext } from '../graph/diagramRef';
import {
  selectCompareBaseline,
  selectConfig,
  selectPreset,
  selectTableView,
} from '../../state/selectors';
import { useStore, useStoreApi } from '../../state/useStore';
import { captionLines, exportFileName } from '../../model/caption';

type Format = 'svg' | 'png' | 'md' | 'json';

const ITEMS: ReadonlyArray<readonly [Format, string, string]> = [
  ['svg', 'Diagram as SVG', 'vector, with legend and caption'],
  ['png', 'Diagram as PNG', '2× resolution, with legend and caption'],
  ['md', 'Report as Markdown', 'paths, reasons, fixes, CIS ids, findings, the plan'],
  ['json', 'Report as JSON', 'the CLI’s JSON contract, with the plan'],
];

interface Props {
  readonly id: string;
  /** Reports how an export went (the menu's live status). */
  onStatus(text: string): void;
  /** Closes the menu after a saved export. */
  onDone(): void;
}

/** The export menu's items: the diagram (SVG, PNG) and the report (Markdown, JSON), as downloads. */
export function ExportList({ id, onStatus, onDone }: Props) {
  const store = useStoreApi();
  const tableView = useStore(selectTableView);
  const [busy, setBusy] = useState(false);
  const diagram = useContext(DiagramContext);

  const run = async (format: Format) => {
    const s = store.getState();
    const input = {
      config: selectConfig(s),
      preset: selectPreset(s),
      baseline: selectCompareBaseline(s),
    };
    const now = new Date();
    const name = exportFileName(input.preset, now, format);
    setBusy(true);
    try {
      // The exporters (and the plan search they report) load on first use, not with the page.
      const [{ download, exportDiagramSvg, svgToPng }, { pageJson, pageMarkdown }] =
        await Promise.all([import('./exportSvg'), import('../../model/pageReports')]);
      if (format === 'md')
        download(new Blob([pageMarkdown(input)], { type: 'text/markdown' }), name);
      else if (format === 'json')
        download(new Blob([pageJson(input)], { type: 'application/json' }), name);
      else {
        const svg = diagram?.current;
        if (!svg) throw new Error('the diagram is hidden (table only): show it to export it');
        const out = exportDiagramSvg(
          svg,
          captionLines(input.config, input.preset, now),
          input.config,
        );
        const blob =
          format === 'svg'
            ? new Blob([out.text], { type: 'image/svg+xml' })
            : await svgToPng(out.text, out.width, out.height, 2);
        download(blob, name);
      }
      onStatus(`Saved ${name}`);
      onDone();
    } catch (e) {
      onStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ul id={id} className="export-list" aria-label="Export">
      {ITEMS.map(([format, label, note]) => {
        const needsDiagram = format === 'svg' || format === 'png';
        const disabled = busy || (needsDiagram && tableView);
        return (
          <li key={format}>
            <button
              type="button"
              data-format={format}
              disabled={disabled}
              onClick={() => void run(format)}
            >
              <span className="export-label">{label}</span>
              <span className="export-note">
                {needsDiagram && tableView ? 'turn off “Table only” first' : note}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
