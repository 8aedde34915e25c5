/** Items of one node card in arrow-key order: the card, its components, then its paths. */
function nodeItems(root: Element, node: string): HTMLElement[] {
  const esc = CSS.escape(node);
  const parts = root.querySelectorAll<HTMLElement>(`.kp-card [data-nav="${esc}"]`);
  const paths = root.querySelectorAll<HTMLElement>(`.kp-path[data-nav="${esc}"]`);
  return [...parts, ...paths];
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Roving focus inside a node card: arrows step, Home/End jump, Escape returns to the card, and
 * Tab leaves from the card so the Tab order stays one stop per node. Returns true when handled.
 */
export function roveInNode(root: Element, target: HTMLElement, key: string): boolean {
  const node = target.dataset['nav'];
  if (!node) return false;
  const items = nodeItems(root, node);
  const i = items.indexOf(target);
  const card = items[0];
  if (key === 'Tab' || key === 'Escape') {
    // Focus the card; the browser's own Tab then continues from there.
    if (card && card !== target) card.focus();
    return key === 'Escape';
  }
  let next: HTMLElement | undefined;
  if (NEXT.has(key)) next = items[(i + 1) % items.length];
  else if (PREV.has(key)) next = items[(i - 1 + items.length) % items.length];
  else if (key === 'Home') next = items[0];
  else if (key === 'End') next = items.at(-1);
  if (!next) return false;
  next.focus();
  return true;
}
