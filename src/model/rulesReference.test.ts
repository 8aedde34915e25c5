import { describe, expect, it } from 'vitest';
import committed from '../../docs/rules.md?raw';
import { CONFIG_KEYS } from './config';
import { exampleWhere } from './examples';
import { FINDING_IDS } from './findings';
import { PRESET_NAMES } from './presets';
import { REFERENCE_SECTIONS, rulesReferenceMarkdown } from './rulesReference';
import { PATH_IDS } from './types';

// Built inside each test (once per test), not at import: StrykerJS then sees which test reaches which
// code (work done while a file loads counts as static and reruns every test for each mutant it reaches).
let built: { test: string | undefined; text: string } | undefined;
const fresh = (): string => {
  const test = expect.getState().currentTestName;
  if (built === undefined || built.test !== test) built = { test, text: rulesReferenceMarkdown() };
  return built.text;
};
const section = (title: string): string => {
  const text = fresh();
  const start = text.indexOf(`\n## ${title}\n`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
};

describe('docs/rules.md', () => {
  it('is exactly what `kube-paths rules --format markdown` prints now (run `npm run docs:rules` after changing a table)', () => {
    expect(committed).toBe(fresh());
  });
});

describe('the rules reference', () => {
  it('lists every path id, finding id, config key and preset in its table', () => {
    for (const id of PATH_IDS) expect(section('Paths')).toContain(`| \`${id}\` |`);
    for (const id of FINDING_IDS) expect(section('Findings')).toContain(`| \`${id}\` |`);
    for (const key of CONFIG_KEYS)
      expect(section('Configuration keys')).toContain(`| \`${key}\` |`);
    for (const name of PRESET_NAMES)
      expect(section('Presets')).toMatch(new RegExp(`\\| \`${name}\`( \\(default\\))? \\|`));
  });

  it('gives apiserver → kubelet its rule lines in DOMAIN.md §5 order', () => {
    const rules = section('Rules');
    const block = rules.slice(
      rules.indexOf('### `apiserver-kubelet`'),
      rules.indexOf('### `apiserver-proxy-node`'),
    );
    const states = [...block.matchAll(/^\| (\d) \| \S+ `(\w+)` \| (.+) \|$/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    expect(states).toEqual([
      ['1', 'broken', '`konnectivity-broken`'],
      ['2', 'broken', '`kubelet-ca-unverifiable`'],
      ['3', 'broken', '`kubelet-refuses-apiserver`'],
      ['4', 'secure', '`verified-both-ways`'],
      ['5', 'tunneled', '`tunnel-usable`'],
      ['6', 'unverified', 'otherwise'],
    ]);
  });

  it('states each finding with the severity and CIS ids of DOMAIN.md §5', () => {
    const findings = section('Findings');
    expect(findings).toMatch(/\| `apiserver-no-kubelet-ca` \| apiserver \| high \| 1\.2\.5 \|/);
    expect(findings).toMatch(/\| `kubelet-open` \| kubelet \| critical \| 4\.2\.1, 4\.2\.2 \|/);
    expect(findings).toMatch(/\| `apiserver-anonymous` \| apiserver \| low \| 1\.2\.1 \|/);
  });

  it('gives the kubelet keys their real fields and both default sets', () => {
    expect(section('Configuration keys')).toContain(
      '| `kubelet.readOnlyPort` | readOnlyPort (--read-only-port) | an integer 0..65535 | flags only: 10255; config file: 0 |',
    );
  });

  it('renders a section added to the list as one more heading and table', () => {
    const extra = { title: 'Extra table', lines: () => ['| a |', '| --- |', '| b |'] };
    const md = rulesReferenceMarkdown([...REFERENCE_SECTIONS, extra]);
    expect(md).toContain('- [Extra table](#extra-table)');
    expect(md.endsWith('## Extra table\n\n| a |\n| --- |\n| b |\n')).toBe(true);
  });

  it('finds an example for a condition only reachable with two changes, and refuses an impossible one', () => {
    const two = exampleWhere(
      (c) => c.konnectivity.frontend === 'tcp' && c.kubelet.servingCertificate === 'ca-signed',
      'two',
    );
    expect(two.label).toMatch(/ with .+ and /);
    expect(() => exampleWhere(() => false, 'nothing')).toThrow(
      'no configuration within two changes of a preset shows nothing',
    );
  });
});
