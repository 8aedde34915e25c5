import { useState } from 'react';
import { encodeQuery } from '../model/urlCodec';
import { selectPreset } from '../state/selectors';
import { useStoreApi } from '../state/useStore';
import { embedSnippets, type EmbedSnippets } from './snippet';

function currentSnippets(api: ReturnType<typeof useStoreApi>): EmbedSnippets {
  const s = api.getState();
  const preset = selectPreset(s);
  const query = encodeQuery({
    preset,
    config: s.config,
    pods: s.podsPerNode,
    ...(s.selection ? { select: s.selection } : {}),
    ...(s.attacker ? { attacker: s.attacker } : {}),
  });
  const caption = `kube-paths: ${preset ?? 'custom'} scenario, control plane ↔ node paths`;
  return embedSnippets(query, location.href, caption);
}

/** The two embed snippets of the scenario on screen when the panel opened, each with a Copy button. */
export function EmbedSnippetPanel({ id }: { readonly id: string }) {
  const api = useStoreApi();
  // The scenario when the panel opened: the snippets do not change under the reader's selection.
  const [snippets] = useState(() => currentSnippets(api));
  const [copied, setCopied] = useState('');
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied to the clipboard.`);
    } catch {
      setCopied(`Could not reach the clipboard: select the ${what} text and copy it.`);
    }
  };
  return (
    <div id={id} className="embed-snippet-panel" data-testid="embed-snippet">
      <p className="muted">
        This scenario, for a documentation page. Either form works on a page with a strict CSP.
      </p>
      {(
        [
          ['iframe', 'Iframe (embed mode)', snippets.iframe],
          ['element', 'Custom element <kube-paths>', snippets.element],
        ] as const
      ).map(([key, label, text]) => (
        <div key={key} className="embed-snippet-item">
          <label htmlFor={`${id}-${key}`} className="control-label">
            {label}
          </label>
          <textarea
            id={`${id}-${key}`}
            readOnly
            rows={key === 'iframe' ? 3 : 4}
            value={text}
            data-snippet={key}
          />
          <button type="button" className="button-small" onClick={() => void copy(label, text)}>
            Copy {key === 'iframe' ? 'iframe' : 'element'} snippet
          </button>
        </div>
      ))}
      <p role="status" className="muted">
        {copied}
      </p>
    </div>
  );
}
