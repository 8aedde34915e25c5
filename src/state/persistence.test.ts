import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../model/presets';
import { statesOf } from '../model/derive';
import { withNodeCount } from '../model/pools';
import { migrateSaved, parseSaved, safeStorage, type Saved } from './persistence';

const saved: Saved = {
  config: withNodeCount(PRESETS.hardened, 12),
  podsPerNode: 4,
  theme: 'dark',
  highContrast: true,
  tableView: false,
};

class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWith: string | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw new DOMException('nope', this.failWith);
    this.data.set(k, v);
  }
}

describe('migrateSaved: saved state v1 (before node pools) keeps working', () => {
  // Exactly what version 1 wrote (commit e9ef9ec): one kubelet beside the cluster keys, the node
  // count apart, no konnectivity.serverMatchesEgress.
  const v1 = {
    config: {
      version: '1.34',
      network: { untrusted: true },
      apiserver: { anonymousAuth: true, authorizationModes: ['Node', 'RBAC'], kubeletCertificateAuthority: true, kubeletClientCertificate: true, sshTunnels: false, proxyScheme: 'http' },
      kubelet: { anonymousAuth: false, webhookAuthentication: true, clientCAFile: true, authorizationMode: 'Webhook', readOnlyPort: 0, servingCertificate: 'self-signed' },
      konnectivity: { enabled: false, agentAuthentication: 'none', frontend: 'uds' },
      pods: { automountServiceAccountToken: true },
    },
    preset: null,
    nodes: 40,
    podsPerNode: 5,
    theme: 'dark',
    highContrast: false,
    tableView: true,
  };

  it('turns a v1 scenario into one pool named default with its node count, and the same states', () => {
    const r = parseSaved(migrateSaved(v1, 1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.config.pools).toEqual([{ name: 'default', nodes: 40, kubelet: v1.config.kubelet }]);
    expect(r.value.config.version).toBe('1.34');
    expect(r.value.config.konnectivity.serverMatchesEgress).toBe(true);
    // ca-mismatch's settings on 1.34: apiserver-kubelet broken, as the one-pool engine said.
    expect(statesOf(r.value.config)[0]!['apiserver-kubelet']).toBe('broken');
    expect([r.value.podsPerNode, r.value.theme, r.value.tableView]).toEqual([5, 'dark', true]);
  });

  it('leaves current data alone and hands anything else on for validation to reject', () => {
    expect(migrateSaved(saved, 2)).toBe(saved);
    expect(parseSaved(migrateSaved('garbage', 1)).ok).toBe(false);
    expect(parseSaved(migrateSaved({ ...v1, nodes: 0 }, 1)).ok).toBe(false);
  });
});

describe('parseSaved', () => {
  it('accepts what the app saves', () => {
    expect(parseSaved(JSON.parse(JSON.stringify(saved)))).toEqual({ ok: true, value: saved });
  });

  it.each(['hardened', 'kubeadm', 'mine', null])(
    'ignores the preset field of older saved data (%s): the preset is derived from the config',
    (preset) => {
      expect(parseSaved({ ...saved, preset })).toEqual({ ok: true, value: saved });
    },
  );

  it.each([
    ['a string', 'garbage', 'not an object'],
    ['a bad config', { ...saved, config: { nope: 1 } }, 'configuration'],
    ['too many nodes', { ...saved, config: withNodeCount(saved.config, 5001) }, 'over the 5000 limit'],
    ['too many pods', { ...saved, podsPerNode: 111 }, 'pods per node must be'],
    ['string sizes', { ...saved, podsPerNode: '3' }, 'not a number'],
    ['an unknown theme', { ...saved, theme: 'pink' }, 'unknown theme'],
    ['wrong preference types', { ...saved, tableView: 'yes' }, 'wrong type'],
  ])('rejects %s', (_, data, message) => {
    const r = parseSaved(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => typeof parseSaved(v).ok === 'boolean'),
      { numRuns: 2000 },
    );
  });
});

describe('safeStorage', () => {
  it('round-trips through localStorage', () => {
    const store = new FakeStorage();
    const s = safeStorage(() => store, vi.fn());
    s.setItem('k', { state: saved, version: 1 });
    expect(s.getItem('k')).toEqual({ state: saved, version: 1 });
  });

  it('hands non-JSON data on for validation instead of throwing', () => {
    const store = new FakeStorage();
    store.data.set('k', '{not json');
    expect(safeStorage(() => store, vi.fn()).getItem('k')).toEqual({
      state: '{not json',
      version: -1,
    });
  });

  it.each([
    ['QuotaExceededError', 'full'],
    ['SecurityError', 'unavailable'],
  ])('degrades to memory once when setItem throws %s, saying the storage is %s', (name, word) => {
    const store = new FakeStorage();
    store.failWith = name;
    const report = vi.fn();
    const s = safeStorage(() => store, report);
    s.setItem('k', { state: 1, version: 1 });
    s.setItem('k', { state: 2, version: 1 });
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![1]).toContain(word);
    expect(s.getItem('k')).toEqual({ state: 2, version: 1 });
  });

  it('degrades to memory when localStorage itself throws on access (private mode)', () => {
    const report = vi.fn();
    const s = safeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }, report);
    s.setItem('k', { state: 1, version: 1 });
    expect(s.getItem('k')).toEqual({ state: 1, version: 1 });
    expect(report).toHaveBeenCalledOnce();
  });

  it('reads and writes nothing when disabled (embed mode)', () => {
    const store = new FakeStorage();
    store.data.set('k', JSON.stringify({ state: saved, version: 1 }));
    const s = safeStorage(() => store, vi.fn(), false);
    expect(s.getItem('k')).toBeNull();
    s.setItem('other', { state: 1, version: 1 });
    expect(store.data.has('other')).toBe(false);
  });
});
