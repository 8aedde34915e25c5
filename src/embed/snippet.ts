/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The two ways to put the current scenario into a docs page. */
export interface EmbedSnippets {
  readonly iframe: string;
  readonly element: string;
}

/**
 * Both embed snippets for a scenario query (as encodeQuery writes it) and the page's own URL:
 * an iframe of the page in embed mode, and the <kube-paths> element with its module.
 */
export function embedSnippets(query: string, pageUrl: string, caption: string): EmbedSnippets {
  const base = new URL(pageUrl);
  base.search = '';
  base.hash = '';
  const q = query.replace(/^\?/, '');
  const src = `${base.href}?${q}${q ? '&' : ''}embed=1`;
  const module = new URL('embed/kube-paths.js', base).href;
  return {
    iframe: `<iframe src="${escapeAttr(src)}" title="${escapeAttr(caption)}" width="100%" height="560" loading="lazy"></iframe>`,
    element: `<script type="module" src="${escapeAttr(module)}"></script>\n<kube-paths query="${escapeAttr(q)}" controls="compact"></kube-paths>`,
  };
}
