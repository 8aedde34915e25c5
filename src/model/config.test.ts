import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, getKey, KEY_SPECS, parseValue, setKey, formatValue } from './config';
import { PRESETS } from './presets';

describe('config keys', () => {
  it('round-trips every key of every preset through format and parse', () => {
    for (const config of Object.values(PRESETS)) {
      for (const key of CONFIG_KEYS) {
        const parsed = parseValue(key, formatValue(getKey(config, key)));
        expect(parsed, key).toEqual({ ok: true, value: getKey(config, key) });
      }
    }
  });

  it.each([
    ['apiserver.kubeletCertificateAuthority', 'yes', 'true|false'],
    ['kubelet.readOnlyPort', 'abc', 'integer'],
    ['kubelet.readOnlyPort', '70000', 'integer'],
    ['kubelet.servingCertificate', 'signed', 'self-signed|ca-signed|tls-bootstrap'],
    ['apiserver.authorizationModes', 'Node,Foo', 'AlwaysAllow'],
    ['apiserver.authorizationModes', 'RBAC,RBAC', 'repeated'],
    ['version', '2.1', '1.N'],
  ] as const)('rejects %s=%s naming the choices', (key, text, hint) => {
    const r = parseValue(key, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(hint);
  });

  it('parses lists, versions and numbers', () => {
    expect(parseValue('apiserver.authorizationModes', 'Node,RBAC')).toEqual({ ok: true, value: ['Node', 'RBAC'] });
    expect(parseValue('version', 'v1.30.2')).toEqual({ ok: true, value: '1.30' });
    expect(parseValue('kubelet.readOnlyPort', '10255')).toEqual({ ok: true, value: 10255 });
  });

  it('sets a key without touching the original', () => {
    const next = setKey(PRESETS.kubeadm, 'kubelet.readOnlyPort', 10255);
    expect(next.pools[0]!.kubelet.readOnlyPort).toBe(10255);
    expect(PRESETS.kubeadm.pools[0]!.kubelet.readOnlyPort).toBe(0);
    expect(next.apiserver).toBe(PRESETS.kubeadm.apiserver);
  });

  it('names a real flag or field for every key', () => {
    for (const key of CONFIG_KEYS) expect(KEY_SPECS[key].flag.length, key).toBeGreaterThan(3);
    expect(KEY_SPECS['apiserver.kubeletCertificateAuthority'].flag).toBe('--kubelet-certificate-authority');
    expect(KEY_SPECS['kubelet.anonymousAuth'].flag).toContain('authentication.anonymous.enabled');
  });
});
