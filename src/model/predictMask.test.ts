import { describe, expect, it } from 'vitest';
import { setKey } from './config';
import { changedInstances } from './predictMask';
import { PRESETS } from './presets';

const kubeadm = PRESETS.kubeadm;
const withCa = setKey(kubeadm, 'apiserver.kubeletCertificateAuthority', true);
const mixed = PRESETS['mixed-pools'];
const mixedNoCa = setKey(mixed, 'apiserver.kubeletCertificateAuthority', false);

// Expectations from DOMAIN.md §5 and §9, by hand: the kubelet CA makes apiserver → kubelet
// broken where kubelets self-sign and secure where their certificates are CA-signed, and touches
// no other path; Konnectivity re-routes the four egress paths and adds its own two.
describe('changedInstances', () => {
  it.each([
    [
      'no scenario before: only the asked path',
      null,
      kubeadm,
      'apiserver-proxy-pod',
      ['apiserver-proxy-pod@default'],
    ],
    [
      'the kubelet CA on self-signed kubelets',
      kubeadm,
      withCa,
      'apiserver-kubelet',
      ['apiserver-kubelet@default'],
    ],
    [
      'the asked path unchanged, another changed',
      kubeadm,
      withCa,
      'apiserver-proxy-pod',
      ['apiserver-proxy-pod@default', 'apiserver-kubelet@default'],
    ],
    [
      'nothing changed: the asked path still',
      kubeadm,
      kubeadm,
      'kubelet-apiserver',
      ['kubelet-apiserver@default'],
    ],
    [
      'the kubelet CA on two pools, one self-signed',
      mixedNoCa,
      mixed,
      'apiserver-kubelet',
      ['apiserver-kubelet@bootstrapped', 'apiserver-kubelet@legacy'],
    ],
    [
      'Konnectivity switched on',
      kubeadm,
      setKey(
        setKey(kubeadm, 'konnectivity.enabled', true),
        'konnectivity.agentAuthentication',
        'service-account-token',
      ),
      'apiserver-kubelet',
      [
        'apiserver-kubelet@default',
        'konnectivity-agent-server@default',
        'apiserver-proxy-node@default',
        'apiserver-proxy-pod@default',
        'apiserver-proxy-service@default',
        'apiserver-konnectivity-server',
      ],
    ],
  ] as const)('%s', (_, before, after, asked, keys) => {
    expect([...changedInstances(before, after, asked)].sort()).toEqual([...keys].sort());
  });
});
