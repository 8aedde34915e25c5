import type { ConfigKey } from '../config';
import { KUBEADM_KUBELET_DEFAULTS, KUBELET_CONFIG_FILE_DEFAULTS, KUBELET_FLAGS_ONLY_DEFAULTS } from '../defaults';
import { Collector, type FileFlag, type MergedFlags } from './derive';
import { isPlaceholder } from './flags';
import type { Derived } from './types';

/** Where the kubelet's settings were found. */
export interface KubeletInputs {
  readonly fields?: ReadonlyMap<ConfigKey, Derived>;
  readonly flags?: MergedFlags;
  /** The file and line of the kubelet command line or config document, for warnings. */
  readonly where: { readonly file: string; readonly line: number };
  /** The flags come from kubeadm's kubeletExtraArgs: the kubelet reads the config file kubeadm writes. */
  readonly kubeadm?: boolean;
}

/** Derives the kubelet keys: flags over the config file over the right default set. */
export function deriveKubelet(k: KubeletInputs): Collector {
  const c = new Collector();
  const flags: MergedFlags = k.flags ?? new Map();
  const configFlag = flags.get('config');
  const kubeadmFile = k.kubeadm === true && k.fields === undefined;
  const fileMode =
    k.kubeadm === true ||
    k.fields !== undefined ||
    (configFlag !== undefined && configFlag.value !== '');
  const d = kubeadmFile
    ? KUBEADM_KUBELET_DEFAULTS
    : fileMode
      ? KUBELET_CONFIG_FILE_DEFAULTS
      : KUBELET_FLAGS_ONLY_DEFAULTS;
  const component = kubeadmFile
    ? 'kubelet (the config file kubeadm writes)'
    : fileMode
      ? 'kubelet (config file defaults)'
      : 'kubelet (flags only, no --config)';
  const def = (detail: string) =>
    ({ kind: 'default', component, detail, file: k.where.file }) as const;
  if (configFlag && k.fields === undefined) {
    c.warn(
      configFlag,
      `the kubelet reads --config=${configFlag.value}, which was not imported: its fields take the config-file defaults (add the file for its real values)`,
    );
  }
  const fromFile = (key: ConfigKey) => k.fields?.get(key);
  const pick = (
    key: ConfigKey,
    flag: FileFlag | undefined,
    value: (f: FileFlag) => unknown,
    fallback: unknown,
    detail: string,
  ) => {
    if (flag) {
      const v = value(flag);
      if (v !== undefined) {
        c.set(key, v as never, c.at(flag));
        return;
      }
    }
    const f = fromFile(key);
    if (f) c.values.set(key, f);
    else c.set(key, fallback as never, def(detail));
  };
  const boolFlag = (f: FileFlag) => c.bool(f);
  pick(
    'kubelet.anonymousAuth',
    flags.get('anonymous-auth'),
    boolFlag,
    d.anonymousAuth,
    `anonymous authentication ${d.anonymousAuth ? 'on' : 'off'}`,
  );
  pick(
    'kubelet.webhookAuthentication',
    flags.get('authentication-token-webhook'),
    boolFlag,
    d.webhookAuthentication,
    `webhook authentication ${d.webhookAuthentication ? 'on' : 'off'}`,
  );
  pick(
    'kubelet.clientCAFile',
    flags.get('client-ca-file'),
    (f) => c.present(f),
    d.clientCAFile,
    d.clientCAFile ? 'clientCAFile set by kubeadm' : 'no client CA file',
  );
  pick(
    'kubelet.authorizationMode',
    flags.get('authorization-mode'),
    (f) => {
      if (f.value === 'AlwaysAllow' || f.value === 'Webhook') return f.value;
      if (isPlaceholder(f.value)) return undefined;
      c.errors.push({
        file: f.file,
        line: f.line,
        message: `kubelet --authorization-mode must be AlwaysAllow or Webhook, got "${f.value.slice(0, 60)}"`,
      });
      return undefined;
    },
    d.authorizationMode,
    `authorization ${d.authorizationMode}`,
  );
  pick(
    'kubelet.readOnlyPort',
    flags.get('read-only-port'),
    (f) => {
      if (/^\d{1,5}$/.test(f.value) && Number(f.value) <= 65535) return Number(f.value);
      if (isPlaceholder(f.value)) {
        c.warn(f, `--read-only-port=${f.value} is a placeholder; the default is shown`);
        return undefined;
      }
      c.errors.push({
        file: f.file,
        line: f.line,
        message: `--read-only-port must be a port number 0..65535, got "${f.value.slice(0, 60)}"`,
      });
      return undefined;
    },
    d.readOnlyPort,
    `read-only port ${d.readOnlyPort}`,
  );
  const rotate = flags.get('rotate-server-certificates');
  const rotateOn = rotate ? c.bool(rotate) : undefined;
  const certFlag = flags.get('tls-cert-file');
  if (rotate && rotateOn === true)
    c.set('kubelet.servingCertificate', 'tls-bootstrap', c.at(rotate));
  else if (
    certFlag &&
    c.present(certFlag) &&
    (fromFile('kubelet.servingCertificate')?.value !== 'tls-bootstrap' || rotateOn === false)
  ) {
    c.set('kubelet.servingCertificate', 'ca-signed', c.at(certFlag));
  } else if (
    rotateOn === false &&
    fromFile('kubelet.servingCertificate')?.value === 'tls-bootstrap'
  ) {
    c.set('kubelet.servingCertificate', 'self-signed', c.at(rotate!));
  } else {
    const f = fromFile('kubelet.servingCertificate');
    if (f) c.values.set('kubelet.servingCertificate', f);
    else
      c.set(
        'kubelet.servingCertificate',
        d.servingCertificate,
        def('no tlsCertFile and no serverTLSBootstrap: self-signed'),
      );
  }
  const port = c.values.get('kubelet.readOnlyPort');
  if (!fileMode && port?.prov.kind === 'default' && port.value === 10255) {
    c.warn(
      k.where,
      'the kubelet runs without --config and without --read-only-port, so the unauthenticated read-only port 10255 is open (its flags-only default). kube-bench passes this check when the setting is absent, which is wrong here.',
    );
  }
  return c;
}
