import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, KEY_SPECS, getKey, type ConfigKey, type ConfigValue } from './config';
import { PRESET_NAMES, PRESETS } from './presets';
import { scenario } from './testing';
import { buildTopology, LIMITS } from './topology';
import { AUTHORIZATION_MODES, type Config } from './types';
import { decodeQuery, encodeQuery, type UrlState } from './urlCodec';

describe('decodeQuery reads hand-written links', () => {
  it.each<[string, string, Partial<Record<ConfigKey, ConfigValue>>]>([
    ['an empty query is kubeadm', '', {}],
    ['a preset alone', '?preset=hardened', {}],
    ['a key over the default preset', '?apiserver.kubeletCertificateAuthority=true', { 'apiserver.kubeletCertificateAuthority': true }],
    ['a list value', '?apiserver.authorizationModes=Webhook,Node,RBAC', { 'apiserver.authorizationModes': ['Webhook', 'Node', 'RBAC'] }],
    ['an int value', '?kubelet.readOnlyPort=10255', { 'kubelet.readOnlyPort': 10255 }],
    ['a version', '?version=1.21', { version: '1.21' }],
    ['no v is read as v1', '?preset=kubeadm&konnectivity.enabled=true', { 'konnectivity.enabled': true }],
  ])('%s', (_, query, overrides) => {
    const { state, ignored } = decodeQuery(query);
    const preset = /preset=([\w-]+)/.exec(query)?.[1] ?? 'kubeadm';
    expect(ignored).toEqual([]);
    expect(state.config).toEqual(scenario(preset as 'kubeadm', overrides));
  });

  it('reads the issue example in full', () => {
    const { state, ignored } = decodeQuery(
      '?v=1&preset=kubeadm&nodes=3&apiserver.kubeletCertificateAuthority=true&select=apiserver-kubelet&theme=dark',
    );
    expect(ignored).toEqual([]);
    expect(state.preset).toBeNull();
    expect(state.config.apiserver.kubeletCertificateAuthority).toBe(true);
    expect(state.select).toEqual({ kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@node-1' });
    expect(state.theme).toBe('dark');
  });

  it.each<[string, string, string]>([
    ['an unknown parameter', '?foo=bar', 'foo'],
    ['an unknown preset', '?preset=nope', 'preset'],
    ['a bad boolean', '?apiserver.anonymousAuth=yes', 'apiserver.anonymousAuth'],
    ['a bad enum', '?kubelet.servingCertificate=magic', 'kubelet.servingCertificate'],
    ['an out-of-range port', '?kubelet.readOnlyPort=70000', 'kubelet.readOnlyPort'],
    ['a repeated mode', '?apiserver.authorizationModes=RBAC,RBAC', 'apiserver.authorizationModes'],
    ['a bad version', '?version=2.0', 'version'],
    ['too many nodes (clamped)', '?nodes=5000', 'nodes'],
    ['zero pods (clamped)', '?pods=0', 'pods'],
    ['non-numeric nodes', '?nodes=many', 'nodes'],
    ['a node that does not exist', '?nodes=2&select=apiserver-kubelet@node-9', 'select'],
    ['an unknown selection', '?select=etcd-backup', 'select'],
    ['a bad theme', '?theme=pink', 'theme'],
    ['a future link version', '?v=99', 'v'],
    ['a repeated parameter', '?nodes=2&nodes=4', 'nodes'],
    ['malformed escapes', '?select=%E0%A4%A', 'select'],
  ])('ignores and reports %s', (_, query, param) => {
    const { ignored } = decodeQuery(query);
    expect(ignored.map((i) => i.param)).toContain(param);
    expect(ignored.every((i) => i.reason.length > 0)).toBe(true);
  });

  it.each<[string, number, number]>([
    ['?nodes=5000', LIMITS.nodes.max, 3],
    ['?nodes=0&pods=500', LIMITS.nodes.min, LIMITS.pods.max],
    ['?nodes=17&pods=110', 17, 110],
  ])('%s gives %i nodes and %i pods', (query, nodes, pods) => {
    const { state } = decodeQuery(query);
    expect([state.nodes, state.pods]).toEqual([nodes, pods]);
  });

  it('keeps valid parameters next to invalid ones', () => {
    const { state, ignored } = decodeQuery('?preset=hardened&bogus=1&konnectivity.frontend=tcp');
    expect(ignored.map((i) => i.param)).toEqual(['bogus']);
    expect(state.config.konnectivity.frontend).toBe('tcp');
    expect(state.config.apiserver.anonymousAuth).toBe(false);
  });

  it('selects a component by id', () => {
    expect(decodeQuery('?select=kubelet@node-2').state.select).toEqual({ kind: 'component', id: 'kubelet@node-2' });
  });
});

describe('encodeQuery writes short links', () => {
  it.each(PRESET_NAMES)('preset %s is just its name', (name) => {
    expect(encodeQuery({ preset: name, config: PRESETS[name], nodes: 3, pods: 3 })).toBe(`?v=1&preset=${name}`);
  });

  it('writes only the keys that differ, readable', () => {
    const config = scenario('kubeadm', { 'apiserver.authorizationModes': ['Webhook', 'Node', 'RBAC'] });
    expect(encodeQuery({ preset: null, config, nodes: 5, pods: 3, select: { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@node-2' } })).toBe(
      '?v=1&preset=kubeadm&nodes=5&apiserver.authorizationModes=Webhook,Node,RBAC&select=apiserver-kubelet@node-2',
    );
  });

  it('picks the nearest preset for an edited config', () => {
    const config = scenario('hardened', { 'konnectivity.frontend': 'tcp-tls' });
    expect(encodeQuery({ preset: null, config, nodes: 3, pods: 3 })).toBe('?v=1&preset=hardened&konnectivity.frontend=tcp-tls');
  });
});

const valueArb = (key: ConfigKey): fc.Arbitrary<ConfigValue> => {
  const t = KEY_SPECS[key].type;
  switch (t.kind) {
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...t.choices);
    case 'int':
      return fc.integer({ min: t.min, max: t.max });
    case 'version':
      return fc.integer({ min: 0, max: 99 }).map((n) => `1.${n}`);
    case 'list':
      return fc.uniqueArray(fc.constantFrom(...AUTHORIZATION_MODES), { minLength: 1 });
  }
};

const configArb: fc.Arbitrary<Config> = fc
  .tuple(fc.constantFrom(...PRESET_NAMES), fc.record(Object.fromEntries(CONFIG_KEYS.map((k) => [k, valueArb(k)])) as Record<ConfigKey, fc.Arbitrary<ConfigValue>>, { requiredKeys: [] }))
  .map(([preset, overrides]) => scenario(preset, overrides));

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    config: configArb,
    nodes: fc.integer({ min: LIMITS.nodes.min, max: 40 }),
    pods: fc.integer({ min: LIMITS.pods.min, max: LIMITS.pods.max }),
    theme: fc.option(fc.constantFrom('light' as const, 'dark' as const), { nil: undefined }),
    contrast: fc.option(fc.constant('high' as const), { nil: undefined }),
    table: fc.option(fc.constant(true), { nil: undefined }),
    pick: fc.nat(),
  })
  .map(({ pick, theme, contrast, table, ...s }) => {
    const topo = buildTopology(s.nodes, s.pods);
    const all = [...topo.paths.map((p) => ({ kind: 'path' as const, id: p.id, key: p.key })), ...topo.components.map((c) => ({ kind: 'component' as const, id: c.id }))];
    const select = pick % 3 === 0 ? undefined : all[pick % all.length];
    return {
      ...s,
      preset: null,
      ...(select ? { select } : {}),
      ...(theme ? { theme } : {}),
      ...(contrast ? { contrast } : {}),
      ...(table ? { table } : {}),
    };
  });

describe('the codec is total and round-trips', () => {
  it('decode(encode(state)) restores every valid state', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const { state, ignored } = decodeQuery(encodeQuery(s));
        expect(ignored).toEqual([]);
        for (const k of CONFIG_KEYS) expect(getKey(state.config, k)).toEqual(getKey(s.config, k));
        expect([state.nodes, state.pods, state.theme, state.contrast, state.table]).toEqual([s.nodes, s.pods, s.theme, s.contrast, s.table]);
        expect(state.select).toEqual(s.select);
      }),
      { numRuns: 300 },
    );
  });

  it('names the preset again when the config equals one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), (name) => {
        expect(decodeQuery(encodeQuery({ preset: null, config: PRESETS[name], nodes: 3, pods: 3 })).state.preset).toBe(name);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { state } = decodeQuery(s);
        expect(state.nodes).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary key=value soups', () => {
    const token = fc.oneof(fc.constantFrom(...CONFIG_KEYS, 'nodes', 'pods', 'select', 'theme', 'v', 'preset', 'contrast', 'table'), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.string({ unit: 'binary' }))), (pairs) => {
        const q = '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const { state, ignored } = decodeQuery(q);
        expect(state.config.version).toMatch(/^1\.\d+$/);
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
