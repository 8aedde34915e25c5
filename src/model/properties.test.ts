import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPoolView } from './arbitraries';
import type { ConfigKey, ConfigValue } from './config';
import { poolViews } from './pools';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { pathStates } from './rules';
import { pathProperties, type PathProperties } from './properties';
import { view } from './testing';
import { PATH_IDS, type PathId, type PathState } from './types';

type Field = keyof PathProperties;
type Row = [string, PathId, PresetName, Partial<Record<ConfigKey, ConfigValue>>, Field, string];

describe('pathProperties gives the hop-by-hop properties of DOMAIN.md §5', () => {
  it.each<Row>([
    ['kubeadm: the apiserver does not verify the kubelet', 'apiserver-kubelet', 'kubeadm', {}, 'serverVerified', 'no'],
    ['kubelet-ca: the apiserver verifies the kubelet', 'apiserver-kubelet', 'kubelet-ca', {}, 'serverVerified', 'yes'],
    ['ca-mismatch: verification fails', 'apiserver-kubelet', 'ca-mismatch', {}, 'serverVerified', 'fails'],
    ['kubeadm: the apiserver authenticates with a certificate', 'apiserver-kubelet', 'kubeadm', {}, 'clientAuthentication', 'certificate'],
    ['flags-only: the kubelet serves the apiserver as anonymous', 'apiserver-kubelet', 'flags-only', {}, 'clientAuthentication', 'anonymous'],
    ['kubeadm without client cert: rejected', 'apiserver-kubelet', 'kubeadm', { 'apiserver.kubeletClientCertificate': false }, 'clientAuthentication', 'rejected'],
    ['kubeadm: kubelet Webhook authorization', 'apiserver-kubelet', 'kubeadm', {}, 'authorization', 'Webhook'],
    ['kubeadm: direct transport', 'apiserver-kubelet', 'kubeadm', {}, 'transport', 'direct'],
    ['konnectivity: tunnel transport', 'apiserver-kubelet', 'konnectivity', {}, 'transport', 'konnectivity'],
    ['legacy-ssh: SSH transport', 'apiserver-kubelet', 'legacy-ssh', {}, 'transport', 'ssh'],
    ['SSH on 1.34 is not a transport (flags removed)', 'apiserver-kubelet', 'legacy-ssh', { version: '1.34' }, 'transport', 'direct'],
    ['Konnectivity wins over SSH', 'apiserver-kubelet', 'legacy-ssh', { 'konnectivity.enabled': true }, 'transport', 'konnectivity'],
    ['proxy over http: unencrypted', 'apiserver-proxy-pod', 'kubeadm', {}, 'encryption', 'none'],
    ['proxy over https: TLS', 'apiserver-proxy-pod', 'kubeadm', { 'apiserver.proxyScheme': 'https' }, 'encryption', 'tls'],
    ['proxy over http in a Konnectivity tunnel', 'apiserver-proxy-node', 'konnectivity', {}, 'encryption', 'tunnel'],
    ['proxy over http in an SSH tunnel', 'apiserver-proxy-service', 'legacy-ssh', {}, 'encryption', 'ssh'],
    ['proxy over https never verifies the target', 'apiserver-proxy-pod', 'hardened', {}, 'serverVerified', 'no'],
    ['pods without tokens: path absent', 'pod-apiserver', 'kubeadm', { 'pods.automountServiceAccountToken': false }, 'transport', 'none'],
    ['pods with tokens authenticate with them', 'pod-apiserver', 'kubeadm', {}, 'clientAuthentication', 'token'],
    ['agent with token authentication', 'konnectivity-agent-server', 'konnectivity', {}, 'clientAuthentication', 'token'],
    ['agent with mTLS', 'konnectivity-agent-server', 'konnectivity', { 'konnectivity.agentAuthentication': 'mtls' }, 'clientAuthentication', 'certificate'],
    ['agent with no authentication', 'konnectivity-agent-server', 'konnectivity', { 'konnectivity.agentAuthentication': 'none' }, 'clientAuthentication', 'none'],
    ['no Konnectivity: agent path absent', 'konnectivity-agent-server', 'kubeadm', {}, 'encryption', 'n/a'],
    ['UDS frontend is local IPC', 'apiserver-konnectivity-server', 'konnectivity', {}, 'encryption', 'local-ipc'],
    ['tcp-tls frontend is mutual TLS', 'apiserver-konnectivity-server', 'konnectivity', { 'konnectivity.frontend': 'tcp-tls' }, 'clientAuthentication', 'certificate'],
    ['plain tcp frontend fails the handshake', 'apiserver-konnectivity-server', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'serverVerified', 'fails'],
    ['SSH tunnel accepts any host key', 'apiserver-ssh-tunnel', 'legacy-ssh', {}, 'serverVerified', 'no'],
    ['SSH tunnel authenticates with a key', 'apiserver-ssh-tunnel', 'legacy-ssh', {}, 'clientAuthentication', 'ssh-key'],
    ['SSH tunnel on 1.22+ fails at startup', 'apiserver-ssh-tunnel', 'legacy-ssh', { version: '1.22' }, 'transport', 'broken'],
    ['Konnectivity over plain tcp: every dial of the kubelet path fails', 'apiserver-kubelet', 'konnectivity', { 'konnectivity.frontend': 'tcp' }, 'transport', 'broken'],
    ['a server mode mismatch fails the frontend dial', 'apiserver-konnectivity-server', 'konnectivity', { 'konnectivity.serverMatchesEgress': false }, 'serverVerified', 'fails'],
    ['read-only port is plaintext', 'kubelet-readonly', 'legacy-ssh', {}, 'encryption', 'none'],
    ['read-only port off: absent', 'kubelet-readonly', 'kubeadm', {}, 'transport', 'none'],
    ['kubelet → apiserver: certificate', 'kubelet-apiserver', 'kubeadm', {}, 'clientAuthentication', 'certificate'],
    ['kubelet → apiserver: verified', 'kubelet-apiserver', 'flags-only', {}, 'serverVerified', 'yes'],
    ['apiserver authorization names the modes', 'kube-proxy-apiserver', 'kubeadm', {}, 'authorization', 'Node,RBAC'],
  ])('%s', (_, id, preset, overrides, field, want) => {
    expect(pathProperties(id, view(preset, overrides))[field].value).toBe(want);
  });

  it('explains every property in words', () => {
    const props = pathProperties('apiserver-kubelet', view('kubeadm'));
    expect(props.serverVerified.text).toContain('--kubelet-certificate-authority');
    expect(Object.values(props).every((x) => x.text.length > 0)).toBe(true);
  });
});

// The hop-by-hop table is a second description of the same rules: tie it to them. Written from the
// state definitions of DOMAIN.md §3, not from properties.ts: what each state says about the hops.
const SAFE_AUTH = ['certificate', 'token', 'ssh-key', 'file-permissions'];
function agrees(state: PathState, p: PathProperties): string | null {
  const t = p.transport.value;
  const v = p.serverVerified.value;
  const a = p.clientAuthentication.value;
  const fails = v === 'fails' || a === 'rejected' || t === 'broken';
  if ((state === 'disabled') !== (t === 'none')) return `disabled iff there is no transport (transport ${t})`;
  if ((state === 'broken') !== fails) return `broken iff a hop fails (${t}/${v}/${a})`;
  if (state === 'secure' && !(['yes', 'n/a'].includes(v) && SAFE_AUTH.includes(a))) return `secure but ${v}/${a}`;
  if (state === 'tunneled' && t !== 'konnectivity') return `tunneled but ${t}`;
  if (state === 'plaintext' && p.encryption.value !== 'none') return `plaintext but ${p.encryption.value}`;
  if (state === 'unverified' && !(v === 'no' || a === 'anonymous' || a === 'none')) return `unverified but ${v}/${a}`;
  return null;
}

describe('the hop-by-hop table agrees with the rules', () => {
  it.each(PRESET_NAMES)('on every path of every pool of %s', (name) => {
    for (const v of poolViews(PRESETS[name])) {
      for (const id of PATH_IDS) expect(agrees(pathStates(v)[id], pathProperties(id, v)), `${name} ${id}`).toBeNull();
    }
  });

  it('on random pool views (fast-check)', () => {
    fc.assert(
      fc.property(arbPoolView, fc.constantFrom(...PATH_IDS), (v, id) => {
        expect(agrees(pathStates(v)[id], pathProperties(id, v)), id).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
