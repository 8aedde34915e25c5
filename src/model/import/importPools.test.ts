import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import type { KubeletConfig } from '../types';
import { importFiles } from './importFiles';
import { bad, fixture, FLAGS_ONLY, ok } from './testHelpers';
import type { ImportSuccess } from './types';

// The six values of each sample, read off the files by hand.
const POOL_A: KubeletConfig = {
  anonymousAuth: true,
  webhookAuthentication: false,
  clientCAFile: false,
  authorizationMode: 'AlwaysAllow',
  readOnlyPort: 10255,
  servingCertificate: 'self-signed',
};
const POOL_B: KubeletConfig = {
  anonymousAuth: false,
  webhookAuthentication: true,
  clientCAFile: true,
  authorizationMode: 'Webhook',
  readOnlyPort: 0,
  servingCertificate: 'tls-bootstrap',
};

const a = ['pool-a-kubelet.yaml', fixture('pool-a-kubelet.yaml')] as [string, string];
const b = ['pool-b-kubelet.yaml', fixture('pool-b-kubelet.yaml')] as [string, string];
const unitB = ['pool-b-kubelet.service', fixture('pool-b-kubelet.service')] as [string, string];

const state = (r: ImportSuccess, id: string, pool: string) =>
  assess(r.config).paths.find((p) => p.id === id && p.pool === pool)?.state;
const shape = (r: ImportSuccess) =>
  r.pools.map((p) => ({ name: p.name, nodes: p.nodes, files: p.files }));

describe('two kubelet files of two pools (the issue: one kubelet that no node runs)', () => {
  it('give two pools, each with its own six values, states, findings and provenance', () => {
    const r = ok(a, b);
    expect(r.config.pools).toEqual([
      { name: 'pool-a-kubelet', nodes: 1, kubelet: POOL_A },
      { name: 'pool-b-kubelet', nodes: 1, kubelet: POOL_B },
    ]);
    expect(state(r, 'kubelet-readonly', 'pool-a-kubelet')).toBe('plaintext');
    expect(state(r, 'kubelet-readonly', 'pool-b-kubelet')).toBe('disabled');
    const open = assess(r.config).findings.filter((f) => f.id === 'kubelet-open');
    expect(open.map((f) => f.pool)).toEqual(['pool-a-kubelet']);
    expect(r.provenance['pools.pool-a-kubelet.kubelet.readOnlyPort']).toEqual({
      kind: 'file',
      file: 'pool-a-kubelet.yaml',
      line: 11,
      setting: 'readOnlyPort',
    });
    expect(r.provenance['pools.pool-b-kubelet.kubelet.servingCertificate']).toEqual({
      kind: 'file',
      file: 'pool-b-kubelet.yaml',
      line: 14,
      setting: 'serverTLSBootstrap',
    });
    expect(r.provenance['pools.pool-b-kubelet.kubelet.readOnlyPort']).toMatchObject({
      kind: 'default',
      component: 'kubelet (config file defaults)',
    });
    expect(r.provenance['kubelet.readOnlyPort']).toBeUndefined();
  });

  it('show which pool a kubelet CA breaks: pool a self-signs (broken, with a warning naming it), pool b is verified', () => {
    const api = [
      'api',
      'kube-apiserver --authorization-mode=Node,RBAC --kubelet-certificate-authority=/ca --kubelet-client-certificate=/c --kubelet-client-key=/k',
    ] as [string, string];
    const r = ok(api, a, b);
    expect(state(r, 'apiserver-kubelet', 'pool-a-kubelet')).toBe('broken');
    expect(state(r, 'apiserver-kubelet', 'pool-b-kubelet')).toBe('secure');
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        'while the kubelets of pool pool-a-kubelet (1 node) self-sign their serving certificates',
      ),
    ]);
  });

  it('a unit whose --config names one of them joins that pool, and its flags change that pool only', () => {
    const unit = [unitB[0], unitB[1].replace('--v=2', '--read-only-port=10255')] as [
      string,
      string,
    ];
    const r = ok(a, b, unit);
    expect(shape(r)).toEqual([
      { name: 'pool-a-kubelet', nodes: 1, files: ['pool-a-kubelet.yaml'] },
      {
        name: 'pool-b-kubelet',
        nodes: 1,
        files: ['pool-b-kubelet.yaml', 'pool-b-kubelet.service'],
      },
    ]);
    expect(r.config.pools[1]!.kubelet).toEqual({ ...POOL_B, readOnlyPort: 10255 });
    expect(r.config.pools[0]!.kubelet).toEqual(POOL_A);
    expect(r.provenance['pools.pool-b-kubelet.kubelet.readOnlyPort']).toMatchObject({
      file: 'pool-b-kubelet.service',
      line: 11,
      setting: '--read-only-port',
    });
    expect(r.pools[1]!.sources.map((s) => `${s.file}:${s.line} ${s.kind}`)).toEqual([
      'pool-b-kubelet.yaml:2 KubeletConfiguration',
      'pool-b-kubelet.service:6 flags',
    ]);
  });

  it('two files with equal settings give one pool of 2, named after what they share, listing both', () => {
    const r = ok(
      ['gpu-1.yaml', b[1]],
      ['gpu-2.yaml', b[1].replace('cacheTTL: 2m0s', 'cacheTTL: 5m0s')],
    );
    expect(r.config.pools).toEqual([{ name: 'gpu', nodes: 2, kubelet: POOL_B }]);
    expect(shape(r)).toEqual([{ name: 'gpu', nodes: 2, files: ['gpu-1.yaml', 'gpu-2.yaml'] }]);
    // With one pool, provenance keeps today's kubelet.X keys.
    expect(r.provenance['kubelet.clientCAFile']).toMatchObject({ file: 'gpu-1.yaml', line: 11 });
  });
});

// Each row: files, then the pools expected (name, nodes, files, values), derived by hand from §9.
describe('grouping rules (DOMAIN.md §9)', () => {
  const cfg = (body: string) =>
    `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
  it.each<
    [
      string,
      [string, string][],
      { name: string; nodes: number; files: string[]; kubelet: Partial<KubeletConfig> }[],
    ]
  >([
    [
      'flags whose --config names no imported file join the only configuration',
      [
        a,
        [
          'kubelet.service',
          'ExecStart=/usr/bin/kubelet --config=/etc/kubelet.yaml --read-only-port=0',
        ],
      ],
      [
        {
          name: 'pool-a-kubelet',
          nodes: 1,
          files: ['pool-a-kubelet.yaml', 'kubelet.service'],
          kubelet: { ...POOL_A, readOnlyPort: 0 },
        },
      ],
    ],
    [
      'flags that name none of two configurations form a pool of their own, with flags-only defaults',
      [a, b, ['ps.txt', 'root 1 0 /usr/bin/kubelet --kubeconfig=/k --read-only-port=0']],
      [
        { name: 'pool-a-kubelet', nodes: 1, files: ['pool-a-kubelet.yaml'], kubelet: POOL_A },
        { name: 'pool-b-kubelet', nodes: 1, files: ['pool-b-kubelet.yaml'], kubelet: POOL_B },
        {
          name: 'ps',
          nodes: 1,
          files: ['ps.txt'],
          kubelet: { ...FLAGS_ONLY, readOnlyPort: 0 },
        },
      ],
    ],
    [
      'flags alone (a unit and its environment file) are one pool, merged in order',
      [
        ['10-kubeadm.conf', fixture('10-kubeadm.conf')],
        ['kubelet', fixture('etc-default-kubelet.env')],
      ],
      [
        {
          name: '10-kubeadm',
          nodes: 1,
          files: ['10-kubeadm.conf', 'kubelet'],
          kubelet: { anonymousAuth: true, readOnlyPort: 10255, authorizationMode: 'Webhook' },
        },
      ],
    ],
    [
      'a pool is named after --hostname-override when flags alone describe it',
      [
        [
          'k.service',
          'ExecStart=/usr/bin/kubelet --hostname-override=Edge_7.example --anonymous-auth=false',
        ],
      ],
      [
        {
          name: 'edge-7-example',
          nodes: 1,
          files: ['k.service'],
          kubelet: { anonymousAuth: false },
        },
      ],
    ],
    [
      'two documents of one file are two pools, named file and file-2',
      [['nodes.yaml', `${cfg('readOnlyPort: 10255\n')}---\n${cfg('readOnlyPort: 0\n')}`]],
      [
        { name: 'nodes', nodes: 1, files: ['nodes.yaml'], kubelet: { readOnlyPort: 10255 } },
        { name: 'nodes-2', nodes: 1, files: ['nodes.yaml'], kubelet: { readOnlyPort: 0 } },
      ],
    ],
    [
      'equal pools merge even when other pools lie between them',
      [['x-1.yaml', b[1]], a, ['x-2.yaml', b[1]]],
      [
        { name: 'x', nodes: 2, files: ['x-1.yaml', 'x-2.yaml'], kubelet: POOL_B },
        { name: 'pool-a-kubelet', nodes: 1, files: ['pool-a-kubelet.yaml'], kubelet: POOL_A },
      ],
    ],
    [
      'drop-ins apply in lexical order over the --config file, whatever order they are given in; flags still win',
      [
        [
          'kubelet-dropins.service',
          fixture('kubelet-dropins.service').replace(
            '--kubeconfig',
            '--anonymous-auth=true --kubeconfig',
          ),
        ],
        ['kubelet-base.yaml', fixture('kubelet-base.yaml')],
        ['50-monitoring.conf', fixture('50-monitoring.conf')],
        ['10-hardening.conf', fixture('10-hardening.conf')],
      ],
      [
        {
          name: 'kubelet-base',
          nodes: 1,
          files: [
            'kubelet-dropins.service',
            'kubelet-base.yaml',
            '50-monitoring.conf',
            '10-hardening.conf',
          ],
          kubelet: {
            anonymousAuth: true,
            webhookAuthentication: true,
            clientCAFile: true,
            authorizationMode: 'Webhook',
            readOnlyPort: 10255,
            servingCertificate: 'self-signed',
          },
        },
      ],
    ],
    [
      'without --config the drop-ins patch the flags-only defaults',
      [
        ['k.service', 'ExecStart=/usr/bin/kubelet --config-dir=/etc/kubernetes/kubelet.conf.d'],
        ['50-monitoring.conf', fixture('50-monitoring.conf').replace('readOnlyPort: 10255', 'readOnlyPort: 0')],
      ],
      [
        {
          name: 'k',
          nodes: 1,
          files: ['k.service', '50-monitoring.conf'],
          kubelet: { ...FLAGS_ONLY, readOnlyPort: 0 },
        },
      ],
    ],
    [
      'null in a drop-in removes the field: the KubeletConfiguration default applies again',
      [
        ['k.service', 'ExecStart=/usr/bin/kubelet --config-dir=/d'],
        ['10-x.conf', cfg('authorization: null\nreadOnlyPort: null\n')],
      ],
      [
        {
          name: 'k',
          nodes: 1,
          files: ['k.service', '10-x.conf'],
          kubelet: { anonymousAuth: true, authorizationMode: 'Webhook', readOnlyPort: 0 },
        },
      ],
    ],
    [
      'kubeletExtraArgs join the KubeletConfiguration of their kubeadm file',
      [['kubeadm-multidoc.yaml', fixture('kubeadm-multidoc.yaml')], a],
      [
        {
          name: 'kubeadm-multidoc',
          nodes: 1,
          files: ['kubeadm-multidoc.yaml'],
          kubelet: { clientCAFile: true, anonymousAuth: false },
        },
        { name: 'pool-a-kubelet', nodes: 1, files: ['pool-a-kubelet.yaml'], kubelet: POOL_A },
      ],
    ],
  ])('%s', (_what, files, pools) => {
    const r = ok(...files);
    expect(r.pools.map((p) => ({ name: p.name, nodes: p.nodes, files: p.files }))).toEqual(
      pools.map(({ name, nodes, files }) => ({ name, nodes, files })),
    );
    pools.forEach((p, i) => expect(r.config.pools[i]!.kubelet).toMatchObject(p.kubelet));
  });

  it('says why flags formed a pool of their own, and that a drop-in without --config-dir is not read', () => {
    const r = ok(a, b, ['ps.txt', '/usr/bin/kubelet --config=/etc/other.yaml --kubeconfig=/k']);
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('name none of the 2 imported kubelet configurations'),
      ]),
    );
    const only = ok(a, ['k.service', 'ExecStart=/usr/bin/kubelet --config=/etc/kubelet.yaml']);
    expect(only.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'k.service:1: --config=/etc/kubelet.yaml names no imported file (by base name): these kubelet flags were applied over the only kubelet configuration, pool-a-kubelet.yaml (use --pool to group them otherwise)',
    ]);
    const d = ok(
      ['k.service', 'ExecStart=/usr/bin/kubelet --kubeconfig=/k'],
      ['10-a.conf', cfg('readOnlyPort: 0\n')],
    );
    expect(d.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^10-a\.conf:1: this drop-in was applied, but .* has no --config-dir/,
        ),
      ]),
    );
  });

  it('warns that the kubelet refuses a drop-in that is not kubelet.config.k8s.io/v1beta1', () => {
    const r = ok(
      ['k.service', 'ExecStart=/usr/bin/kubelet --config-dir=/d'],
      ['10-a.conf', 'kind: KubeletConfiguration\nreadOnlyPort: 0\n'],
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining(
        'the kubelet refuses to start with this drop-in: its apiVersion is missing',
      ),
    ]);
  });

  it('keeps the base preset pools, assumed, when no file describes a kubelet', () => {
    const r = ok(['api', 'kube-apiserver --authorization-mode=Node,RBAC']);
    expect(r.pools).toEqual([]);
    expect(r.config.pools).toEqual([{ name: 'default', nodes: 3, kubelet: expect.any(Object) }]);
    expect(r.provenance['kubelet.anonymousAuth']).toEqual({ kind: 'assumed', preset: 'kubeadm' });
  });

  it('refuses more than 20 different kubelet configurations, pointing at --pool', () => {
    const files = Array.from({ length: 21 }, (_, i): [string, string] => [
      `n${i}.yaml`,
      cfg(`readOnlyPort: ${1000 + i}\n`),
    ]);
    expect(bad(...files).errors.map((e) => e.message)).toEqual([
      expect.stringContaining(
        '21 different kubelet configurations; a scenario has at most 20 pools',
      ),
    ]);
  });
});

describe('explicit pools (importFiles options.pools, CLI --pool)', () => {
  const run = (pools: { name: string; files: string[] }[], ...files: [string, string][]) =>
    importFiles(
      files.map(([name, text]) => ({ name, text })),
      'kubeadm',
      { pools },
    );

  it('groups equal configurations into one named pool of 2 and leaves the other files to the rules', () => {
    const r = run([{ name: 'managed', files: ['b1.yaml', 'b2.yaml'] }], ['b1.yaml', b[1]], a, [
      'b2.yaml',
      b[1],
    ]);
    expect(r.ok && r.pools.map((p) => [p.name, p.nodes, p.grouping, p.files])).toEqual([
      ['managed', 2, 'explicit', ['b1.yaml', 'b2.yaml']],
      ['pool-a-kubelet', 1, 'automatic', ['pool-a-kubelet.yaml']],
    ]);
  });

  it('renames a pool and never merges it with an equal automatic one', () => {
    const r = run([{ name: 'legacy', files: ['a1.yaml'] }], ['a1.yaml', a[1]], ['a2.yaml', a[1]]);
    expect(r.ok && r.config.pools.map((p) => [p.name, p.nodes])).toEqual([
      ['legacy', 1],
      ['a2', 1],
    ]);
  });

  it('puts flags from another file into the pool they are listed in', () => {
    const r = run([{ name: 'b', files: ['pool-b-kubelet.yaml', 'ps'] }], b, a, [
      'ps',
      'kubelet --read-only-port=10250 --config=/x.yaml',
    ]);
    expect(r.ok && r.config.pools.map((p) => [p.name, p.kubelet.readOnlyPort])).toEqual([
      ['b', 10250],
      ['pool-a-kubelet', 10255],
    ]);
  });

  it.each<[string, { name: string; files: string[] }[], RegExp]>([
    [
      'a pool name that is no DNS label',
      [{ name: 'GPU', files: ['pool-a-kubelet.yaml'] }],
      /--pool GPU: pool name "GPU" is not a DNS label/,
    ],
    [
      'an unknown file',
      [{ name: 'gpu', files: ['nope.yaml'] }],
      /--pool gpu: nope\.yaml is not one of the imported files/,
    ],
    [
      'a file in two pools',
      [
        { name: 'x', files: ['pool-a-kubelet.yaml'] },
        { name: 'y', files: ['pool-a-kubelet.yaml'] },
      ],
      /already in pool x/,
    ],
    [
      'a file without a kubelet',
      [{ name: 'x', files: ['api'] }],
      /api holds no kubelet configuration or kubelet flags/,
    ],
    [
      'two different configurations in one pool',
      [{ name: 'x', files: ['pool-a-kubelet.yaml', 'pool-b-kubelet.yaml'] }],
      /pool x: this kubelet configuration gives kubelet\.anonymousAuth=false, but pool-a-kubelet\.yaml:2 gives true/,
    ],
    [
      'the same pool twice',
      [
        { name: 'x', files: ['pool-a-kubelet.yaml'] },
        { name: 'x', files: ['pool-b-kubelet.yaml'] },
      ],
      /--pool x is given twice/,
    ],
  ])('refuses %s with an error naming it', (_what, pools, message) => {
    const r = run(pools, a, b, ['api', 'kube-apiserver --authorization-mode=RBAC']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.message).join('\n')).toMatch(message);
  });
});
