import { describe, expect, it } from 'vitest';
import { setKey } from './config';
import { statesOf } from './derive';
import { withPoolSizes } from './pools';
import { scenario } from './testing';

describe('statesOf', () => {
  const threePools = () =>
    setKey(
      withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 2 }, { name: 'c', nodes: 3 }]),
      'kubelet.readOnlyPort',
      10255,
      'c',
    );

  it('evaluates pools that share one kubelet settings object once: their states are the same object', () => {
    const s = statesOf(threePools());
    expect(s[1]).toBe(s[0]);
    expect(s[2]).not.toBe(s[0]);
  });

  it('gives each pool its own kubelet path states (only pool c opens the read-only port)', () => {
    expect(statesOf(threePools()).map((s) => s['kubelet-readonly'])).toEqual(['disabled', 'disabled', 'plaintext']);
  });
});
