import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUBELET_FIELDS } from '../config';
import { poolNameError } from '../pools';
import { KUBELET_AUTHZ_MODES, SERVING_CERTIFICATES, type KubeletConfig } from '../types';
import { importFiles } from './importFiles';
import type { ImportResult } from './types';

const kubelet: fc.Arbitrary<KubeletConfig> = fc.record({
  anonymousAuth: fc.boolean(),
  webhookAuthentication: fc.boolean(),
  clientCAFile: fc.boolean(),
  authorizationMode: fc.constantFrom(...KUBELET_AUTHZ_MODES),
  readOnlyPort: fc.constantFrom(0, 10255, 10266),
  servingCertificate: fc.constantFrom(...SERVING_CERTIFICATES),
});

// Written independently of the reader: every field explicit, so no default set is involved.
function asFile(k: KubeletConfig): string {
  return [
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    'authentication:',
    `  anonymous: {enabled: ${k.anonymousAuth}}`,
    `  webhook: {enabled: ${k.webhookAuthentication}}`,
    `  x509: {clientCAFile: "${k.clientCAFile ? '/pki/ca.crt' : ''}"}`,
    `authorization: {mode: ${k.authorizationMode}}`,
    `readOnlyPort: ${k.readOnlyPort}`,
    k.servingCertificate === 'tls-bootstrap' ? 'serverTLSBootstrap: true' : '',
    k.servingCertificate === 'ca-signed' ? 'tlsCertFile: /pki/kubelet-serving.crt' : '',
  ].join('\n');
}

// configz as a kubelet prints it: zero values omitted, its own certificate at <cert-dir>/kubelet.crt.
function asConfigz(k: KubeletConfig): string {
  const c: Record<string, unknown> = {
    authentication: {
      anonymous: { enabled: k.anonymousAuth },
      webhook: { enabled: k.webhookAuthentication },
      x509: k.clientCAFile ? { clientCAFile: '/etc/kubernetes/pki/ca.crt' } : {},
    },
    authorization: { mode: k.authorizationMode },
  };
  if (k.readOnlyPort !== 0) c.readOnlyPort = k.readOnlyPort;
  if (k.servingCertificate === 'tls-bootstrap') c.serverTLSBootstrap = true;
  else
    c.tlsCertFile =
      k.servingCertificate === 'self-signed'
        ? '/var/lib/kubelet/pki/kubelet.crt'
        : '/etc/pki/serving.crt';
  return JSON.stringify({ kubeletconfig: c });
}

const key = (k: KubeletConfig) => KUBELET_FIELDS.map((f) => String(k[f])).join('|');

/** The pools DOMAIN.md §9 asks for, computed apart from the importer: one per distinct value set. */
function expectedPools(files: readonly { name: string; k: KubeletConfig }[]) {
  const out = new Map<string, { k: KubeletConfig; files: string[] }>();
  for (const f of files) {
    const e = out.get(key(f.k)) ?? { k: f.k, files: [] };
    e.files.push(f.name);
    out.set(key(f.k), e);
  }
  return [...out.values()];
}

function success(r: ImportResult) {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r.errors)}`);
  return r;
}

describe('pool groupings over random kubelet files', { timeout: 120_000 }, () => {
  const files = fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/), { minLength: 1, maxLength: 10 })
    .chain((names) =>
      fc.tuple(...names.map((n) => kubelet.map((k) => ({ name: `${n}.yaml`, k })))),
    );

  it('each distinct value set is one pool; its nodes are its files; every file is in exactly one pool', () => {
    fc.assert(
      fc.property(files, (list) => {
        const r = success(
          importFiles(
            list.map((f) => ({ name: f.name, text: asFile(f.k) })),
            'kubeadm',
          ),
        );
        const want = expectedPools(list);
        expect(r.pools.map((p) => [p.nodes, [...p.files].sort()])).toEqual(
          want.map((w) => [w.files.length, [...w.files].sort()]),
        );
        expect(r.config.pools.map((p) => p.kubelet)).toEqual(want.map((w) => w.k));
        const names = r.config.pools.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(poolNameError(n)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('an explicit grouping succeeds exactly when each group holds equal settings, and keeps its name and size', () => {
    const grouped = files.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.array(fc.integer({ min: -1, max: 2 }), {
          minLength: list.length,
          maxLength: list.length,
        }),
      ),
    );
    fc.assert(
      fc.property(grouped, ([list, groupOf]) => {
        const groups = [0, 1, 2]
          .map((g) => ({
            name: `group-${g}`,
            files: list.filter((_, i) => groupOf[i] === g).map((f) => f.name),
          }))
          .filter((g) => g.files.length > 0);
        const r = importFiles(
          list.map((f) => ({ name: f.name, text: asFile(f.k) })),
          'kubeadm',
          { pools: groups },
        );
        const valuesOf = (name: string) => key(list.find((f) => f.name === name)!.k);
        const consistent = groups.every((g) => new Set(g.files.map(valuesOf)).size === 1);
        expect(r.ok).toBe(consistent);
        if (!r.ok) return;
        expect(r.pools.slice(0, groups.length).map((p) => [p.name, p.nodes, p.grouping])).toEqual(
          groups.map((g) => [g.name, g.files.length, 'explicit']),
        );
        const rest = list.filter((_, i) => groupOf[i] === -1);
        expect(r.pools.slice(groups.length).map((p) => p.nodes)).toEqual(
          expectedPools(rest).map((w) => w.files.length),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a pasted configz session gives a pool per distinct node configuration, whatever lies between the answers', () => {
    const noise = fc.constantFrom(
      '',
      'ops@bastion:~$ ',
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
      '100  3352  100  3352    0     0   235k      0 --:--:-- --:--:-- --:--:--  252k',
      '$ sudo systemctl status kubelet',
      '[1] 48213',
    );
    const nodes = fc
      .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((names) =>
        fc.tuple(...names.map((n) => fc.tuple(fc.constant(n), kubelet, noise, fc.boolean()))),
      );
    fc.assert(
      fc.property(nodes, (list) => {
        const text = list
          .map(([n, k, junk, pretty]) => {
            const body = pretty ? JSON.stringify(JSON.parse(asConfigz(k)), null, 2) : asConfigz(k);
            return `${junk}\nops@bastion:~$ kubectl get --raw "/api/v1/nodes/${n}/proxy/configz"\n${body}`;
          })
          .join('\n');
        const r = success(importFiles([{ name: 'session.txt', text }], 'kubeadm'));
        const want = expectedPools(list.map(([n, k]) => ({ name: n, k })));
        expect(r.config.pools.map((p) => [p.nodes, p.kubelet])).toEqual(
          want.map((w) => [w.files.length, w.k]),
        );
        expect(r.pools.map((p) => p.sources.map((s) => s.node))).toEqual(want.map((w) => w.files));
      }),
      { numRuns: 300 },
    );
  });
});

// Fails on an internal error: readInput turns a thrown exception into an "internal error" value.
function total(text: string): void {
  const r = importFiles([{ name: 'f', text }], 'kubeadm');
  if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/internal error/);
}

describe('the configz and drop-in readers are total', { timeout: 120_000 }, () => {
  const fragments = [
    '{"kubeletconfig": {',
    '{"kubeletconfig": {"readOnlyPort": 10255}}',
    '"authentication": {"anonymous": {"enabled": null}}',
    '}',
    ']',
    '[',
    '{',
    '"\\"',
    '$ kubectl get --raw /api/v1/nodes/n1/proxy/configz',
    '/configz',
    '\x1b[1;39m',
    'kubelet --config-dir=/d --config=/c.yaml',
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'kind: KubeletConfiguration',
    'authentication: null',
    'tlsCertFile: /var/lib/kubelet/pki/kubelet.crt',
    '---',
    'kind: InitConfiguration',
  ];
  it('arbitrary lines of configz, session and drop-in fragments give a value, never an internal error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }), (lines) =>
        total(lines.join('\n')),
      ),
      { numRuns: 2000 },
    );
  });

  it('arbitrary text inside a configz session', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) =>
        total(`{"kubeletconfig": {${s}}}\n$ x/configz\n{${s}`),
      ),
      { numRuns: 1000 },
    );
  });

  it('random groupings of arbitrary files never throw', () => {
    const input = fc.array(
      fc.tuple(
        fc.constantFrom('a.conf', 'b.yaml', 'c', '10-x.conf'),
        fc.array(fc.constantFrom(...fragments), { maxLength: 8 }),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        input,
        fc.array(fc.constantFrom('a.conf', 'b.yaml', 'c', 'zz'), { maxLength: 3 }),
        (list, grouped) => {
          const inputs = list.map(([name, lines], i) => ({
            name: `${i}-${name}`,
            text: lines.join('\n'),
          }));
          const r = importFiles(inputs, 'kubeadm', {
            pools: [{ name: 'p', files: grouped.map((g, i) => `${i}-${g}`) }],
          });
          if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/internal error/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
