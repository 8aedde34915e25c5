/** Items of one pool card in arrow-key order: the card, its parts, then its paths. */
function poolItems(root: Element, pool: string): HTMLElement[] {
  const esc = CSS.escape(pool);
  const card = root.querySelectorAll<HTMLElement>(`.kp-card [data-nav="${esc}"]`);
  const parts = root.querySelectorAll<HTMLElement>(`.kp-card-front [data-nav="${esc}"]`);
  const paths = root.querySelectorAll<HTMLElement>(`.kp-path[data-nav="${esc}"]`);
  return [...card, ...parts, ...paths];
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Roving focus inside a pool card: arrows step, Home/End jump, Escape returns to the card, and
 * Tab leaves from the card so the Tab order stays one stop per pool. Returns true when handled.
 */
export function roveInPool(root: Element, target: HTMLElement, key: string): boolean {
  const pool = target.dataset['nav'];
  if (!pool) return false;
  const items = poolItems(root, pool);
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
