import { describe, expect, it } from 'vitest';
import type { ConfigKey, ConfigValue } from './config';
import { assessPath, configWarnings } from './assess';
import { setKey } from './config';
import { withPoolSizes } from './pools';
import type { PresetName } from './presets';
import { scenario } from './testing';

type Row = [string, PresetName, Partial<Record<ConfigKey, ConfigValue>>, readonly string[]];

// DOMAIN.md §5: kube-apiserver resets --anonymous-auth when AlwaysAllow is among the modes
// (ApplyAuthorization, pkg/kubeapiserver/options/authentication.go), and exits on the SSH flags
// from v1.22 ("unknown flag").
const RESET = 'Resetting AnonymousAuth to false';
const SSH = 'unknown flag: --ssh-user';

describe('configWarnings', () => {
  it.each<Row>([
    ['anonymous auth with AlwaysAllow (flags-only): reset', 'flags-only', {}, [RESET]],
    ['anonymous auth with AlwaysAllow later in the chain: reset', 'kubeadm', { 'apiserver.authorizationModes': ['Node', 'RBAC', 'AlwaysAllow'] }, [RESET]],
    ['anonymous auth with Node,RBAC (kubeadm): nothing to reset', 'kubeadm', {}, []],
    ['AlwaysAllow with anonymous auth off: nothing to reset', 'flags-only', { 'apiserver.anonymousAuth': false }, []],
    ['anonymous auth off and Node,RBAC (hardened): no warning', 'hardened', {}, []],
    ['SSH flags on v1.22: the apiserver exits', 'legacy-ssh', { version: '1.22' }, [SSH]],
    ['SSH flags on v1.21: still accepted', 'legacy-ssh', {}, []],
    ['both at once, SSH first', 'flags-only', { 'apiserver.sshTunnels': true }, [SSH, RESET]],
  ])('%s', (_, preset, o, want) => {
    const got = configWarnings(scenario(preset, o)).map((w) => w.message);
    expect(got).toHaveLength(want.length);
    want.forEach((text, i) => expect(got[i]).toContain(text));
  });
});

describe('assessPath without precomputed facts', () => {
  // Pool b alone opens the kubelet read-only port; DOMAIN.md §10: plaintext :10255 exposes pod
  // specs to anyone who reaches the node and to any pod.
  const config = setKey(withPoolSizes(scenario('kubeadm'), [{ name: 'a', nodes: 3 }, { name: 'b', nodes: 1 }]), 'kubelet.readOnlyPort', 10255, 'b');

  it('reads the pool the instance names: pool b is plaintext and exposed to anyone and pods', () => {
    const p = assessPath(config, { id: 'kubelet-readonly', pool: 1 });
    expect([p.state, p.pool]).toEqual(['plaintext', 'b']);
    expect(p.exposures.map((e) => e.position).sort()).toEqual(['anyone', 'pod']);
  });

  it('leaves pool a disabled with nothing exposed', () => {
    const p = assessPath(config, { id: 'kubelet-readonly', pool: 0 });
    expect([p.state, p.exposures]).toEqual(['disabled', []]);
  });
});
