import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../model/presets';
import { parseSaved, safeStorage, type Saved } from './persistence';

const saved: Saved = {
  config: PRESETS.hardened,
  nodes: 12,
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
    ['too many nodes', { ...saved, nodes: 5000 }, 'nodes must be'],
    ['string sizes', { ...saved, nodes: '3' }, 'not numbers'],
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
