import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ExportList } from './ExportList';
import './review.css';

// The items and what they run are not part of the first paint: fetched once the page is idle (so
// the menu opens at once, and Tab after Enter reaches its first item), or when the menu opens.
// Once fetched it renders directly: a lazy component would show its fallback first (React holds a
// revealed fallback for a moment), and the keyboard user's Tab would land past the menu.
let Loaded: typeof ExportList | null = null;
const loadList = () => import('./ExportList').then((m) => (Loaded = m.ExportList));
const LazyList = lazy(() => loadList().then((ExportList) => ({ default: ExportList })));

/** Export menu: the diagram (SVG, PNG) and the report (Markdown, JSON), as downloads only. */
export function ExportMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => void loadList());
  }, []);

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
      {open &&
        (Loaded ? (
          <Loaded id={`${id}-menu`} onStatus={setStatus} onDone={() => setOpen(false)} />
        ) : (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <LazyList id={`${id}-menu`} onStatus={setStatus} onDone={() => setOpen(false)} />
          </Suspense>
        ))}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
