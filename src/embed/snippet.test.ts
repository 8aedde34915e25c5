import { describe, expect, it } from 'vitest';
import { decodeQuery } from '../model/urlCodec';
import { embedSnippets, escapeAttr } from './snippet';

const attr = (html: string, name: string) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(html);
  return m?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
};

describe('embedSnippets', () => {
  const q = '?v=1&preset=kubeadm&apiserver.kubeletCertificateAuthority=true&select=apiserver-kubelet@node-1';
  const s = embedSnippets(q, 'https://docs.example/kube-paths/index.html?preset=hardened#x', 'kube-paths: kubeadm');

  it('points the iframe at the page in embed mode with the scenario, not the page’s own query', () => {
    const src = new URL(attr(s.iframe, 'src')!);
    expect(src.origin + src.pathname).toBe('https://docs.example/kube-paths/index.html');
    expect(src.searchParams.get('embed')).toBe('1');
    const { state, ignored } = decodeQuery(src.search);
    expect(ignored).toEqual([]);
    expect(state.config.apiserver.kubeletCertificateAuthority).toBe(true);
    // An old per-node key names the node's pool.
    expect(state.select).toEqual({ kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@default' });
  });

  it('loads the module next to the page and gives the element the same scenario', () => {
    expect(attr(s.element, 'src')).toBe('https://docs.example/kube-paths/embed/kube-paths.js');
    expect(s.element).toContain('<script type="module"');
    const { state, ignored } = decodeQuery(attr(s.element, 'query')!);
    expect(ignored).toEqual([]);
    expect(state.config.apiserver.kubeletCertificateAuthority).toBe(true);
  });

  it('escapes & in attributes so the HTML is valid', () => {
    expect(s.element).toContain('query="v=1&amp;preset=kubeadm&amp;');
    expect(s.iframe).not.toMatch(/&(?!amp;)/);
  });

  it('escapes quotes and angle brackets in the caption', () => {
    expect(escapeAttr('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
  });

  it('works from a directory URL without index.html', () => {
    const d = embedSnippets('?v=1&preset=hardened', 'http://127.0.0.1:4173/', 'x');
    expect(attr(d.iframe, 'src')).toBe('http://127.0.0.1:4173/?v=1&preset=hardened&embed=1');
    expect(attr(d.element, 'src')).toBe('http://127.0.0.1:4173/embed/kube-paths.js');
  });
});
