import { describe, expect, it } from 'vitest';
import { tourKeyStep } from './tourKeys';

const plain = { defaultPrevented: false, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
const el = (tagName: string, inside: string | null = null, isContentEditable = false) => ({
  tagName,
  isContentEditable,
  closest: (s: string) => (inside !== null && s.includes(inside) ? {} : null),
});

describe('tourKeyStep', () => {
  it.each<[string, string, unknown, number]>([
    ['→ on a button steps forward', 'ArrowRight', el('BUTTON'), 1],
    ['← on the page body steps back', 'ArrowLeft', el('BODY'), -1],
    ['→ with no target steps forward', 'ArrowRight', null, 1],
    ['→ in a text field moves the caret', 'ArrowRight', el('INPUT'), 0],
    ['← on a radio button changes the answer', 'ArrowLeft', el('INPUT', 'radiogroup'), 0],
    ['→ in a select changes the option', 'ArrowRight', el('SELECT'), 0],
    ['→ in a textarea moves the caret', 'ArrowRight', el('TEXTAREA'), 0],
    ['→ in editable text moves the caret', 'ArrowRight', el('DIV', null, true), 0],
    ['→ on the diagram pans it', 'ArrowRight', el('path', 'svg.kp-svg'), 0],
    ['↑ is not a tour key', 'ArrowUp', el('BUTTON'), 0],
    ['Enter is not a tour key', 'Enter', el('BUTTON'), 0],
  ])('%s', (_, key, target, step) => {
    expect(tourKeyStep({ ...plain, key, target: target as EventTarget | null })).toBe(step);
  });

  it.each(['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const)('ignores → with %s (browser shortcuts)', (mod) => {
    expect(tourKeyStep({ ...plain, [mod]: true, key: 'ArrowRight', target: null })).toBe(0);
  });

  it('ignores a key something else already handled', () => {
    expect(tourKeyStep({ ...plain, defaultPrevented: true, key: 'ArrowRight', target: null })).toBe(0);
  });
});
