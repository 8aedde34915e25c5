import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbKubelet, arbPoolName } from './arbitraries';
import { KEY_SPECS, sameSettings, setKey, type ConfigKey, type ConfigValue } from './config';
import { withNodeCount, withPoolSizes } from './pools';
import { PRESET_NAMES, PRESETS } from './presets';
import { scenario } from './testing';
import { buildTopology, LIMITS } from './topology';
import { AUTHORIZATION_MODES, type Config } from './types';
import { decodeQuery, encodeQuery, type UrlState } from './urlCodec';

const sizes = (c: Config) => c.pools.map((p) => [p.name, p.nodes]);

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
    expect(state.select).toEqual({ kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@default' });
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
    ['too many nodes (clamped)', '?nodes=5001', 'nodes'],
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
    ['?nodes=9000', LIMITS.nodes.max, 3],
    ['?nodes=0&pods=500', LIMITS.nodes.min, LIMITS.pods.max],
    ['?nodes=17&pods=110', 17, 110],
  ])('%s gives one pool of %i nodes and %i pods', (query, nodes, pods) => {
    const { state } = decodeQuery(query);
    expect([sizes(state.config), state.pods]).toEqual([[['default', nodes]], pods]);
  });

  it('keeps valid parameters next to invalid ones', () => {
    const { state, ignored } = decodeQuery('?preset=hardened&bogus=1&konnectivity.frontend=tcp');
    expect(ignored.map((i) => i.param)).toEqual(['bogus']);
    expect(state.config.konnectivity.frontend).toBe('tcp');
    expect(state.config.apiserver.anonymousAuth).toBe(false);
  });

  it('selects a component by id, a pool’s part by its pool', () => {
    expect(decodeQuery('?select=apiserver').state.select).toEqual({ kind: 'component', id: 'apiserver' });
    expect(decodeQuery('?preset=mixed-pools&select=kubelet@legacy').state.select).toEqual({ kind: 'component', id: 'kubelet@legacy' });
  });
});

// Before pools were drawn once, links named a node: `node-N` in a one-pool `default` scenario,
// `POOL-N` otherwise; the proxy to a Service was keyed by the Service. Each now names its pool.
describe('old select= links name the pool of the node they named', () => {
  it.each<[string, string, { kind: string; id: string; key?: string }]>([
    ['a node of the one default pool', '?nodes=5&select=apiserver-kubelet@node-2', { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@default' }],
    ['its last node', '?nodes=5&select=kubelet-apiserver@node-5', { kind: 'path', id: 'kubelet-apiserver', key: 'kubelet-apiserver@default' }],
    ['a node of pool legacy', '?preset=mixed-pools&select=apiserver-kubelet@legacy-2', { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@legacy' }],
    ['a node of pool bootstrapped', '?preset=mixed-pools&select=apiserver-proxy-pod@bootstrapped-4', { kind: 'path', id: 'apiserver-proxy-pod', key: 'apiserver-proxy-pod@bootstrapped' }],
    ['the Service proxy, one pool', '?select=apiserver-proxy-service@service:shop/web', { kind: 'path', id: 'apiserver-proxy-service', key: 'apiserver-proxy-service@default' }],
    ['the Service proxy of a pool', '?preset=mixed-pools&select=apiserver-proxy-service@service:shop/web@legacy', { kind: 'path', id: 'apiserver-proxy-service', key: 'apiserver-proxy-service@legacy' }],
    ['a kubelet on a node', '?select=kubelet@node-2', { kind: 'component', id: 'kubelet@default' }],
    ['a node card', '?preset=mixed-pools&select=node@legacy-1', { kind: 'component', id: 'node@legacy' }],
    ['a pool by its name', '?preset=mixed-pools&select=apiserver-kubelet@legacy', { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@legacy' }],
    ['a pool named like a node of another', '?pools=a:2,a-1:3&select=apiserver-kubelet@a-1', { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@a-1' }],
  ])('%s: %s', (_, query, select) => {
    const { state, ignored } = decodeQuery(query);
    expect(ignored).toEqual([]);
    expect(state.select).toEqual(select);
  });

  it.each([
    ['a node past the pool', '?nodes=2&select=apiserver-kubelet@node-3', 'no node "node-3": pool default has 2 nodes'],
    ['node-N when the one pool is not default', '?pools=gpu:4&select=apiserver-kubelet@node-1', 'no pool "node-1"'],
    ['a pool that does not exist', '?preset=mixed-pools&select=apiserver-kubelet@gpu', 'no pool "gpu"'],
    ['a pool on the single control-plane path', '?select=apiserver-konnectivity-server@default', 'apiserver-konnectivity-server has one instance, not one per pool'],
  ])('reports %s', (_, query, reason) => {
    const { state, ignored } = decodeQuery(query);
    expect(state.select).toBeUndefined();
    expect(ignored).toEqual([{ param: 'select', reason: `"${query.split('select=')[1]}": ${reason}` }]);
  });
});

describe('the attacker parameter', () => {
  it('reads and writes attacker=POSITION', () => {
    const { state, ignored } = decodeQuery('?preset=flags-only&attacker=pod');
    expect([state.attacker, ignored]).toEqual(['pod', []]);
    expect(encodeQuery({ preset: 'flags-only', config: PRESETS['flags-only'], pods: 3, attacker: 'node-network' })).toBe(
      '?v=1&preset=flags-only&attacker=node-network',
    );
  });

  it('ignores an unknown position, naming the positions', () => {
    const { state, ignored } = decodeQuery('?attacker=hacker');
    expect(state.attacker).toBeUndefined();
    expect(ignored).toEqual([{ param: 'attacker', reason: '"hacker" is not an attacker position; positions: link, node-network, pod, node, anyone' }]);
  });
});

describe('links with node pools', () => {
  it('reads pools=NAME:COUNT,... with each pool starting from the preset’s kubelet', () => {
    const { state, ignored } = decodeQuery('?pools=a:2500,b:2500');
    expect(ignored).toEqual([]);
    expect(sizes(state.config)).toEqual([['a', 2500], ['b', 2500]]);
    expect(state.config.pools.every((p) => p.kubelet === PRESETS.kubeadm.pools[0]!.kubelet)).toBe(true);
    // Pool names and counts are topology: the settings are still kubeadm's.
    expect(state.preset).toBe('kubeadm');
  });

  it('sets kubelet.X on every pool and pools.NAME.kubelet.X on one, whatever their order in the link', () => {
    const { state, ignored } = decodeQuery(
      '?pools=general:10,gpu:2&pools.gpu.kubelet.readOnlyPort=10255&kubelet.readOnlyPort=1',
    );
    expect(ignored).toEqual([]);
    expect(state.config.pools.map((p) => p.kubelet.readOnlyPort)).toEqual([1, 10255]);
    expect(state.preset).toBeNull();
  });

  it('opens mixed-pools with both of its pools', () => {
    const { state } = decodeQuery('?preset=mixed-pools');
    expect(state.config).toBe(PRESETS['mixed-pools']);
    expect(state.preset).toBe('mixed-pools');
  });

  it.each<[string, string, string]>([
    ['a bad pool list', '?pools=Gpu:2', 'pools'],
    ['a pool listed twice', '?pools=a:1,a:1', 'pools'],
    ['over 5,000 nodes', '?pools=a:4000,b:1001', 'pools'],
    ['a key for a pool that does not exist', '?pools=a:1&pools.b.kubelet.readOnlyPort=0', 'pools.b.kubelet.readOnlyPort'],
    ['a cluster-wide key written per pool', '?pools.default.apiserver.anonymousAuth=false', 'pools.default.apiserver.anonymousAuth'],
    ['a bad per-pool value', '?pools.default.kubelet.readOnlyPort=abc', 'pools.default.kubelet.readOnlyPort'],
    ['nodes= with several pools', '?pools=a:1,b:1&nodes=4', 'nodes'],
  ])('ignores and reports %s', (_, query, param) => {
    const { ignored } = decodeQuery(query);
    expect(ignored.map((i) => i.param)).toEqual([param]);
  });

  it('keeps the preset’s pools when pools= is bad, and says which it kept', () => {
    const { state, ignored } = decodeQuery('?preset=mixed-pools&pools=x:0');
    expect(sizes(state.config)).toEqual([['bootstrapped', 4], ['legacy', 2]]);
    expect(ignored[0]!.reason).toContain('keeping bootstrapped:4,legacy:2');
  });

  it('writes pools= and per-pool keys only when needed', () => {
    const two = withPoolSizes(PRESETS.kubeadm, [{ name: 'general', nodes: 10 }, { name: 'gpu', nodes: 2 }]);
    expect(encodeQuery({ preset: null, config: setKey(two, 'kubelet.readOnlyPort', 10255, 'gpu'), pods: 3 })).toBe(
      '?v=1&preset=kubeadm&pools=general:10,gpu:2&pools.gpu.kubelet.readOnlyPort=10255',
    );
    expect(encodeQuery({ preset: null, config: setKey(two, 'kubelet.readOnlyPort', 10255), pods: 3 })).toBe(
      '?v=1&preset=kubeadm&pools=general:10,gpu:2&kubelet.readOnlyPort=10255',
    );
    expect(encodeQuery({ preset: 'kubeadm', config: withNodeCount(PRESETS.kubeadm, 7), pods: 3 })).toBe('?v=1&preset=kubeadm&nodes=7');
    expect(encodeQuery({ preset: null, config: withPoolSizes(PRESETS['mixed-pools'], [{ name: 'legacy', nodes: 6 }]), pods: 3 })).toBe(
      '?v=1&preset=ca-mismatch&pools=legacy:6',
    );
  });
});

describe('encodeQuery writes short links', () => {
  it.each(PRESET_NAMES)('preset %s is just its name', (name) => {
    expect(encodeQuery({ preset: name, config: PRESETS[name], pods: 3 })).toBe(`?v=1&preset=${name}`);
  });

  it('writes only the keys that differ, readable', () => {
    const config = withNodeCount(scenario('kubeadm', { 'apiserver.authorizationModes': ['Webhook', 'Node', 'RBAC'] }), 5);
    expect(encodeQuery({ preset: null, config, pods: 3, select: { kind: 'path', id: 'apiserver-kubelet', key: 'apiserver-kubelet@default' } })).toBe(
      '?v=1&preset=kubeadm&nodes=5&apiserver.authorizationModes=Webhook,Node,RBAC&select=apiserver-kubelet@default',
    );
  });

  it('picks the nearest preset for an edited config', () => {
    const config = scenario('hardened', { 'konnectivity.frontend': 'tcp-tls' });
    expect(encodeQuery({ preset: null, config, pods: 3 })).toBe('?v=1&preset=hardened&konnectivity.frontend=tcp-tls');
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

const CLUSTER_KEYS = (Object.keys(KEY_SPECS) as ConfigKey[]).filter((k) => !k.startsWith('kubelet.'));

/** A preset with random cluster-wide overrides and random pools with their own kubelets. */
const configArb: fc.Arbitrary<Config> = fc
  .tuple(
    fc.constantFrom(...PRESET_NAMES),
    fc.record(Object.fromEntries(CLUSTER_KEYS.map((k) => [k, valueArb(k)])) as Record<ConfigKey, fc.Arbitrary<ConfigValue>>, { requiredKeys: [] }),
    fc.oneof(
      fc.constant(null),
      fc.uniqueArray(fc.record({ name: arbPoolName, nodes: fc.integer({ min: 1, max: 40 }), kubelet: arbKubelet }), {
        minLength: 1,
        maxLength: 4,
        selector: (p) => p.name,
      }),
    ),
    fc.integer({ min: 1, max: 40 }),
  )
  .map(([preset, overrides, pools, nodes]) => {
    const c = scenario(preset, overrides);
    return pools ? { ...c, pools } : c.pools.length === 1 ? withNodeCount(c, nodes) : c;
  });

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    config: configArb,
    pods: fc.integer({ min: LIMITS.pods.min, max: LIMITS.pods.max }),
    theme: fc.option(fc.constantFrom('light' as const, 'dark' as const), { nil: undefined }),
    contrast: fc.option(fc.constant('high' as const), { nil: undefined }),
    table: fc.option(fc.constant(true), { nil: undefined }),
    pick: fc.nat(),
  })
  .map(({ pick, theme, contrast, table, ...s }) => {
    const topo = buildTopology(s.config.pools, s.pods);
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
        expect(state.config).toEqual(s.config);
        expect(sameSettings(state.config, s.config)).toBe(true);
        expect([state.pods, state.theme, state.contrast, state.table]).toEqual([s.pods, s.theme, s.contrast, s.table]);
        expect(state.select).toEqual(s.select);
      }),
      { numRuns: 300 },
    );
  });

  it('names the preset again when the config equals one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), (name) => {
        expect(decodeQuery(encodeQuery({ preset: null, config: PRESETS[name], pods: 3 })).state.preset).toBe(name);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { state } = decodeQuery(s);
        expect(state.config.pools.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary key=value soups', () => {
    const token = fc.oneof(
      fc.constantFrom(...(Object.keys(KEY_SPECS) as ConfigKey[]), 'nodes', 'pods', 'pools', 'pools.default.kubelet.readOnlyPort', 'select', 'theme', 'v', 'preset', 'contrast', 'table'),
      fc.string(),
    );
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
