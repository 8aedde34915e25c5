/**
 * `kube-paths/embed`: importing the module registers the `<kube-paths>` custom element (once per
 * page) and exports nothing else. The element draws one scenario in its own shadow root with its
 * own state; see docs/embedding.md for the attributes.
 *
 *   import 'kube-paths/embed';
 *   const el = document.createElement('kube-paths');
 *   el.setAttribute('preset', 'hardened');
 */

/** The attributes `<kube-paths>` reads; changing one redraws the element. */
export type KubePathsAttribute = 'preset' | 'nodes' | 'pools' | 'theme' | 'controls' | 'select' | 'query';

/** A `<kube-paths>` element. */
export interface KubePathsElement extends HTMLElement {
  getAttribute(name: KubePathsAttribute): string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: KubePathsAttribute, value: string): void;
  setAttribute(name: string, value: string): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'kube-paths': KubePathsElement;
  }
}
