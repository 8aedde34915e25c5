import { describe, expect, it } from 'vitest';
import type { KubeletConfig } from '../types';
import { samePath } from './kubelet';
import { bad, FLAGS_ONLY, ok, said } from './testHelpers';
import type { ImportSuccess } from './types';

// The config-file default set, written from docs/importing.md "Defaults" (upstream kubelet
// behaviour); the flags-only set is FLAGS_ONLY in testHelpers.ts.
const CONFIG_FILE: KubeletConfig = {
  anonymousAuth: false,
  webhookAuthentication: true,
  clientCAFile: false,
  authorizationMode: 'Webhook',
  readOnlyPort: 0,
  servingCertificate: 'self-signed',
};

const cfg = (body: string) =>
  `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
// The kubelet's command line is on line 2 of this unit.
const unit = (flags: string): [string, string] => [
  'k.service',
  `[Service]\nExecStart=/usr/bin/kubelet ${flags}\n`,
];
const kubelet = (r: ImportSuccess) => r.config.pools[0]!.kubelet;

const KUBE_BENCH =
  'k.service:2: the kubelet runs without --config and without --read-only-port, so the unauthenticated read-only port 10255 is open (its flags-only default). kube-bench passes this check when the setting is absent, which is wrong here.';

describe('which defaults a kubelet starts from', () => {
  it('takes the flags-only defaults for an empty --config= (no file), without a warning about an unimported file', () => {
    const r = ok(unit('--config= --kubeconfig=/k'));
    expect(kubelet(r)).toEqual(FLAGS_ONLY);
    expect(said(r)).toEqual([KUBE_BENCH]);
  });

  it('takes the flags-only defaults for a kubelet run with no flags at all', () => {
    const r = ok(['k.service', '[Service]\nExecStart=/usr/bin/kubelet\n']);
    expect(kubelet(r)).toEqual(FLAGS_ONLY);
  });

  it('takes the config-file defaults when --config names a file that was not imported, and says so at the flag', () => {
    const r = ok(unit('--config=/etc/kubernetes/kubelet.yaml --kubeconfig=/k'));
    expect(kubelet(r)).toEqual(CONFIG_FILE);
    expect(said(r)).toEqual([
      'k.service:2: the kubelet reads --config=/etc/kubernetes/kubelet.yaml, which was not imported: its fields take the config-file defaults (add the file for its real values)',
    ]);
  });

  it('warns about a --config-dir none of whose drop-ins was imported, and not about an empty --config-dir=', () => {
    const r = ok(unit('--config-dir=/etc/kubernetes/kubelet.conf.d --kubeconfig=/k'));
    expect(said(r)).toEqual([
      'k.service:2: the kubelet also reads the drop-ins in --config-dir=/etc/kubernetes/kubelet.conf.d, and none was imported: they may change these settings (add the .conf files)',
      KUBE_BENCH,
    ]);
    expect(said(ok(unit('--config-dir= --kubeconfig=/k')))).toEqual([KUBE_BENCH]);
  });

  it('gives no kube-bench warning when the flags-only kubelet sets --read-only-port itself (0 or 10255)', () => {
    for (const port of ['0', '10255']) {
      const r = ok(unit(`--read-only-port=${port} --kubeconfig=/k`));
      expect(kubelet(r).readOnlyPort).toBe(Number(port));
      expect(said(r)).toEqual([]);
    }
  });
});

describe('drop-ins and the warnings about them', () => {
  it('applies a drop-in imported alone over the config-file defaults, warning once at the drop-in', () => {
    const r = ok(['10-a.conf', cfg('readOnlyPort: 10255\n')]);
    expect(kubelet(r)).toEqual({ ...CONFIG_FILE, readOnlyPort: 10255 });
    expect(said(r)).toEqual([
      '10-a.conf:1: a --config-dir drop-in with neither its --config file nor the kubelet command line: it was applied over the config-file defaults (without --config the kubelet starts from its flags-only defaults instead)',
    ]);
  });

  it('gives no warning for a drop-in applied over the only configuration file, with no command line', () => {
    const r = ok(
      ['kubelet.yaml', cfg('readOnlyPort: 0\n')],
      ['10-a.conf', cfg('readOnlyPort: 10255\n')],
    );
    expect(kubelet(r)).toEqual({ ...CONFIG_FILE, readOnlyPort: 10255 });
    expect(said(r)).toEqual([]);
  });

  it('warns only about the unimported --config when the command line has --config-dir and its drop-in is imported', () => {
    const r = ok(unit('--config=/etc/k/config.yaml --config-dir=/etc/k/conf.d --kubeconfig=/k'), [
      '10-a.conf',
      cfg('readOnlyPort: 10255\n'),
    ]);
    expect(kubelet(r)).toEqual({ ...CONFIG_FILE, readOnlyPort: 10255 });
    expect(said(r)).toEqual([
      'k.service:2: the kubelet reads --config=/etc/k/config.yaml, which was not imported: its fields take the config-file defaults (add the file for its real values)',
    ]);
  });

  it('names the drop-in and its line when the kubelet refuses its apiVersion', () => {
    const r = ok(unit('--config-dir=/d --kubeconfig=/k'), [
      '10-a.conf',
      '# hardening\napiVersion: kubelet.config.k8s.io/v1\nkind: KubeletConfiguration\nreadOnlyPort: 0\n',
    ]);
    expect(said(r)).toEqual([
      '10-a.conf:2: the kubelet refuses to start with this drop-in: its apiVersion is kubelet.config.k8s.io/v1, and drop-ins must be kubelet.config.k8s.io/v1beta1 KubeletConfiguration',
    ]);
  });

  it('gives a field a drop-in removes with null the line of that null and says the default applies', () => {
    const r = ok(unit('--config-dir=/d --read-only-port=$PORT --kubeconfig=/k'), [
      '10-x.conf',
      cfg('readOnlyPort: null\n'),
    ]);
    expect(kubelet(r).readOnlyPort).toBe(0);
    expect(r.provenance['kubelet.readOnlyPort']).toEqual({
      kind: 'file',
      file: '10-x.conf',
      line: 3,
      setting:
        'readOnlyPort: null (removed by the drop-in; the KubeletConfiguration default applies)',
    });
  });
});

describe('kubelet flags', () => {
  it('shows the default, from the defaults, for a placeholder --anonymous-auth, and warns', () => {
    const r = ok(unit('--anonymous-auth=$ANON --read-only-port=0'));
    expect(kubelet(r).anonymousAuth).toBe(true);
    expect(r.provenance['kubelet.anonymousAuth']).toEqual({
      kind: 'default',
      component: 'kubelet (flags only, no --config)',
      detail: 'anonymous authentication on',
      file: 'k.service',
    });
    expect(said(r)).toEqual([
      'k.service:2: --anonymous-auth=$ANON is a placeholder; its value is not known, so the default is shown',
    ]);
  });

  it('reads --authentication-token-webhook: false over the config-file default, bare as true over the flags-only one', () => {
    const off = ok(unit('--config=/etc/kubelet.yaml --authentication-token-webhook=false'));
    expect(kubelet(off).webhookAuthentication).toBe(false);
    expect(off.provenance['kubelet.webhookAuthentication']).toMatchObject({
      kind: 'file',
      line: 2,
      setting: '--authentication-token-webhook',
    });
    const on = ok(unit('--authentication-token-webhook --read-only-port=0'));
    expect(kubelet(on).webhookAuthentication).toBe(true);
  });

  it('reads --client-ca-file with a path as a client CA, and a blank one as none', () => {
    expect(kubelet(ok(unit('--client-ca-file=/etc/kubernetes/pki/ca.crt'))).clientCAFile).toBe(
      true,
    );
    expect(kubelet(ok(unit('--client-ca-file=" " --read-only-port=0'))).clientCAFile).toBe(false);
  });

  it('lets --rotate-server-certificates=false turn off the serverTLSBootstrap of the config file', () => {
    const r = ok(unit('--config=/etc/kubelet.yaml --rotate-server-certificates=false'), [
      'kubelet.yaml',
      cfg('serverTLSBootstrap: true\n'),
    ]);
    expect(kubelet(r).servingCertificate).toBe('self-signed');
    expect(r.provenance['kubelet.servingCertificate']).toEqual({
      kind: 'file',
      file: 'k.service',
      line: 2,
      setting: '--rotate-server-certificates',
    });
  });

  it('reads a blank --tls-cert-file as no certificate file: self-signed', () => {
    expect(kubelet(ok(unit('--tls-cert-file=" " --read-only-port=0'))).servingCertificate).toBe(
      'self-signed',
    );
  });

  it('reads --authorization-mode=AlwaysAllow over the config file, and a placeholder as the default without an error', () => {
    const file: [string, string] = ['kubelet.yaml', cfg('authorization:\n  mode: Webhook\n')];
    const r = ok(unit('--config=/etc/kubelet.yaml --authorization-mode=AlwaysAllow'), file);
    expect(kubelet(r).authorizationMode).toBe('AlwaysAllow');
    const p = ok(unit('--config=/etc/kubelet.yaml --authorization-mode=${MODE}'), file);
    expect(kubelet(p).authorizationMode).toBe('Webhook');
  });

  it('names the first 60 characters of a kubelet --authorization-mode it refuses', () => {
    const r = bad(unit(`--authorization-mode=${'Webhook,'.repeat(10)}`));
    expect(r.errors).toEqual([
      {
        file: 'k.service',
        line: 2,
        message: `kubelet --authorization-mode must be AlwaysAllow or Webhook, got "${'Webhook,'.repeat(7)}Webh"`,
      },
    ]);
  });

  // strconv.ParseInt neither trims nor accepts more than int32; the kubelet then checks 0..65535.
  it.each<[string, string, string]>([
    ['a blank before the number', '" 80"', ' 80'],
    ['a blank after the number', '"80 "', '80 '],
    ['a negative port', '-1', '-1'],
    ['a port above 65535', '65536', '65536'],
    ['a long word, named by its first 60 characters', '9'.repeat(70), '9'.repeat(60)],
  ])('refuses --read-only-port with %s', (_what, written, shown) => {
    expect(bad(unit(`--read-only-port=${written}`)).errors).toEqual([
      {
        file: 'k.service',
        line: 2,
        message: `--read-only-port must be a port number 0..65535, got "${shown}"`,
      },
    ]);
  });

  it('accepts --read-only-port 65535, the highest port', () => {
    expect(kubelet(ok(unit('--read-only-port=65535'))).readOnlyPort).toBe(65535);
  });
});

describe('provenance of kubelet defaults', () => {
  it('names the configuration file, not the unit, for a default applied to a configured kubelet', () => {
    const r = ok(unit('--config=/etc/kubelet.yaml --anonymous-auth=false'), [
      'kubelet.yaml',
      cfg('readOnlyPort: 0\n'),
    ]);
    expect(r.provenance['kubelet.webhookAuthentication']).toEqual({
      kind: 'default',
      component: 'kubelet (config file defaults)',
      detail: 'webhook authentication on',
      file: 'kubelet.yaml',
    });
    expect(r.provenance['kubelet.servingCertificate']).toEqual({
      kind: 'default',
      component: 'kubelet (config file defaults)',
      detail: 'no tlsCertFile and no serverTLSBootstrap: self-signed',
      file: 'kubelet.yaml',
    });
  });

  it('gives a self-signed certificate the line of serverTLSBootstrap: false when the file sets it', () => {
    const r = ok(['kubelet.yaml', cfg('serverTLSBootstrap: false\n')]);
    expect(r.provenance['kubelet.servingCertificate']).toEqual({
      kind: 'file',
      file: 'kubelet.yaml',
      line: 3,
      setting: 'serverTLSBootstrap',
    });
  });

  it('reads readOnlyPort: null in a configuration file as absent: the default 0', () => {
    const r = ok(['kubelet.yaml', cfg('readOnlyPort: null\n')]);
    expect(kubelet(r).readOnlyPort).toBe(0);
    expect(r.provenance['kubelet.readOnlyPort']).toEqual({
      kind: 'default',
      component: 'kubelet (config file defaults)',
      detail: 'read-only port 0',
      file: 'kubelet.yaml',
    });
  });

  it('takes a KubeletConfiguration file naming <cert-dir>/kubelet.crt as a CA-signed certificate file, without the configz warning', () => {
    const r = ok(['kubelet.yaml', cfg('tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\n')]);
    expect(kubelet(r).servingCertificate).toBe('ca-signed');
    expect(said(r)).toEqual([]);
  });
});

describe('configz objects', () => {
  const wrap = (config: Record<string, unknown>) =>
    `$ kubectl get --raw "/api/v1/nodes/n1/proxy/configz"\n${JSON.stringify({ kubeletconfig: config })}\n`;
  const whole = {
    authentication: { webhook: { enabled: true }, anonymous: { enabled: false } },
    authorization: { mode: 'Webhook' },
  };

  it('says an absent readOnlyPort is the zero value configz omits', () => {
    const r = ok(['s', wrap(whole)]);
    expect(r.provenance['kubelet.readOnlyPort']).toEqual({
      kind: 'default',
      component: 'kubelet configz (the kubelet omits zero values)',
      detail: 'readOnlyPort absent: 0 (configz omits zero values)',
      file: 's',
    });
  });

  it('warns at the object when it has no authorization.mode', () => {
    const r = ok(['s', wrap({ authentication: whole.authentication })]);
    expect(said(r)).toEqual([
      's:2: this configz object has no authorization.mode, which a running kubelet always reports: it is not a whole configz answer; the config-file default is shown',
    ]);
  });

  it('names only the first 100 characters of a long tlsCertFile, self-signed or not', () => {
    const dir = `/${'d'.repeat(120)}`;
    const self = ok([
      's',
      `root 9 1 /usr/bin/kubelet --cert-dir=${dir} --kubeconfig=/k\n${wrap({ ...whole, tlsCertFile: `${dir}/kubelet.crt` })}`,
    ]);
    expect(self.provenance['kubelet.servingCertificate']).toMatchObject({
      setting: `tlsCertFile /${'d'.repeat(99)} (<cert-dir>/kubelet.crt: the certificate the kubelet generated for itself)`,
    });
    const other = ok(['s', wrap({ ...whole, tlsCertFile: `/etc/${'x'.repeat(150)}.crt` })]);
    expect(other.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(new RegExp(`^tlsCertFile /etc/${'x'.repeat(95)} is not the kubelet's`)),
    ]);
  });
});

describe('samePath', () => {
  it.each<[string, string, boolean]>([
    ['/var/lib/kubelet/pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', true],
    ['/var/lib/kubelet/./pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', true],
    ['/var/lib/kubelet/x/../pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', true],
    // POSIX: `..` at the root is the root.
    ['/../var/lib/kubelet/pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', true],
    ['//var/lib//kubelet/pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', true],
    ['var/lib/kubelet/pki/kubelet.crt', '/var/lib/kubelet/pki/kubelet.crt', false],
    ['/var/lib/kubelet/pki/kubelet.crt', '/var/lib/kubelet/kubelet.crt', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePath(a, b)).toBe(same);
  });
});
