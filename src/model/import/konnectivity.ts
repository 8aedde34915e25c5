import { Collector, type MergedFlags } from './derive';

/** What the konnectivity-server's flags say, beyond the config keys. */
export interface ServerFacts {
  /** `--mode` (grpc when absent). */
  readonly mode: string;
  /** The server's command line (where an absent --mode is). */
  readonly where: { readonly file: string; readonly line: number };
  readonly modeLine?: { readonly file: string; readonly line: number };
  readonly udsName?: { readonly value: string; readonly file: string; readonly line: number };
}

/** Derives konnectivity.agentAuthentication from the konnectivity-server flags. */
export function deriveServer(
  flags: MergedFlags,
  where: { file: string; line: number },
): { c: Collector; facts: ServerFacts } {
  const c = new Collector();
  const ns = flags.get('agent-namespace');
  const sa = flags.get('agent-service-account');
  const aud = flags.get('authentication-audience');
  const ca = flags.get('cluster-ca-cert');
  const token = [ns, sa, aud].filter((f) => c.present(f));
  const tokenFlag = '--agent-namespace/--agent-service-account/--authentication-audience';
  if (token.length > 0 && c.present(ca)) {
    c.warn(
      ca!,
      'konnectivity-server exits at startup: "--cluster-ca-cert can not be used when agent authentication is enabled" (--agent-namespace/--agent-service-account/--authentication-audience); token review is shown',
    );
    c.set('konnectivity.agentAuthentication', 'service-account-token', c.at(ns!, tokenFlag));
  } else if (token.length === 3) {
    c.set('konnectivity.agentAuthentication', 'service-account-token', c.at(ns!, tokenFlag));
  } else if (token.length > 0) {
    const f = token[0]!;
    c.warn(
      f,
      `konnectivity-server exits at startup: token review needs all of --agent-namespace, --agent-service-account and --authentication-audience; only ${token.map((t) => `--${t!.name}`).join(', ')} set`,
    );
    c.set('konnectivity.agentAuthentication', 'none', c.at(f, tokenFlag));
  } else if (c.present(ca)) {
    c.set('konnectivity.agentAuthentication', 'mtls', c.at(ca!));
  } else {
    c.set('konnectivity.agentAuthentication', 'none', {
      kind: 'default',
      component: 'konnectivity-server',
      detail: 'no agent authentication flags: any agent is accepted',
      file: where.file,
    });
  }
  const mode = flags.get('mode');
  const uds = flags.get('uds-name');
  if (mode && mode.value !== 'grpc' && mode.value !== 'http-connect') {
    c.warn(
      mode,
      `konnectivity-server exits at startup: --mode must be grpc or http-connect, not "${mode.value.slice(0, 40)}"`,
    );
  }
  if (uds?.alias) {
    c.warn(
      uds,
      `--${uds.alias} is an old spelling of --uds-name; current proxy-server releases know only --uds-name and exit with "unknown flag"`,
    );
  }
  return {
    c,
    facts: {
      mode: mode?.value || 'grpc',
      where,
      ...(mode ? { modeLine: { file: mode.file, line: mode.line } } : {}),
      ...(uds && uds.value
        ? { udsName: { value: uds.value, file: uds.file, line: uds.line } }
        : {}),
    },
  };
}
