import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { PRESETS } from './presets';
import { changeNotes } from './sideEffects';
import { scenario } from './testing';
import { setKey } from './config';
import { withPoolSizes } from './pools';
import type { Config } from './types';

const CA = { key: 'apiserver.kubeletCertificateAuthority', value: true } as const;
const BOOTSTRAP = { key: 'kubelet.servingCertificate', value: 'tls-bootstrap' } as const;
const caNoteOf = (config: Config, changes: readonly { key: ConfigKey; value: ConfigValue }[]) =>
  changeNotes(config, changes)[changes.indexOf(CA)]!.some((n) =>
    n.includes('CA-signed serving certificates first'),
  );

// Hand-derived from DOMAIN.md §8: setting the kubelet CA breaks logs/exec only while kubelets
// still self-sign and nothing in the same change set gives them CA-signed certificates.
describe('changeNotes: the kubelet-CA warning', () => {
  const bootstrapped = scenario('kubeadm', { 'kubelet.servingCertificate': 'tls-bootstrap' });
  const caSigned = scenario('kubeadm', { 'kubelet.servingCertificate': 'ca-signed' });
  it.each<{
    name: string;
    config: Config;
    changes: readonly { key: ConfigKey; value: ConfigValue }[];
    warns: boolean;
  }>([
    {
      name: 'self-signed kubelets, the CA alone',
      config: PRESETS.kubeadm,
      changes: [CA],
      warns: true,
    },
    {
      name: 'self-signed kubelets, the CA with bootstrapped certificates',
      config: PRESETS.kubeadm,
      changes: [CA, BOOTSTRAP],
      warns: false,
    },
    {
      name: 'self-signed kubelets, bootstrapped certificates before the CA',
      config: PRESETS.kubeadm,
      changes: [BOOTSTRAP, CA],
      warns: false,
    },
    {
      name: 'bootstrapped kubelets, the CA alone',
      config: bootstrapped,
      changes: [CA],
      warns: false,
    },
    {
      name: 'kubelets with a tlsCertFile from the CA, the CA alone',
      config: caSigned,
      changes: [CA],
      warns: false,
    },
  ])('$name: warns $warns', ({ config, changes, warns }) => {
    expect(caNoteOf(config, changes)).toBe(warns);
  });

  it('gives one list per change, in order, with the note of each and none where there is none', () => {
    const notes = changeNotes(PRESETS.kubeadm, [
      BOOTSTRAP,
      { key: 'kubelet.readOnlyPort', value: 10255 },
      { key: 'kubelet.readOnlyPort', value: 0 },
    ]);
    expect(notes).toHaveLength(3);
    expect(notes[0]!.join()).toContain('serverTLSBootstrap: true needs an approver');
    // Opening the read-only port has no operational side effect to warn about; closing it does.
    expect(notes[1]).toEqual([]);
    expect(notes[2]!.join()).toContain(':10255');
  });

  it('names the pools that still self-sign when the CA comes while some pools are ready', () => {
    const two = setKey(
      withPoolSizes(PRESETS.kubeadm, [{ name: 'ready', nodes: 4 }, { name: 'legacy', nodes: 2 }]),
      'kubelet.servingCertificate',
      'tls-bootstrap',
      'ready',
    );
    const [note] = changeNotes(two, [CA])[0]!;
    expect(note).toMatch(/^pool legacy \(2 nodes\) still self-signs: kubelets need CA-signed serving certificates first/);
    expect(changeNotes(two, [CA, { ...BOOTSTRAP, pool: 'legacy' }])[0]).toEqual([]);
  });
});

describe('changeNotes: notes of other keys set to true', () => {
  // DOMAIN.md §8: Konnectivity and the kubelet client CA need work whatever the kubelets serve;
  // only the kubelet-CA note depends on the pools that still self-sign.
  const KONNECTIVITY = { key: 'konnectivity.enabled', value: true } as const;
  const CLIENT_CA = { key: 'kubelet.clientCAFile', value: true } as const;

  it('keeps them, bare, where no pool self-signs', () => {
    const notes = changeNotes(PRESETS['kubelet-ca'], [KONNECTIVITY]);
    expect(notes).toEqual([[expect.stringMatching(/^deploy the konnectivity-server next to each apiserver/)]]);
  });

  it('keeps them bare, without a pool phrase, while some pools still self-sign', () => {
    const notes = changeNotes(PRESETS['mixed-pools'], [KONNECTIVITY, CLIENT_CA]);
    expect(notes).toEqual([
      [expect.stringMatching(/^deploy the konnectivity-server next to each apiserver/)],
      [expect.stringMatching(/^point authentication.x509.clientCAFile at the cluster CA bundle/)],
    ]);
  });
});

describe('changeNotes: the kubelet-CA note by pool count', () => {
  it('gives a one-pool scenario the bare note, without a pool phrase', () => {
    const [note] = changeNotes(PRESETS.kubeadm, [CA])[0]!;
    expect(note).toMatch(/^kubelets need CA-signed serving certificates first/);
  });

  it('says "self-sign" for two pools still self-signing, naming both', () => {
    const three = setKey(
      withPoolSizes(PRESETS.kubeadm, [{ name: 'a', nodes: 1 }, { name: 'b', nodes: 1 }, { name: 'c', nodes: 2 }]),
      'kubelet.servingCertificate',
      'tls-bootstrap',
      'a',
    );
    const [note] = changeNotes(three, [CA])[0]!;
    expect(note).toMatch(/^pool b \(1 node\), pool c \(2 nodes\) still self-sign: kubelets need CA-signed/);
  });
});
