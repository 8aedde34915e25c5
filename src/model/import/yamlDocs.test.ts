import { describe, expect, it } from 'vitest';
import { looksLikeObjects, readYaml } from './yamlDocs';

describe('looksLikeObjects', () => {
  it.each<[string, string, boolean]>([
    ['kind: at a line start', 'apiVersion: v1\nkind: Pod\n', true],
    ['a quoted key', "'kind': Pod\n", true],
    ['a JSON object', '{\n  "kind": "Pod"\n}', true],
    ['a document separator, then kind: further in', '---\nmetadata:\n  kind: x\n', true],
    ['kind: only inside a line', 'kube-apiserver --foo # apiVersion: v1\n', false],
    ['a { not at a line start', 'a{b}\nsee apiVersion: v1\n', false],
    ['a single dash at a line start', '- item\nsee kind: x\n', false],
    ['a word that only begins with kind', 'kindx: 1\nsee kind: 2\n', false],
    ['a key that only begins with kind', 'kind-of: 1\nsee kind: 2\n', false],
    ['a JSON object whose key only begins with kind', '{"kinds": 1}', false],
    ['a key with a letter before kind', 'xkind: 1\n', false],
  ])('%s: %s', (_what, text, want) => {
    expect(looksLikeObjects(text)).toBe(want);
  });
});

describe('readYaml', () => {
  const kubelet = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

  it('gives no source, only an ignored entry, for a kind it does not read', () => {
    expect(readYaml('apiVersion: v1\nkind: ConfigMap\n', 'f')).toEqual({
      sources: [],
      kinds: [],
      ignored: ['ConfigMap (line 1): not a kind that sets these paths'],
      warnings: [],
      errors: [],
    });
  });

  it('says a document without a kind has none', () => {
    expect(readYaml('metadata:\n  name: x\n', 'f').ignored).toEqual([
      'document x (line 1): no kind',
    ]);
  });

  it('skips empty and null documents without listing them', () => {
    for (const text of [`${kubelet}---\n`, `~\n---\n${kubelet}`]) {
      const r = readYaml(text, 'f');
      expect(r.kinds).toEqual(['KubeletConfiguration']);
      expect(r.ignored).toEqual([]);
    }
  });

  it('reads 1001 documents (1000 separators), the most it accepts', () => {
    const r = readYaml('kind: ConfigMap\n---\n'.repeat(1000), 'f');
    expect(r.errors).toEqual([]);
    expect(r.ignored).toHaveLength(1000);
  });

  it('counts only --- at a line start as a separator (a comment of dashes is none)', () => {
    const r = readYaml(`# ${'-'.repeat(3003)}\n${kubelet}`, 'f');
    expect(r.errors).toEqual([]);
    expect(r.kinds).toEqual(['KubeletConfiguration']);
  });

  it('reads a document with a key given twice, not a parse error', () => {
    expect(readYaml(`${kubelet}readOnlyPort: 0\nreadOnlyPort: 0\n`, 'f').errors).toEqual([]);
  });

  it('gives a parse error its line, and only the first line of the parser’s message', () => {
    const [e] = readYaml('kind: KubeletConfiguration\nauthentication: {\n', 'f').errors;
    expect(e).toMatchObject({ file: 'f', line: 3 });
    expect(e!.message).toMatch(/^YAML does not parse: /);
    expect(e!.message).not.toMatch(/at line|\n/);
  });

  it('refuses a document whose aliases expand more than 100 times (an alias bomb), at its line, and reads nothing of it', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const r = readYaml(`${kubelet}---\n${bomb}`, 'f');
    expect(r.kinds).toEqual(['KubeletConfiguration']);
    expect(r.ignored).toEqual([]);
    expect(r.errors).toEqual([
      {
        file: 'f',
        line: 4,
        message: expect.stringMatching(/^YAML rejected: .*\(more than 100 alias expansions\)$/),
      },
    ]);
  });

  it('marks a KubeletConfiguration beside a kubeadm kind as kubeadm’s, even an ignored InitConfiguration, and nothing else', () => {
    const pod =
      'kind: Pod\nspec:\n  containers:\n  - command: [kube-apiserver, --secure-port=6443]\n';
    const r = readYaml(`kind: InitConfiguration\n---\n${kubelet}---\n${pod}`, 'f');
    expect(r.sources.map((s) => [s.kind, 'kubeadm' in s ? s.kubeadm : undefined])).toEqual([
      ['kubelet-config', true],
      ['command', undefined],
    ]);
    const other = readYaml(`kind: MyClusterConfiguration\n---\n${kubelet}`, 'f');
    expect(other.sources[0]).not.toHaveProperty('kubeadm');
  });

  it('keeps the apiVersion of a KubeletConfiguration, and none when it has none', () => {
    expect(readYaml(kubelet, 'f').sources[0]).toMatchObject({
      apiVersion: 'kubelet.config.k8s.io/v1beta1',
    });
    expect(readYaml('kind: KubeletConfiguration\n', 'f').sources[0]).not.toHaveProperty(
      'apiVersion',
    );
  });

  it('lists a Pod with no container it reads as ignored', () => {
    const r = readYaml(
      'kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n',
      'f',
    );
    expect(r.sources).toEqual([]);
    expect(r.ignored).toEqual([
      'Pod web (line 1): no kube-apiserver, kubelet or konnectivity container',
    ]);
  });

  it('warns, at its line, about a kubernetesVersion that is not a version', () => {
    const r = readYaml(
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: stable\n',
      'f',
    );
    expect(r.warnings).toEqual([
      {
        file: 'f',
        line: 3,
        message: 'kubernetesVersion "stable" is not a version number; the version is assumed',
      },
    ]);
  });

  it('reads a v1beta4 extraArgs list: - or -- before a name dropped, a name given twice kept as repeated, an entry without a name warned about', () => {
    const r = readYaml(
      [
        'apiVersion: kubeadm.k8s.io/v1beta4',
        'kind: ClusterConfiguration',
        'apiServer:',
        '  extraArgs:',
        '  - name: --anonymous-auth',
        '    value: "true"',
        '  - name: -anonymous-auth',
        '    value: "false"',
        '  - value: x',
        '',
      ].join('\n'),
      'f',
    );
    expect(r.warnings).toEqual([
      { file: 'f', line: 9, message: 'apiServer.extraArgs entry without a name was ignored' },
    ]);
    const cmd = r.sources[0]!.kind === 'command' ? r.sources[0]!.cmd : undefined;
    expect(cmd?.flags).toEqual({
      flags: new Map([
        ['anonymous-auth', { name: 'anonymous-auth', value: 'false', bare: false, line: 7 }],
      ]),
      repeated: [{ name: 'anonymous-auth', value: 'true', bare: false, line: 5 }],
      positional: [],
    });
  });

  it('names the node of kubeletExtraArgs after nodeRegistration.name', () => {
    const r = readYaml(
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: JoinConfiguration\nnodeRegistration:\n  name: worker-1\n  kubeletExtraArgs:\n    read-only-port: "0"\n',
      'f',
    );
    expect(r.sources).toEqual([expect.objectContaining({ kind: 'command', node: 'worker-1' })]);
  });
});
