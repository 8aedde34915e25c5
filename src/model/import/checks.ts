import type { Config } from '../types';
import { apiserverFlagWarnings } from './deprecations';
import type { MergedFlags } from './derive';
import type { ServerFacts } from './konnectivity';
import type { EgressCluster } from './sources';
import type { ImportWarning, Provenance } from './types';

/** Everything the cross-file checks look at. */
export interface CheckInput {
  readonly config: Config;
  readonly provenance: Readonly<Record<string, Provenance>>;
  /** Some file described a kubelet (else the pools are the base preset's, assumed). */
  readonly kubeletsImported: boolean;
  readonly apiFlags?: MergedFlags;
  readonly minor: number | undefined;
  readonly server?: ServerFacts;
  readonly egress?: {
    readonly cluster?: EgressCluster;
    readonly file: string;
    readonly line: number;
  };
  readonly agentFlags?: MergedFlags;
}

const where = (p: Provenance): { file?: string; line?: number } =>
  p.kind === 'file'
    ? { file: p.file, line: p.line }
    : p.kind === 'default' && p.file
      ? { file: p.file }
      : {};

/** Removed flags and the misconfigurations visible only across files. */
export function deprecationsAndCrossChecks(x: CheckInput): ImportWarning[] {
  const out: ImportWarning[] = x.apiFlags ? apiserverFlagWarnings(x.apiFlags, x.minor) : [];
  const p = x.provenance;
  const selfSigned = x.config.pools.filter((pl) => pl.kubelet.servingCertificate === 'self-signed');
  const caAt = p['apiserver.kubeletCertificateAuthority'];
  if (
    x.config.apiserver.kubeletCertificateAuthority &&
    selfSigned.length > 0 &&
    caAt?.kind === 'file'
  ) {
    const assumed = x.kubeletsImported ? '' : ' (assumed: no kubelet file was imported)';
    const which =
      x.config.pools.length === 1
        ? 'kubelets self-sign their serving certificates'
        : `the kubelets of ${selfSigned.map((pl) => `pool ${pl.name} (${pl.nodes} node${pl.nodes === 1 ? '' : 's'})`).join(', ')} self-sign their serving certificates`;
    out.push({
      ...where(caAt),
      message: `--kubelet-certificate-authority is set while ${which}${assumed}: logs/exec/port-forward fail with "x509: certificate signed by unknown authority". Give kubelets CA-signed certificates (serverTLSBootstrap: true with approved CSRs) first.`,
    });
  }
  const cl = x.egress?.cluster;
  if (x.server && cl && (cl.protocol === 'GRPC' || cl.protocol === 'HTTPConnect')) {
    const expected = cl.protocol === 'GRPC' ? 'grpc' : 'http-connect';
    if (x.server.mode !== expected) {
      out.push({
        ...(x.server.modeLine ?? { file: x.egress!.file, line: cl.line }),
        message: `konnectivity-server --mode=${x.server.mode}${x.server.modeLine ? '' : ' (the default)'} does not match the egress proxyProtocol ${cl.protocol} (${x.egress!.file}:${cl.line}): every cluster dial fails. Use --mode=${expected}.`,
      });
    }
    if (
      cl.transport === 'uds' &&
      x.server.udsName &&
      cl.udsName &&
      x.server.udsName.value !== cl.udsName
    ) {
      out.push({
        file: x.server.udsName.file,
        line: x.server.udsName.line,
        message: `konnectivity-server --uds-name=${x.server.udsName.value} differs from the egress udsName ${cl.udsName} (${x.egress!.file}:${cl.transportLine}): kube-apiserver cannot reach the server.`,
      });
    }
  }
  if (x.server && x.egress && x.config.konnectivity.enabled === false) {
    out.push({
      file: x.egress.file,
      line: x.egress.line,
      message:
        'a konnectivity-server is deployed, but the egress configuration sends cluster traffic Direct: the tunnel is not used',
    });
  }
  if (x.agentFlags) {
    const auth = x.config.konnectivity.agentAuthentication;
    const token = x.agentFlags.get('service-account-token-path');
    const cert = x.agentFlags.get('agent-cert');
    const first = [...x.agentFlags.values()][0];
    if (
      auth === 'service-account-token' &&
      !token &&
      first &&
      p['konnectivity.agentAuthentication']?.kind === 'file'
    ) {
      out.push({
        file: first.file,
        line: first.line,
        message:
          'konnectivity-server reviews agent tokens, but this agent has no --service-account-token-path: it cannot authenticate',
      });
    }
    if (auth === 'mtls' && !cert && first) {
      out.push({
        file: first.file,
        line: first.line,
        message:
          'konnectivity-server requires agent client certificates (--cluster-ca-cert), but this agent has no --agent-cert/--agent-key',
      });
    }
  }
  return out;
}
