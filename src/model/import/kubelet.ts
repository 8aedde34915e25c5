import type { KubeletKey } from '../config';
import {
  KUBEADM_KUBELET_DEFAULTS,
  KUBELET_CERT_DIR,
  KUBELET_CONFIG_FILE_DEFAULTS,
  KUBELET_FLAGS_ONLY_DEFAULTS,
} from '../defaults';
import type { KubeletConfig } from '../types';
import { Collector, type FileFlag, type MergedFlags } from './derive';
import { isPlaceholder } from './flags';
import type { FactAt, FactValue, KubeletFact } from './kubeletFacts';
import type { KubeletConfigSource } from './sources';
import type { Provenance } from './types';

/** The kubelet sources of one node of a pool: at most one configuration, its drop-ins, its flags. */
export interface KubeletInputs {
  /** A KubeletConfiguration file or document, or one configz object. */
  readonly config?: KubeletConfigSource;
  /** `--config-dir` drop-ins, applied in this order as JSON merge patches over the config. */
  readonly dropIns: readonly KubeletConfigSource[];
  /** Flags of every command line of this kubelet, merged in input order (the last wins). */
  readonly flags: MergedFlags;
  /** Some flags come from kubeadm's kubeletExtraArgs: the kubelet reads the file kubeadm writes. */
  readonly kubeadmFlags: boolean;
  /** The file and line that stands for this kubelet in warnings. */
  readonly where: { readonly file: string; readonly line: number };
}

/** Which default set absent settings take. */
type Mode = 'flags-only' | 'config-file' | 'kubeadm' | 'configz';

const MODE_DEFAULTS: Readonly<Record<Mode, KubeletConfig>> = {
  'flags-only': KUBELET_FLAGS_ONLY_DEFAULTS,
  'config-file': KUBELET_CONFIG_FILE_DEFAULTS,
  kubeadm: KUBEADM_KUBELET_DEFAULTS,
  // configz has every default filled in; a field it leaves out is a zero value it omits.
  configz: KUBELET_CONFIG_FILE_DEFAULTS,
};

const MODE_COMPONENT: Readonly<Record<Mode, string>> = {
  'flags-only': 'kubelet (flags only, no --config)',
  'config-file': 'kubelet (config file defaults)',
  kubeadm: 'kubelet (the config file kubeadm writes)',
  configz: 'kubelet configz (the kubelet omits zero values)',
};

/** The fact values of a default set, for the layers to start from. */
function factDefaults(d: KubeletConfig): Readonly<Record<KubeletFact, FactValue>> {
  return {
    anonymous: d.anonymousAuth,
    webhook: d.webhookAuthentication,
    clientCAFile: d.clientCAFile ? '<certificatesDir>/ca.crt' : '',
    authorizationMode: d.authorizationMode,
    readOnlyPort: d.readOnlyPort,
    serverTLSBootstrap: d.servingCertificate === 'tls-bootstrap',
    tlsCertFile: '',
  };
}

// Fields a kubelet always reports in configz (pointers or defaulted strings): absence means the
// object is not a whole configz answer.
const ALWAYS_IN_CONFIGZ: readonly KubeletFact[] = ['anonymous', 'webhook', 'authorizationMode'];

interface Resolved {
  readonly value: FactValue;
  readonly prov: Provenance;
  /** Where the configz object itself set it (not a default, a drop-in or a flag). */
  readonly configzAt?: FactAt;
}

function modeOf(k: KubeletInputs): Mode {
  if (k.config?.origin === 'configz') return 'configz';
  if (k.config) return k.config.kubeadm ? 'kubeadm' : 'config-file';
  if (k.kubeadmFlags) return 'kubeadm';
  const configFlag = k.flags.get('config');
  if (configFlag && configFlag.value !== '') return 'config-file';
  // Drop-ins with no kubelet command line: nothing says whether a --config sits under them.
  if (k.dropIns.length > 0 && k.flags.size === 0) return 'config-file';
  return 'flags-only';
}

/** Derives the six kubelet keys of one kubelet: flags over drop-ins over its configuration over the right defaults. */
export function deriveKubelet(k: KubeletInputs): Collector {
  const c = new Collector();
  const mode = modeOf(k);
  const d = MODE_DEFAULTS[mode];
  const defaults = factDefaults(d);
  const component = MODE_COMPONENT[mode];
  const def = (detail: string): Provenance => ({
    kind: 'default',
    component,
    detail,
    file: k.config?.file ?? k.where.file,
  });
  warnAboutBase(k, c);

  const fact = (f: KubeletFact, detail: string): Resolved => {
    let cur: Resolved = { value: defaults[f], prov: def(detail) };
    const own = k.config?.facts.get(f);
    // In the configuration itself `null` is the same as absent.
    if (own && own.value !== null)
      cur = {
        value: own.value,
        prov: own.at,
        ...(mode === 'configz' ? { configzAt: own.at } : {}),
      };
    else if (mode === 'configz' && ALWAYS_IN_CONFIGZ.includes(f)) {
      c.warn(
        { file: k.config!.file, line: k.config!.line },
        `this configz object has no ${f === 'authorizationMode' ? 'authorization.mode' : `authentication.${f}.enabled`}, which a running kubelet always reports: it is not a whole configz answer; the config-file default is shown`,
      );
    }
    for (const drop of k.dropIns) {
      const hit = drop.facts.get(f);
      if (!hit) continue;
      cur =
        hit.value === null
          ? {
              // The merge patch removes the field; the kubelet then applies the v1beta1 defaults.
              value: factDefaults(KUBELET_CONFIG_FILE_DEFAULTS)[f],
              prov: {
                ...hit.at,
                setting: `${hit.at.setting}: null (removed by the drop-in; the KubeletConfiguration default applies)`,
              },
            }
          : { value: hit.value, prov: hit.at };
    }
    return cur;
  };
  const put = (key: KubeletKey, r: Resolved, value = r.value) => c.set(key, value, r.prov);
  const fromFlag = (f: FileFlag | undefined, value: unknown): Resolved | undefined =>
    f && value !== undefined ? { value: value as FactValue, prov: c.at(f) } : undefined;

  const flag = (name: string) => k.flags.get(name);
  const anon = flag('anonymous-auth');
  put(
    'kubelet.anonymousAuth',
    fromFlag(anon, anon && c.bool(anon)) ??
      fact('anonymous', `anonymous authentication ${d.anonymousAuth ? 'on' : 'off'}`),
  );
  const hook = flag('authentication-token-webhook');
  put(
    'kubelet.webhookAuthentication',
    fromFlag(hook, hook && c.bool(hook)) ??
      fact('webhook', `webhook authentication ${d.webhookAuthentication ? 'on' : 'off'}`),
  );
  const ca = flag('client-ca-file');
  const caFact =
    fromFlag(ca, ca && c.present(ca) ? ca.value : ca ? '' : undefined) ??
    fact('clientCAFile', d.clientCAFile ? 'clientCAFile set by kubeadm' : 'no client CA file');
  put('kubelet.clientCAFile', caFact, caFact.value !== '');
  const modeFlag = flag('authorization-mode');
  put(
    'kubelet.authorizationMode',
    fromFlag(modeFlag, modeFlag && kubeletMode(c, modeFlag)) ??
      fact('authorizationMode', `authorization ${d.authorizationMode}`),
  );
  const portFlag = flag('read-only-port');
  const port =
    fromFlag(portFlag, portFlag && portValue(c, portFlag)) ??
    fact(
      'readOnlyPort',
      mode === 'configz'
        ? 'readOnlyPort absent: 0 (configz omits zero values)'
        : `read-only port ${d.readOnlyPort}`,
    );
  put('kubelet.readOnlyPort', port);
  servingCertificate(k, mode, c, fact, fromFlag);

  // Without --config the read-only port's default is 10255 (no other default set opens it).
  if (mode === 'flags-only' && port.prov.kind === 'default') {
    c.warn(
      k.where,
      'the kubelet runs without --config and without --read-only-port, so the unauthenticated read-only port 10255 is open (its flags-only default). kube-bench passes this check when the setting is absent, which is wrong here.',
    );
  }
  return c;
}

function warnAboutBase(k: KubeletInputs, c: Collector): void {
  const configFlag = k.flags.get('config');
  if (configFlag && configFlag.value !== '' && !k.config && !k.kubeadmFlags) {
    c.warn(
      configFlag,
      `the kubelet reads --config=${configFlag.value}, which was not imported: its fields take the config-file defaults (add the file for its real values)`,
    );
  }
  const dir = k.flags.get('config-dir');
  if (dir && dir.value !== '' && k.dropIns.length === 0) {
    c.warn(
      dir,
      `the kubelet also reads the drop-ins in --config-dir=${dir.value}, and none was imported: they may change these settings (add the .conf files)`,
    );
  }
  const first = k.dropIns[0];
  if (!first) return;
  if (k.flags.size > 0 && !dir) {
    c.warn(
      { file: first.file, line: first.line },
      'this drop-in was applied, but the imported kubelet command line has no --config-dir: unless another file adds the flag, the kubelet does not read drop-ins',
    );
  } else if (k.flags.size === 0 && !k.config) {
    // Drop-ins alone: modeOf took the config-file defaults.
    c.warn(
      { file: first.file, line: first.line },
      'a --config-dir drop-in with neither its --config file nor the kubelet command line: it was applied over the config-file defaults (without --config the kubelet starts from its flags-only defaults instead)',
    );
  }
  for (const drop of k.dropIns) {
    if (drop.apiVersion !== 'kubelet.config.k8s.io/v1beta1') {
      c.warn(
        { file: drop.file, line: drop.line },
        `the kubelet refuses to start with this drop-in: its apiVersion is ${drop.apiVersion ?? 'missing'}, and drop-ins must be kubelet.config.k8s.io/v1beta1 KubeletConfiguration`,
      );
    }
  }
}

/** Serving certificate: bootstrap wins over a static tlsCertFile; configz names the self-signed one. */
function servingCertificate(
  k: KubeletInputs,
  mode: Mode,
  c: Collector,
  fact: (f: KubeletFact, detail: string) => Resolved,
  fromFlag: (f: FileFlag | undefined, value: unknown) => Resolved | undefined,
): void {
  const rotate = k.flags.get('rotate-server-certificates');
  const bootstrap =
    fromFlag(rotate, rotate && c.bool(rotate)) ??
    fact('serverTLSBootstrap', 'serverTLSBootstrap off');
  const certFlag = k.flags.get('tls-cert-file');
  const cert =
    fromFlag(certFlag, certFlag && c.present(certFlag) ? certFlag.value : undefined) ??
    fact('tlsCertFile', 'no tlsCertFile');
  // serverTLSBootstrap wins: the kubelet then serves the certificate its CSR got, not the file.
  if (bootstrap.value === true) {
    c.set('kubelet.servingCertificate', 'tls-bootstrap', bootstrap.prov);
    return;
  }
  if (cert.value !== '') {
    const certDir = k.flags.get('cert-dir')?.value || KUBELET_CERT_DIR;
    const at = cert.configzAt;
    if (at && samePath(String(cert.value), `${certDir}/kubelet.crt`)) {
      c.set('kubelet.servingCertificate', 'self-signed', {
        ...at,
        setting: `tlsCertFile ${String(cert.value).slice(0, 100)} (<cert-dir>/kubelet.crt: the certificate the kubelet generated for itself)`,
      });
      return;
    }
    c.set('kubelet.servingCertificate', 'ca-signed', cert.prov);
    if (at) {
      c.warn(
        at,
        `tlsCertFile ${String(cert.value).slice(0, 100)} is not the kubelet's self-signed certificate (${certDir}/kubelet.crt), so it is taken as CA-signed; its issuer is not checked: verify it is signed by the CA given to --kubelet-certificate-authority`,
      );
    }
    return;
  }
  c.set(
    'kubelet.servingCertificate',
    'self-signed',
    bootstrap.prov.kind === 'file'
      ? bootstrap.prov
      : {
          kind: 'default',
          component: MODE_COMPONENT[mode],
          detail: 'no tlsCertFile and no serverTLSBootstrap: self-signed',
          file: k.config?.file ?? k.where.file,
        },
  );
}

function kubeletMode(c: Collector, f: FileFlag): string | undefined {
  if (f.value === 'AlwaysAllow' || f.value === 'Webhook') return f.value;
  if (isPlaceholder(f.value)) return undefined;
  c.errors.push({
    file: f.file,
    line: f.line,
    message: `kubelet --authorization-mode must be AlwaysAllow or Webhook, got "${f.value.slice(0, 60)}"`,
  });
  return undefined;
}

function portValue(c: Collector, f: FileFlag): number | undefined {
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
}

/** Two absolute paths name the same file (`//`, `.` and `..` resolved, no symlinks). */
export function samePath(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `${p.startsWith('/') ? '/' : ''}${out.join('/')}`;
}
