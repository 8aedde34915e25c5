import type { ConfigKey } from '../config';
import type { Node } from 'yaml';
import type { Derived, ImportError } from './types';
import type { YamlNav } from './yamlNav';

/** Reads the fields of a KubeletConfiguration document that map to config keys. */
export function readKubeletConfiguration(
  nav: YamlNav,
  root: Node | undefined,
  file: string,
): { fields: Map<ConfigKey, Derived>; errors: ImportError[] } {
  const fields = new Map<ConfigKey, Derived>();
  const errors: ImportError[] = [];
  const at = (node: Node | undefined, setting: string) =>
    ({ kind: 'file', file, line: nav.lineOf(node), setting }) as const;
  const bool = (key: ConfigKey, setting: string, ...path: string[]) => {
    const node = nav.get(root, ...path);
    if (node === undefined || nav.scalar(node) === null) return;
    const v = nav.scalar(node);
    if (typeof v !== 'boolean') {
      errors.push({
        file,
        line: nav.lineOf(node),
        message: `${setting} must be true or false, got ${show(nav, node)}`,
      });
      return;
    }
    fields.set(key, { value: v, prov: at(node, setting) });
  };
  bool(
    'kubelet.anonymousAuth',
    'authentication.anonymous.enabled',
    'authentication',
    'anonymous',
    'enabled',
  );
  bool(
    'kubelet.webhookAuthentication',
    'authentication.webhook.enabled',
    'authentication',
    'webhook',
    'enabled',
  );

  const ca = nav.get(root, 'authentication', 'x509', 'clientCAFile');
  if (ca !== undefined) {
    const t = nav.text(ca);
    fields.set('kubelet.clientCAFile', {
      value: t !== undefined && t !== '',
      prov: at(ca, 'authentication.x509.clientCAFile'),
    });
  }

  const mode = nav.get(root, 'authorization', 'mode');
  if (mode !== undefined && nav.scalar(mode) !== null) {
    const t = nav.scalar(mode);
    if (t === 'AlwaysAllow' || t === 'Webhook')
      fields.set('kubelet.authorizationMode', { value: t, prov: at(mode, 'authorization.mode') });
    else
      errors.push({
        file,
        line: nav.lineOf(mode),
        message: `unknown authorization.mode ${show(nav, mode)}: the kubelet accepts AlwaysAllow or Webhook`,
      });
  }

  const port = nav.get(root, 'readOnlyPort');
  if (port !== undefined && nav.scalar(port) !== null) {
    const v = nav.scalar(port);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 65535) {
      errors.push({
        file,
        line: nav.lineOf(port),
        message: `readOnlyPort must be a port number 0..65535, got ${show(nav, port)}`,
      });
    } else fields.set('kubelet.readOnlyPort', { value: v, prov: at(port, 'readOnlyPort') });
  }

  // serverTLSBootstrap wins over tlsCertFile: the kubelet then ignores the static certificate.
  const boot = nav.get(root, 'serverTLSBootstrap');
  const cert = nav.get(root, 'tlsCertFile');
  if (boot !== undefined && nav.scalar(boot) !== null && typeof nav.scalar(boot) !== 'boolean') {
    errors.push({
      file,
      line: nav.lineOf(boot),
      message: `serverTLSBootstrap must be true or false, got ${show(nav, boot)}`,
    });
  } else if (nav.scalar(boot) === true) {
    fields.set('kubelet.servingCertificate', {
      value: 'tls-bootstrap',
      prov: at(boot, 'serverTLSBootstrap'),
    });
  } else if (cert !== undefined && (nav.text(cert) ?? '') !== '') {
    fields.set('kubelet.servingCertificate', { value: 'ca-signed', prov: at(cert, 'tlsCertFile') });
  }
  return { fields, errors };
}

function show(nav: YamlNav, node: Node): string {
  const v = nav.scalar(node);
  if (v === undefined) return nav.isMap(node) ? 'a map' : nav.isSeq(node) ? 'a list' : 'nothing';
  return JSON.stringify(v)?.slice(0, 60) ?? String(v);
}
