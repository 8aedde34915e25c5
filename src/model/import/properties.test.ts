import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_MODES } from '../types';
import { importFiles } from './importFiles';
import { INTERNAL_ERROR } from './readFile';
import { fixture } from './testHelpers';

const FIXTURES = [
  'kubeadm-1.30-kube-apiserver.yaml',
  'hard-way-kube-apiserver.service',
  'eks-kubelet-config.json',
  'konnectivity-agent.yaml',
  'kubeadm-config-v1beta4.yaml',
  'ps-output.txt',
  '10-kubeadm.conf',
  'configz-session.txt',
  'kubeadm-multidoc.yaml',
  '10-hardening.conf',
].map((n) => [n, fixture(n)] as const);

let maxMs = 0;
const latin1 = new TextDecoder('latin1');
// Runs one import and checks it is a value of the right shape, and not one made from an exception
// the reader caught (that is a crash turned into a value); the slowest run is reported, not asserted.
function total(text: string, name = 'input'): void {
  const t0 = performance.now();
  const r = importFiles([{ name, text }], 'kubeadm');
  maxMs = Math.max(maxMs, performance.now() - t0);
  if (r.ok) expect(r.config.pools[0]!.kubelet).toBeDefined();
  else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.file).toBe(name);
      expect(e.message, 'an exception caught inside the importer').not.toContain(INTERNAL_ERROR);
    }
  }
}

const FRAGMENTS = [
  'kind: Pod',
  'kind: KubeletConfiguration',
  'kind: EgressSelectorConfiguration',
  'kind: ClusterConfiguration',
  '---',
  'spec:',
  '  containers:',
  '  - command: [kube-apiserver, --authorization-mode=RBAC]',
  'readOnlyPort: 10255',
  'authentication: {anonymous: {enabled: true}}',
  '&a [1, 2]',
  '*a',
  '<<: *a',
  '__proto__: {x: 1}',
  'ExecStart=/usr/bin/kubelet \\',
  '[Service]',
  '  --read-only-port=0',
  '"unclosed',
  "'",
  '#',
  '{',
  '}',
  '[',
  ']',
  'egressSelections: [{name: cluster, connection: {proxyProtocol: GRPC}}]',
  'apiServer: {extraArgs: [{name: x}]}',
  '\t',
  '\\',
  '${VAR}',
  '<ip>',
];

// Thousands of runs take seconds on a busy machine: a long timeout, not a timing assertion.
describe(
  'the importer is total: arbitrary input gives a result or an error, never a throw',
  { timeout: 120_000 },
  () => {
    it('arbitrary text', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (s) => total(s)),
        { numRuns: 2000 },
      );
    });

    it('arbitrary full-unicode text and raw bytes read as latin1', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => total(s)),
        { numRuns: 1000 },
      );
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (b) => total(latin1.decode(b))),
        { numRuns: 1000 },
      );
    });

    it('lines assembled from YAML, unit and flag fragments', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (lines) =>
          total(lines.join('\n')),
        ),
        { numRuns: 2000 },
      );
    });

    it('realistic files with random damage (insertions, deletions, truncation)', () => {
      const damaged = fc
        .tuple(
          fc.constantFrom(...FIXTURES),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 6 })), {
            maxLength: 6,
          }),
        )
        .map(([[name, text], edits]) => {
          let t = text;
          for (const [at, del, ins] of edits) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + ins + t.slice(i + del);
          }
          return [name, t] as const;
        });
      fc.assert(
        fc.property(damaged, ([name, t]) => total(t, name)),
        { numRuns: 1000 },
      );
      console.info(`importer: slowest single run ${maxMs.toFixed(1)} ms`);
    });
  },
);

describe('flag reading properties', { timeout: 120_000 }, () => {
  it('any ordered authorization-mode list reads back exactly, whatever the syntax', () => {
    const modes = fc.uniqueArray(fc.constantFrom(...AUTHORIZATION_MODES), { minLength: 1 });
    const syntax = fc.constantFrom('=', ' ', '="', "='");
    fc.assert(
      fc.property(modes, syntax, fc.constantFrom('-', '_'), (m, s, sep) => {
        const close = s.endsWith('"') ? '"' : s.endsWith("'") ? "'" : '';
        const r = importFiles(
          [
            {
              name: 'x',
              text: `kube-apiserver --authorization${sep}mode${s}${m.join(',')}${close}`,
            },
          ],
          'kubeadm',
        );
        expect(r.ok && r.config.apiserver.authorizationModes).toEqual(m);
      }),
      { numRuns: 1000 },
    );
  });

  it('the last of repeated --read-only-port flags wins, in any mix of files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 65535 }), { minLength: 1, maxLength: 5 }),
        (ports) => {
          const files = ports.map((p, i) => ({
            name: `f${i}`,
            text: `kubelet --config=/c --read-only-port ${p}`,
          }));
          const r = importFiles(files, 'kubeadm');
          expect(r.ok && r.config.pools[0]!.kubelet.readOnlyPort).toBe(ports.at(-1));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
