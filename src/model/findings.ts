import { findingExposures, type Exposure } from './exposures';
import { memoByConfig } from './memo';
import { poolViews } from './pools';
import { computeFacts } from './rules';
import {
  apiserverAllowsAll,
  apiserverServesAnonymous,
  kubeletAnonymousAllowed,
  sshRemoved,
  tunnelAcceptsAnyAgent,
} from './predicates';
import type { ComponentKind, PoolView, Severity } from './types';

/** The finding ids of DOMAIN.md §5. Public contract. */
export const FINDING_IDS = [
  'apiserver-always-allow',
  'apiserver-anonymous',
  'apiserver-no-node-authorizer',
  'apiserver-no-rbac',
  'apiserver-no-kubelet-client-cert',
  'apiserver-no-kubelet-ca',
  'kubelet-open',
  'kubelet-anonymous',
  'kubelet-always-allow',
  'kubelet-no-client-ca',
  'kubelet-read-only-port',
  'kubelet-self-signed',
  'konnectivity-any-agent',
  'ssh-tunnels-removed',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** One row of the findings table. */
export interface FindingSpec {
  readonly id: FindingId;
  readonly component: ComponentKind;
  readonly severity: Severity;
  /** CIS Kubernetes Benchmark ids as kube-bench numbers them (cis-1.9 … cis-1.12). */
  readonly cis: readonly string[];
  /** `pool`: evaluated per node pool with that pool's kubelet (the `kubelet-*` findings); else once. */
  readonly scope: 'cluster' | 'pool';
  readonly when: (c: PoolView) => boolean;
  readonly message: (c: PoolView) => string;
}

/** A finding that holds for a config. */
export interface Finding {
  readonly id: FindingId;
  readonly component: ComponentKind;
  readonly severity: Severity;
  readonly cis: readonly string[];
  readonly message: string;
  /** The pool a kubelet finding holds on. */
  readonly pool?: string;
  /** That pool's node count. */
  readonly nodes?: number;
  /** Who can use what the finding reports (DOMAIN.md §10), where §10 lists it. */
  readonly exposures?: readonly Exposure[];
}

/** The findings catalogue, as data. */
export const FINDING_SPECS: readonly FindingSpec[] = [
  {
    id: 'apiserver-always-allow',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'critical',
    cis: ['1.2.6'],
    when: apiserverAllowsAll,
    message: () =>
      "--authorization-mode includes AlwaysAllow: every authenticated identity (each node, each pod's service-account token) may do anything",
  },
  {
    id: 'apiserver-anonymous',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'low',
    cis: ['1.2.1'],
    when: apiserverServesAnonymous,
    message: () =>
      '--anonymous-auth is on (the default): unauthenticated requests run as system:anonymous; fine with RBAC, and health probes rely on it',
  },
  {
    id: 'apiserver-no-node-authorizer',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'medium',
    cis: ['1.2.7'],
    when: (c) => !c.apiserver.authorizationModes.includes('Node'),
    message: () =>
      '--authorization-mode lacks Node: kubelets are not limited to the objects of their own node',
  },
  {
    id: 'apiserver-no-rbac',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'medium',
    cis: ['1.2.8'],
    when: (c) => !c.apiserver.authorizationModes.includes('RBAC'),
    message: () => '--authorization-mode lacks RBAC',
  },
  {
    id: 'apiserver-no-kubelet-client-cert',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'medium',
    cis: ['1.2.4'],
    when: (c) => !c.apiserver.kubeletClientCertificate,
    message: () =>
      '--kubelet-client-certificate/--kubelet-client-key are not set: the apiserver calls kubelets without credentials',
  },
  {
    id: 'apiserver-no-kubelet-ca',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'high',
    cis: ['1.2.5'],
    when: (c) => !c.apiserver.kubeletCertificateAuthority,
    message: () =>
      "--kubelet-certificate-authority is not set: the apiserver does not verify kubelets' serving certificates",
  },
  {
    id: 'kubelet-open',
    scope: 'pool',
    component: 'kubelet',
    severity: 'critical',
    cis: ['4.2.1', '4.2.2'],
    when: kubeletAnonymousAllowed,
    message: (c) =>
      `the kubelet serves anonymous requests (${c.kubelet.authorizationMode === 'AlwaysAllow' ? 'authorization.mode AlwaysAllow' : 'Webhook authorization, and the apiserver allows everything'}): anyone who reaches :10250 can exec into pods`,
  },
  {
    id: 'kubelet-anonymous',
    scope: 'pool',
    component: 'kubelet',
    severity: 'medium',
    cis: ['4.2.1'],
    when: (c) => c.kubelet.anonymousAuth,
    message: () => 'authentication.anonymous.enabled is true (--anonymous-auth)',
  },
  {
    id: 'kubelet-always-allow',
    scope: 'pool',
    component: 'kubelet',
    severity: 'high',
    cis: ['4.2.2'],
    when: (c) => c.kubelet.authorizationMode === 'AlwaysAllow',
    message: () => 'authorization.mode is AlwaysAllow: every authenticated (or anonymous) caller is allowed',
  },
  {
    id: 'kubelet-no-client-ca',
    scope: 'pool',
    component: 'kubelet',
    severity: 'medium',
    cis: ['4.2.3'],
    when: (c) => !c.kubelet.clientCAFile,
    message: () =>
      'authentication.x509.clientCAFile is not set (--client-ca-file): the kubelet cannot authenticate client certificates',
  },
  {
    id: 'kubelet-read-only-port',
    scope: 'pool',
    component: 'kubelet',
    severity: 'high',
    cis: ['4.2.4'],
    when: (c) => c.kubelet.readOnlyPort > 0,
    message: (c) =>
      `readOnlyPort is ${c.kubelet.readOnlyPort} (--read-only-port): an unauthenticated plain-HTTP API is open`,
  },
  {
    id: 'kubelet-self-signed',
    scope: 'pool',
    component: 'kubelet',
    severity: 'medium',
    cis: ['4.2.9'],
    when: (c) => c.kubelet.servingCertificate === 'self-signed',
    message: () =>
      'the kubelet serves a self-signed certificate (no tlsCertFile, no serverTLSBootstrap): the apiserver cannot verify it (fix: CIS 4.2.11 and 1.3.6, RotateKubeletServerCertificate)',
  },
  {
    id: 'konnectivity-any-agent',
    scope: 'cluster',
    component: 'konnectivity-server',
    severity: 'critical',
    cis: [],
    when: tunnelAcceptsAnyAgent,
    message: () =>
      'the konnectivity-server accepts any agent: an impostor agent can join and be handed control-plane traffic',
  },
  {
    id: 'ssh-tunnels-removed',
    scope: 'cluster',
    component: 'apiserver',
    severity: 'critical',
    cis: [],
    when: sshRemoved,
    message: (c) =>
      `--ssh-user/--ssh-keyfile were removed in v1.22; on v${c.version} kube-apiserver exits at startup with "unknown flag"`,
  },
];

/**
 * Every finding whose condition holds, in catalogue order: cluster-wide findings once, kubelet
 * findings once per pool they hold on (in pool order), naming it. Memoised by scenario identity.
 */
export const findingsFor = memoByConfig((config): readonly Finding[] => {
  const views = poolViews(config);
  const out: Finding[] = [];
  const withExposures = (id: FindingId, v: (typeof views)[number]) => {
    const e = findingExposures(id, computeFacts(v));
    return e.length ? { exposures: e } : {};
  };
  for (const f of FINDING_SPECS) {
    const base = { id: f.id, component: f.component, severity: f.severity, cis: f.cis };
    if (f.scope === 'cluster') {
      if (f.when(views[0]!)) out.push({ ...base, message: f.message(views[0]!), ...withExposures(f.id, views[0]!) });
      continue;
    }
    views.forEach((v, i) => {
      const pool = config.pools[i]!;
      if (f.when(v)) out.push({ ...base, message: f.message(v), pool: pool.name, nodes: pool.nodes, ...withExposures(f.id, v) });
    });
  }
  return out;
});
