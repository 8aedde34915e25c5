import { describe, expect, it } from 'vitest';
import { memoByConfig } from './memo';
import { PRESETS } from './presets';

describe('memoByConfig', () => {
  it('derives once per config object and hands back that same result', () => {
    const calls: unknown[] = [];
    const derive = memoByConfig((c) => {
      calls.push(c);
      return { version: c.version };
    });
    const a = { ...PRESETS.kubeadm };
    const first = derive(a);
    expect(derive(a)).toBe(first);
    expect(calls).toEqual([a]);
  });

  it('derives again for another object, even an equal one', () => {
    let calls = 0;
    const derive = memoByConfig(() => ++calls);
    expect([derive({ ...PRESETS.kubeadm }), derive({ ...PRESETS.kubeadm })]).toEqual([1, 2]);
  });

  it('remembers a result that is undefined too', () => {
    let calls = 0;
    const derive = memoByConfig(() => {
      calls++;
      return undefined;
    });
    derive(PRESETS.hardened);
    derive(PRESETS.hardened);
    expect(calls).toBe(1);
  });
});
