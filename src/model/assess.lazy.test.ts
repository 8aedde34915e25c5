import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from './assess';
import * as fixes from './fixes';
import { PRESETS } from './presets';
import { toJson } from './report';

vi.mock('./fixes', async (importOriginal) => {
  const actual = await importOriginal<typeof fixes>();
  return { ...actual, fixesFor: vi.fn(actual.fixesFor) };
});

describe('assess computes fixes lazily', () => {
  afterEach(() => vi.mocked(fixes.fixesFor).mockClear());

  it('runs no fix search until a path’s fixes are read', () => {
    const report = assess({ ...PRESETS.kubeadm });
    expect(report.paths.map((p) => p.state)).toContain('unverified');
    expect(fixes.fixesFor).not.toHaveBeenCalled();
  });

  it('searches the fixes of the one path that is read, once', () => {
    const config = { ...PRESETS.kubeadm };
    const report = assess(config);
    const p = report.paths.find((x) => x.id === 'apiserver-kubelet')!;
    const first = p.fixes;
    expect(p.fixes).toBe(first);
    expect(first.length).toBeGreaterThan(0);
    expect(fixes.fixesFor).toHaveBeenCalledTimes(1);
    expect(fixes.fixesFor).toHaveBeenCalledWith(config, { id: 'apiserver-kubelet', pool: 0 });
  });

  it('still serialises every path’s fixes, as the CLI contract wants', () => {
    const config = { ...PRESETS.kubeadm };
    const json = JSON.parse(JSON.stringify(assess(config))) as { paths: { id: string; poolIndex?: number; fixes: unknown[] }[] };
    const actual = vi.mocked(fixes.fixesFor).getMockImplementation()!;
    for (const p of json.paths) {
      const ref = p.poolIndex === undefined ? { id: p.id } : { id: p.id, pool: p.poolIndex };
      expect(p.fixes).toEqual(JSON.parse(JSON.stringify(actual(config, ref as never))));
    }
    // Every path's fixes were searched by serialising, and the CLI's entries keep their field order.
    expect(vi.mocked(fixes.fixesFor).mock.calls.length).toBeGreaterThanOrEqual(json.paths.length);
    const cli = toJson(assess(config)) as { paths: Record<string, unknown>[] };
    expect(Object.keys(cli.paths[0]!)).toEqual(['id', 'pool', 'nodes', 'from', 'to', 'direction', 'state', 'safe', 'reasons', 'fixes', 'exposures']);
    expect(Object.keys(cli.paths.find((p) => p.id === 'apiserver-konnectivity-server')!)).toEqual([
      'id', 'from', 'to', 'direction', 'state', 'safe', 'reasons', 'fixes', 'exposures',
    ]);
  });
});
