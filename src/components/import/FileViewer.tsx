import { useEffect, useRef } from 'react';

/** The text of an imported file with one line highlighted and scrolled into view. */
export function FileViewer({ name, text, line }: { name: string; text: string; line: number }) {
  const hit = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    hit.current?.scrollIntoView({ block: 'center' });
  }, [name, line]);
  const lines = text.split('\n').slice(0, 5000);
  return (
    <figure className="import-source-view" aria-label={`${name}, line ${line}`}>
      <figcaption>
        {name}, line {line}
      </figcaption>
      <pre className="import-viewer" data-testid="import-viewer" tabIndex={0}>
        {lines.map((l, i) => (
          <span
            key={i}
            data-n={i + 1}
            data-hit={i + 1 === line ? 'true' : undefined}
            ref={i + 1 === line ? hit : undefined}
          >
            {l}
          </span>
        ))}
      </pre>
    </figure>
  );
}
