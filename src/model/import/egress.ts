import type { Node } from 'yaml';
import type { EgressCluster } from './sources';
import type { ImportWarning } from './types';
import type { YamlNav } from './yamlNav';

const NAMES = new Set(['cluster', 'controlplane', 'master', 'etcd']);
const PROTOCOLS = new Set(['Direct', 'HTTPConnect', 'GRPC']);

/** Reads an EgressSelectorConfiguration: the `cluster` selection, plus what kube-apiserver would reject. */
export function readEgress(
  nav: YamlNav,
  root: Node | undefined,
  file: string,
): { cluster?: EgressCluster; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const reject = (line: number, why: string) =>
    warnings.push({
      file,
      line,
      message: `kube-apiserver refuses this egress configuration at startup: ${why}`,
    });
  const api = nav.text(nav.get(root, 'apiVersion'));
  if (api !== 'apiserver.k8s.io/v1alpha1' && api !== 'apiserver.k8s.io/v1beta1') {
    warnings.push({
      file,
      line: nav.lineOf(nav.get(root, 'apiVersion')),
      message: `apiVersion ${api ?? '(missing)'} is not one kube-apiserver reads for EgressSelectorConfiguration (apiserver.k8s.io/v1alpha1 or v1beta1)`,
    });
  }
  let cluster: EgressCluster | undefined;
  const seen = new Set<string>();
  for (const sel of nav.items(nav.get(root, 'egressSelections'))) {
    const line = nav.lineOf(sel);
    const raw = (nav.text(nav.get(sel, 'name')) ?? '').toLowerCase();
    // `master` is the pre-1.20 name of `controlplane`; both select the same traffic.
    const name = raw === 'master' ? 'controlplane' : raw;
    if (!NAMES.has(raw))
      reject(
        line,
        `egress selection name "${raw}" is not one of cluster, controlplane (master), etcd`,
      );
    if (seen.has(name)) reject(line, `egress selection "${name}" appears twice`);
    seen.add(name);
    const conn = nav.get(sel, 'connection');
    const protocol = nav.text(nav.get(conn, 'proxyProtocol')) ?? '';
    if (!PROTOCOLS.has(protocol))
      reject(line, `proxyProtocol "${protocol}" is not Direct, HTTPConnect or GRPC`);
    const transportNode = nav.get(conn, 'transport');
    const uds = nav.get(transportNode, 'uds');
    const tcp = nav.get(transportNode, 'tcp');
    const udsName = nav.text(nav.get(uds, 'udsName'));
    const url = nav.text(nav.get(tcp, 'url'));
    const tlsNode = nav.get(tcp, 'tlsConfig');
    const tline = nav.lineOf(transportNode ?? conn);
    if (protocol === 'Direct' && transportNode)
      reject(tline, 'a transport is set for a Direct connection');
    if (protocol === 'GRPC' && !uds)
      reject(
        tline,
        'GRPC needs a uds transport (kube-apiserver speaks GRPC to the Konnectivity server only over a Unix socket)',
      );
    if (protocol === 'HTTPConnect' && uds && tcp) reject(tline, 'tcp and uds cannot both be set');
    if (protocol === 'HTTPConnect' && !uds && !tcp)
      reject(tline, 'HTTPConnect needs a uds or tcp transport');
    if (uds && !udsName) reject(nav.lineOf(uds), 'udsName is empty');
    if (tcp) {
      if (url?.startsWith('https://')) {
        if (!tlsNode) reject(nav.lineOf(tcp), 'an https:// url needs tlsConfig');
        else {
          if (!nav.text(nav.get(tlsNode, 'clientCert')))
            reject(nav.lineOf(tlsNode), 'tlsConfig needs clientCert (mutual TLS)');
          if (!nav.text(nav.get(tlsNode, 'clientKey')))
            reject(nav.lineOf(tlsNode), 'tlsConfig needs clientKey (mutual TLS)');
        }
      } else if (url?.startsWith('http://')) {
        if (tlsNode) reject(nav.lineOf(tlsNode), 'tlsConfig must be absent for an http:// url');
      } else reject(nav.lineOf(tcp), `tcp url "${url ?? ''}" must start with http:// or https://`);
    }
    if (name === 'cluster') {
      cluster = {
        protocol,
        line,
        transport: uds ? 'uds' : tcp ? 'tcp' : 'none',
        transportLine: tline,
        tlsConfig: tlsNode !== undefined,
        ...(udsName !== undefined ? { udsName } : {}),
        ...(url !== undefined ? { url } : {}),
      };
    }
  }
  return cluster ? { cluster, warnings } : { warnings };
}
