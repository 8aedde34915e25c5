import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: `npm pack` (whose prepack hook builds the CLI bundle and the
// embed module), then an install of the tarball into an empty folder with --omit=dev and
// --offline. npm's offline cache holds yaml's tarball (npm ci put it there) but not its registry
// metadata, so yaml, the one runtime dependency, is handed to npm as a tarball packed from the
// yaml this checkout installed: the same version the lockfile pins.

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
};
const work = mkdtempSync(join(tmpdir(), 'kube-paths-package-'));
const app = join(work, 'app');
const tarball = join(work, `${pkg.name}-${pkg.version}.tgz`);
const fixture = join(root, 'src/model/import/fixtures/kubeadm-1.30-kube-apiserver.yaml');

const run = (cmd: string, args: readonly string[], cwd: string): string =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });

/** Bytes of every file under a folder, symlinks counted as links (as `du` would). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(p) : lstatSync(p).size;
  }
  return total;
}

beforeAll(() => {
  run('npm', ['pack', '--pack-destination', work], root);
  const yamlVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/yaml/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  run(
    'npm',
    ['pack', join(root, 'node_modules/yaml'), '--ignore-scripts', '--pack-destination', work],
    root,
  );
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'install-check', version: '1.0.0', private: true }),
  );
  run(
    'npm',
    [
      'install',
      tarball,
      join(work, `yaml-${yamlVersion}.tgz`),
      '--omit=dev',
      '--offline',
      '--no-audit',
      '--no-fund',
    ],
    app,
  );
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test spawns node, npx or tsc on a shared machine: generous timeouts, no timing assertions.
describe(
  'the npm package, packed and installed offline with --omit=dev',
  { timeout: 120_000 },
  () => {
    it('ships the CLI bundle, the embed module and its types, README, LICENSE and CHANGELOG, nothing else', () => {
      const files = run('tar', ['-tzf', tarball], work).trim().split('\n').sort();
      expect(files).toEqual(
        [
          'package/CHANGELOG.md',
          'package/LICENSE',
          'package/README.md',
          'package/dist/cli/kube-paths.mjs',
          'package/dist/embed/kube-paths.js',
          'package/package.json',
          'package/types/embed.d.ts',
        ].sort(),
      );
    });

    it('declares yaml as its only runtime dependency, and installs nothing else', () => {
      expect(Object.keys(pkg.dependencies)).toEqual(['yaml']);
      const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
      expect(installed.sort()).toEqual(['kube-paths', 'yaml']);
    });

    it('keeps node_modules of the install under 5 MB', () => {
      const bytes = bytesUnder(join(app, 'node_modules'));
      console.log(`package install: node_modules is ${(bytes / 1024 / 1024).toFixed(2)} MB`);
      expect(bytes).toBeLessThan(5 * 1024 * 1024);
    });

    it('runs `npx kube-paths --version` and prints the package version', () => {
      expect(run('npx', ['--offline', 'kube-paths', '--version'], app)).toBe(`${pkg.version}\n`);
    });

    it('runs `npx kube-paths analyze --preset kubeadm --format json`: apiserver → kubelet is unverified', () => {
      const out = JSON.parse(
        run(
          'npx',
          ['--offline', 'kube-paths', 'analyze', '--preset', 'kubeadm', '--format', 'json'],
          app,
        ),
      ) as {
        paths: { id: string; state: string }[];
      };
      expect(out.paths.find((p) => p.id === 'apiserver-kubelet')?.state).toBe('unverified');
      expect(out.paths.find((p) => p.id === 'kubelet-apiserver')?.state).toBe('secure');
    });

    it('imports a real manifest with the installed yaml and writes SARIF pointing at it', () => {
      const out = JSON.parse(
        run('npx', ['--offline', 'kube-paths', 'analyze', '--format', 'sarif', fixture], app),
      ) as {
        version: string;
        runs: {
          results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      };
      expect(out.version).toBe('2.1.0');
      const uris = out.runs[0]!.results.map(
        (r) => r.locations[0]?.physicalLocation.artifactLocation.uri,
      );
      expect(uris).toContain(`file://${fixture}`);
    });

    it('imports kube-paths/embed in Node: it defines <kube-paths> and needs no other package', () => {
      writeFileSync(
        join(app, 'embed-check.mjs'),
        [
          'const defined = [];',
          'globalThis.HTMLElement = class {};',
          'globalThis.customElements = { get: () => undefined, define: (name, element) => defined.push([name, element.observedAttributes]) };',
          "await import('kube-paths/embed');",
          'console.log(JSON.stringify(defined));',
        ].join('\n'),
      );
      const defined = JSON.parse(run(process.execPath, ['embed-check.mjs'], app)) as [
        string,
        string[],
      ][];
      expect(defined.map(([name]) => name)).toEqual(['kube-paths']);
      // The declared attribute names are the ones the element observes.
      const types = readFileSync(join(app, 'node_modules/kube-paths/types/embed.d.ts'), 'utf8');
      const declared = /type KubePathsAttribute = ([^;]+);/
        .exec(types)![1]!
        .split('|')
        .map((s) => s.trim().replace(/'/g, ''));
      expect(declared.sort()).toEqual([...defined[0]![1]].sort());
    });

    it.each([
      ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
      [
        'node10 (typesVersions)',
        ['--module', 'commonjs', '--moduleResolution', 'node10', '--ignoreDeprecations', '6.0'],
      ],
    ])(
      'type-checks a TypeScript user of kube-paths/embed with %s resolution',
      (_name, resolution) => {
        writeFileSync(
          join(app, 'use-embed.ts'),
          [
            "import 'kube-paths/embed';",
            "import type { KubePathsElement } from 'kube-paths/embed';",
            "const element: KubePathsElement = document.createElement('kube-paths');",
            "element.setAttribute('preset', 'hardened');",
            "export const preset: string | null = element.getAttribute('preset');",
          ].join('\n'),
        );
        const tsc = join(root, 'node_modules/typescript/bin/tsc');
        const args = [
          tsc,
          '--noEmit',
          '--strict',
          '--target',
          'es2022',
          '--lib',
          'es2022,dom',
          ...resolution,
          'use-embed.ts',
        ];
        expect(() => run(process.execPath, args, app)).not.toThrow();
      },
    );
  },
);
