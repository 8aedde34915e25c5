import { useId, useRef, useState } from 'react';
import type { Snippet } from '../../model/snippets';

type CopyStatus = 'idle' | 'copied' | 'selected';

/** Selects the text of an element so the user can copy it by hand (no clipboard permission). */
function selectText(el: HTMLElement): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** A copyable configuration snippet: the text as text, a Copy button and a live status. */
export function SnippetBlock({ snippet }: { readonly snippet: Snippet }) {
  const id = useId();
  const pre = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet.text);
      setStatus('copied');
    } catch {
      // Clipboard denied (insecure origin, permissions): select the text for Ctrl+C instead.
      if (pre.current) selectText(pre.current);
      setStatus('selected');
    }
  };
  return (
    <figure className="snippet" data-snippet={snippet.id} data-pools={snippet.pools?.join(',')}>
      <figcaption className="snippet-head">
        <span id={`${id}-title`}>{snippet.title}</span>
        <button type="button" className="button-small" aria-describedby={`${id}-title`} onClick={() => void copy()}>
          Copy
        </button>
        <span className="snippet-status" role="status">
          {status === 'copied' ? '✓ copied' : status === 'selected' ? 'selected: press Ctrl+C to copy' : ''}
        </span>
      </figcaption>
      <pre ref={pre} className="snippet-text" tabIndex={0} aria-labelledby={`${id}-title`}>
        <code>{snippet.text}</code>
      </pre>
    </figure>
  );
}
