import { describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze';

const run = (...argv: string[]) => runAnalyze(argv, { isTTY: false });
type Entry = { id: string; exposures: { position: string; gains: string; present: boolean }[] };
const json = (...argv: string[]) => JSON.parse(run(...argv, '--format', 'json').stdout) as { paths: Entry[]; findings: { id: string; exposures?: { position: string }[] }[]; planPositions?: string };
const positions = (out: { paths: Entry[] }, id: string) => out.paths.find((p) => p.id === id)!.exposures.map((e) => e.position);

describe('kube-paths analyze: who can exploit each path', () => {
  it('flags-only lists anyone and pod on kubelet-readonly and on apiserver-kubelet', () => {
    const out = json('--preset', 'flags-only');
    expect(positions(out, 'kubelet-readonly')).toEqual(['pod', 'anyone']);
    expect(positions(out, 'apiserver-kubelet')).toEqual(expect.arrayContaining(['pod', 'anyone']));
    expect(out.findings.find((f) => f.id === 'apiserver-always-allow')!.exposures!.map((e) => e.position)).toEqual(['pod']);
  });

  it('hardened lists only node-network, on the three proxy paths, and nothing anywhere else', () => {
    const out = json('--preset', 'hardened');
    const exposed = out.paths.filter((p) => p.exposures.length > 0);
    expect(exposed.map((p) => p.id)).toEqual(['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service']);
    for (const p of exposed) expect(p.exposures.map((e) => e.position)).toEqual(['node-network']);
    expect(out.findings.every((f) => f.exposures === undefined)).toBe(true);
  });

  it('says "would be" for the link on a trusted network', () => {
    const out = json('--preset', 'kubeadm', '--set', 'network.untrusted=false');
    const link = out.paths.find((p) => p.id === 'apiserver-kubelet')!.exposures.find((e) => e.position === 'link')!;
    expect(link.present).toBe(false);
    expect(run('--preset', 'kubeadm', '--set', 'network.untrusted=false').stdout).toContain('someone on the link (would be, on an untrusted network)');
  });

  it('adds a "Who can exploit this" section to Markdown and the table, and the plan says what it takes away', () => {
    const md = run('--preset', 'flags-only', '--format', 'markdown').stdout;
    expect(md).toContain('## Who can exploit this');
    expect(md).toContain('- kubelet-readonly: a compromised pod: every pod’s spec');
    expect(run('--preset', 'hardened').stdout).toContain('WHO CAN EXPLOIT THIS\n  apiserver-proxy-node: someone in the node network:');
    // kubeadm's plan tunnels apiserver → kubelet without the kubelet CA: a node hosting an agent still reads the streams.
    expect(json('--preset', 'kubeadm', '--fix').planPositions).toBe(
      'nothing left for someone on the link; someone in the node network: 4 paths → 3 paths; still nothing for a compromised pod; a compromised node keeps 1 path, now to read and change the exec streams it carries (tunnel without --kubelet-certificate-authority); still nothing for anyone who reaches a node',
    );
  });
});
