import { lazy, Suspense, useId, useState } from 'react';

// The snippets (and the code that writes them) load when the panel first opens.
const EmbedSnippetPanel = lazy(() =>
  import('./EmbedSnippetPanel').then((m) => ({ default: m.EmbedSnippetPanel })),
);

/** "Embed snippet": the iframe and the <kube-paths> element for the current scenario. */
export function EmbedSnippet() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="embed-snippet">
      <button
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">&lt;/&gt; </span><span className="label-long">Embed snippet</span>
      </button>
      {open ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <EmbedSnippetPanel id={id} />
        </Suspense>
      ) : null}
    </div>
  );
}
