import { describe, expect, it } from 'vitest';
import { matchingPreset } from '../model/presetMatch';
import { decodeQuery } from '../model/urlCodec';
import { controlsMode, embedQuery } from './attributes';

const attrs = (o: Record<string, string>) => (name: string) => o[name] ?? null;

describe('embedQuery', () => {
  it('reads the query attribute with or without ?', () => {
    for (const query of ['?preset=hardened&nodes=5', 'preset=hardened&nodes=5']) {
      const { state, ignored } = decodeQuery(embedQuery(attrs({ query })));
      expect(ignored).toEqual([]);
      expect([state.preset, state.config.pools[0]!.nodes]).toEqual(['hardened', 5]);
    }
  });

  it('lets the dedicated attributes win over the same parameter in query, without a repeat warning', () => {
    const { state, ignored } = decodeQuery(
      embedQuery(attrs({ query: 'preset=hardened&nodes=5&kubelet.readOnlyPort=10255', preset: 'kubeadm', nodes: '2' })),
    );
    expect(ignored).toEqual([]);
    expect([state.config.pools[0]!.nodes, state.config.pools[0]!.kubelet.readOnlyPort]).toEqual([2, 10255]);
    expect(state.preset).toBeNull();
  });

  it('the pools attribute gives the pools and their counts; pools.NAME.kubelet.X in query sets one pool', () => {
    const { state, ignored } = decodeQuery(
      embedQuery(attrs({ preset: 'kubelet-ca', pools: 'bootstrapped:4,legacy:2', query: 'pools.legacy.kubelet.servingCertificate=self-signed' })),
    );
    expect(ignored).toEqual([]);
    expect(state.config.pools.map((p) => [p.name, p.nodes, p.kubelet.servingCertificate])).toEqual([
      ['bootstrapped', 4, 'tls-bootstrap'],
      ['legacy', 2, 'self-signed'],
    ]);
    // That is the mixed-pools preset (pool names and counts aside, DOMAIN.md §9), as the element's picker shows.
    expect(matchingPreset(state.config)).toBe('mixed-pools');
  });

  it('the pools attribute wins over pools in query; a bad list is reported and the preset’s pools stay', () => {
    const { state } = decodeQuery(embedQuery(attrs({ query: 'pools=a:1', pools: 'b:2,c:3' })));
    expect(state.config.pools.map((p) => `${p.name}:${p.nodes}`)).toEqual(['b:2', 'c:3']);
    const bad = decodeQuery(embedQuery(attrs({ pools: 'Gpu:2' })));
    expect(bad.ignored.map((i) => i.param)).toEqual(['pools']);
    expect(bad.ignored[0]!.reason).toContain('not a DNS label');
    expect(bad.state.config.pools.map((p) => `${p.name}:${p.nodes}`)).toEqual(['default:3']);
  });

  it('passes select and theme through the codec', () => {
    const { state } = decodeQuery(embedQuery(attrs({ select: 'apiserver-kubelet', theme: 'dark' })));
    expect(state.select?.id).toBe('apiserver-kubelet');
    expect(state.theme).toBe('dark');
  });

  it('reports bad attribute values through the codec like a bad link', () => {
    const { ignored } = decodeQuery(embedQuery(attrs({ preset: 'nope', nodes: 'many' })));
    expect(ignored.map((i) => i.param).sort()).toEqual(['nodes', 'preset']);
  });

  it('no attributes is the default scenario', () => {
    expect(embedQuery(attrs({}))).toBe('?');
    expect(decodeQuery('?').ignored).toEqual([]);
  });
});

describe('controlsMode', () => {
  it.each<[string | null, string]>([
    [null, 'compact'],
    ['', 'compact'],
    ['none', 'none'],
    ['FULL', 'full'],
    ['compact', 'compact'],
  ])('%s → %s', (value, mode) => {
    expect(controlsMode(value)).toEqual({ mode });
  });

  it('reports an unknown value', () => {
    expect(controlsMode('all')).toEqual({ mode: 'compact', error: 'controls="all" is not none, compact or full; showing compact' });
  });
});
