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
    expect(fixes.fixesFor).toHaveBeenCalledWith('apiserver-kubelet', config);
  });

  it('still serialises every path’s fixes, as the CLI contract wants', () => {
    const config = { ...PRESETS.kubeadm };
    const json = JSON.parse(JSON.stringify(assess(config))) as { paths: { id: string; fixes: unknown[] }[] };
    const actual = vi.mocked(fixes.fixesFor).getMockImplementation()!;
    for (const p of json.paths) {
      expect(p.fixes).toEqual(JSON.parse(JSON.stringify(actual(p.id as never, config))));
    }
    expect(Object.keys(json.paths[0]!)).toEqual(['id', 'from', 'to', 'direction', 'state', 'safe', 'reasons', 'fixes']);
    expect(toJson(assess(config))).toEqual(toJson(assess(config)));
  });
});
