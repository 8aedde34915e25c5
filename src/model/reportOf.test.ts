import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { PRESETS } from './presets';
import { reportOf } from './reportOf';

describe('reportOf', () => {
  it('equals assess and is computed once per config object', () => {
    const c = { ...PRESETS['flags-only'] };
    expect(reportOf(c)).toEqual(assess(c));
    expect(reportOf(c)).toBe(reportOf(c));
    expect(reportOf({ ...c })).not.toBe(reportOf(c));
  });
});
