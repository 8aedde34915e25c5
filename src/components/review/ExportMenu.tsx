import { useContext, useEffect, useId, useRef, useState } from 'react';
import { DiagramContext } from '../graph/diagramRef';
import {
  selectCompareBaseline,
  selectConfig,
  selectPreset,
  selectTableView,
} from '../../state/selectors';
import { useStore, useStoreApi } from '../../state/useStore';
import { captionLines, exportFileName } from '../../model/caption';
import './review.css';

type Format = 'svg' | 'png' | 'md' | 'json';

const ITEMS: ReadonlyArray<readonly [Format, string, string]> = [
  ['svg', 'Diagram as SVG', 'vector, with legend and caption'],
  ['png', 'Diagram as PNG', '2× resolution, with legend and caption'],
  ['md', 'Report as Markdown', 'paths, reasons, fixes, CIS ids, findings, the plan'],
  ['json', 'Report as JSON', 'the CLI’s JSON contract, with the plan'],
];

/** Export menu: the diagram (SVG, PNG) and the report (Markdown, JSON), as downloads only. */
export function ExportMenu() {
  const id = useId();
  const store = useStoreApi();
  const tableView = useStore(selectTableView);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const diagram = useContext(DiagramContext);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Escape') return;
        setOpen(false);
        // The focused item disappears with the menu: hand focus back to the menu button.
        toggleRef.current?.focus();
      } else if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

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
        const out = exportDiagramSvg(svg, captionLines(input.config, input.preset, now));
        const blob =
          format === 'svg'
            ? new Blob([out.text], { type: 'image/svg+xml' })
            : await svgToPng(out.text, out.width, out.height, 2);
        download(blob, name);
      }
      setStatus(`Saved ${name}`);
      setOpen(false);
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={toggleRef}
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⤓ </span>Export
      </button>
      {open && (
        <ul id={`${id}-menu`} className="export-list" aria-label="Export">
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
      )}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
