import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { PITFALLS, pitfallsForComponent, pitfallsForPath } from './pitfalls';
import type { PresetName } from './presets';
import { view } from './testing';
import type { ComponentKind, PathId } from './types';

type PathRow = [PathId, PresetName, Partial<Record<ConfigKey, ConfigValue>>, string, boolean];

describe('pitfallsForPath shows the DOMAIN.md §8 pitfall that applies', () => {
  it.each<PathRow>([
    ['apiserver-kubelet', 'kubeadm', {}, 'kubeadm-self-signed', true],
    ['apiserver-kubelet', 'kubelet-ca', {}, 'kubeadm-self-signed', false],
    ['apiserver-kubelet', 'kubelet-ca', {}, 'serving-cert-sans', true],
    ['apiserver-kubelet', 'kubelet-ca', {}, 'no-approver', true],
    ['apiserver-kubelet', 'kubelet-ca', {}, 'skip-tls-verify-backend', true],
    ['apiserver-kubelet', 'kubeadm', {}, 'skip-tls-verify-backend', false],
    ['apiserver-kubelet', 'ca-mismatch', {}, 'serving-cert-sans', false],
    ['apiserver-kubelet', 'kubelet-ca', { 'kubelet.servingCertificate': 'ca-signed' }, 'no-approver', false],
    ['apiserver-kubelet', 'kubeadm', {}, 'metrics-server-insecure-tls', true],
    ['apiserver-proxy-pod', 'konnectivity', {}, 'egress-cluster-only', true],
    ['apiserver-proxy-pod', 'kubeadm', {}, 'egress-cluster-only', false],
    ['apiserver-ssh-tunnel', 'legacy-ssh', {}, 'ssh-gce-only', true],
    ['apiserver-proxy-node', 'kubeadm', {}, 'ssh-gce-only', false],
    ['kubelet-readonly', 'legacy-ssh', {}, 'kube-bench-read-only-port', true],
    ['kubelet-apiserver', 'kubeadm', {}, 'kubeadm-self-signed', false],
  ])('%s under %s %j: %s applies = %s', (id, preset, o, pitfall, want) => {
    expect(pitfallsForPath(id, view(preset, o)).some((p) => p.id === pitfall)).toBe(want);
  });
});

describe('pitfallsForComponent', () => {
  it.each<[ComponentKind, PresetName, string, boolean]>([
    ['apiserver', 'hardened', 'anonymous-probes', true],
    ['apiserver', 'kubeadm', 'anonymous-probes', false],
    ['kubelet', 'kubeadm', 'kubeadm-self-signed', true],
    ['konnectivity-server', 'konnectivity', 'egress-cluster-only', true],
  ])('%s under %s: %s applies = %s', (kind, preset, pitfall, want) => {
    expect(pitfallsForComponent(kind, view(preset)).some((p) => p.id === pitfall)).toBe(want);
  });

  it('gives every pitfall a unique id and a place to show it', () => {
    expect(new Set(PITFALLS.map((p) => p.id)).size).toBe(PITFALLS.length);
    for (const p of PITFALLS) expect(p.paths.length + p.components.length).toBeGreaterThan(0);
  });
});
