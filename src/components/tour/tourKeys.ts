/** Elements where ←/→ already mean something (text caret, radio choice, slider, select). */
const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The step change a key press asks for, or 0 when the key is not for the tour: only bare ←/→,
 * and never while focus is in a form field or on the diagram (where arrows pan).
 */
export function tourKeyStep(e: {
  readonly key: string;
  readonly target: EventTarget | null;
  readonly defaultPrevented: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}): -1 | 0 | 1 {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return 0;
  const t = e.target as { tagName?: string; isContentEditable?: boolean; closest?: (s: string) => unknown } | null;
  if (t && typeof t.tagName === 'string') {
    if (FORM_FIELDS.has(t.tagName.toUpperCase()) || t.isContentEditable) return 0;
    if (t.closest?.('svg.kp-svg, [role="slider"], [role="radiogroup"], [role="tablist"], [role="menu"]')) return 0;
  }
  return e.key === 'ArrowRight' ? 1 : -1;
}
