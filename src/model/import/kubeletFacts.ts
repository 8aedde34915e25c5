import type { Node } from 'yaml';
import type { ImportError, ImportWarning } from './types';
import type { YamlNav } from './yamlNav';

/** The KubeletConfiguration fields behind the six `kubelet.*` keys. */
export const KUBELET_FACTS = [
  'anonymous',
  'webhook',
  'clientCAFile',
  'authorizationMode',
  'readOnlyPort',
  'serverTLSBootstrap',
  'tlsCertFile',
] as const;
export type KubeletFact = (typeof KUBELET_FACTS)[number];

/** Where each fact lives in a KubeletConfiguration (v1beta1 JSON names). */
export const FACT_PATHS: Readonly<Record<KubeletFact, readonly string[]>> = {
  anonymous: ['authentication', 'anonymous', 'enabled'],
  webhook: ['authentication', 'webhook', 'enabled'],
  clientCAFile: ['authentication', 'x509', 'clientCAFile'],
  authorizationMode: ['authorization', 'mode'],
  readOnlyPort: ['readOnlyPort'],
  serverTLSBootstrap: ['serverTLSBootstrap'],
  tlsCertFile: ['tlsCertFile'],
};

/** A fact's value: booleans, the port, the mode, or a path ('' when empty). */
export type FactValue = boolean | number | string;

/** Where a document set a fact: file, line and the field. */
export interface FactAt {
  readonly kind: 'file';
  readonly file: string;
  readonly line: number;
  readonly setting: string;
}

/**
 * One fact a document sets. `value` is null when the document writes `null` there (or on an
 * enclosing object): as a base file that is the same as absent; as a `--config-dir` drop-in, the
 * JSON merge patch removes the field, so the KubeletConfiguration default applies again.
 */
export interface FactHit {
  readonly value: FactValue | null;
  readonly at: FactAt;
}

/** The facts one KubeletConfiguration document (or configz object) sets. */
export type KubeletFacts = ReadonlyMap<KubeletFact, FactHit>;

/** Reads the facts of a KubeletConfiguration document; wrong types are errors naming the line. */
export function readKubeletFacts(
  nav: YamlNav,
  root: Node | undefined,
  file: string,
): { facts: Map<KubeletFact, FactHit>; errors: ImportError[] } {
  const facts = new Map<KubeletFact, FactHit>();
  const errors: ImportError[] = [];
  const fail = (node: Node | undefined, message: string) =>
    errors.push({ file, line: nav.lineOf(node), message });
  for (const fact of KUBELET_FACTS) {
    const path = FACT_PATHS[fact];
    const setting = path.join('.');
    let cur: Node | undefined = root;
    let hit: FactHit | undefined;
    for (let i = 0; i < path.length && hit === undefined; i++) {
      const node = nav.get(cur, path[i]!);
      if (node === undefined) break;
      const at: FactAt = {
        kind: 'file',
        file,
        line: nav.lineOf(node),
        setting: path.slice(0, i + 1).join('.'),
      };
      if (nav.scalar(node) === null) hit = { value: null, at };
      else if (i < path.length - 1) {
        if (!nav.isMap(node)) {
          fail(node, `${at.setting} must be a map, got ${show(nav, node)}`);
          break;
        }
        cur = node;
      } else {
        const value = checkValue(nav, node, fact, setting, fail);
        if (value !== undefined) hit = { value, at: { ...at, setting } };
      }
    }
    if (hit) facts.set(fact, hit);
  }
  return { facts, errors };
}

function checkValue(
  nav: YamlNav,
  node: Node,
  fact: KubeletFact,
  setting: string,
  fail: (node: Node, message: string) => void,
): FactValue | undefined {
  const v = nav.scalar(node);
  switch (fact) {
    case 'anonymous':
    case 'webhook':
    case 'serverTLSBootstrap':
      if (typeof v === 'boolean') return v;
      fail(node, `${setting} must be true or false, got ${show(nav, node)}`);
      return undefined;
    case 'authorizationMode':
      if (v === 'AlwaysAllow' || v === 'Webhook') return v;
      fail(
        node,
        `unknown authorization.mode ${show(nav, node)}: the kubelet accepts AlwaysAllow or Webhook`,
      );
      return undefined;
    case 'readOnlyPort':
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535) return v;
      fail(node, `readOnlyPort must be a port number 0..65535, got ${show(nav, node)}`);
      return undefined;
    case 'clientCAFile':
    case 'tlsCertFile': {
      const t = nav.text(node);
      if (t !== undefined) return t;
      fail(node, `${setting} must be a file path, got ${show(nav, node)}`);
      return undefined;
    }
  }
}

/** A node's value as shown in messages. */
export function show(nav: YamlNav, node: Node): string {
  const v = nav.scalar(node);
  if (v === undefined) return nav.isMap(node) ? 'a map' : nav.isSeq(node) ? 'a list' : 'nothing';
  return JSON.stringify(v)?.slice(0, 60) ?? String(v);
}

// The fields of KubeletConfiguration v1beta1 (staging/src/k8s.io/kubelet/config/v1beta1/types.go).
// prettier-ignore
const TOP_FIELDS = new Set([
  'kind', 'apiVersion', 'enableServer', 'staticPodPath', 'podLogsDir', 'syncFrequency',
  'fileCheckFrequency', 'httpCheckFrequency', 'staticPodURL', 'staticPodURLHeader', 'address',
  'port', 'readOnlyPort', 'tlsCertFile', 'tlsPrivateKeyFile', 'tlsCipherSuites',
  'tlsCurvePreferences', 'tlsMinVersion', 'rotateCertificates', 'serverTLSBootstrap',
  'authentication', 'authorization', 'registryPullQPS', 'registryBurst',
  'imagePullCredentialsVerificationPolicy', 'preloadedImagesVerificationAllowlist',
  'eventRecordQPS', 'eventBurst', 'enableDebuggingHandlers', 'enableContentionProfiling',
  'healthzPort', 'healthzBindAddress', 'oomScoreAdj', 'clusterDomain', 'clusterDNS',
  'streamingConnectionIdleTimeout', 'nodeStatusUpdateFrequency', 'nodeStatusReportFrequency',
  'nodeLeaseDurationSeconds', 'imageMinimumGCAge', 'imageMaximumGCAge',
  'imageGCHighThresholdPercent', 'imageGCLowThresholdPercent', 'volumeStatsAggPeriod',
  'kubeletCgroups', 'systemCgroups', 'cgroupRoot', 'cgroupsPerQOS', 'cgroupDriver',
  'cpuManagerPolicy', 'singleProcessOOMKill', 'cpuManagerPolicyOptions',
  'cpuManagerReconcilePeriod', 'draManagerReconcilePeriod', 'memoryManagerPolicy',
  'topologyManagerPolicy', 'topologyManagerScope', 'topologyManagerPolicyOptions', 'qosReserved',
  'runtimeRequestTimeout', 'hairpinMode', 'maxPods', 'podCIDR', 'podPidsLimit', 'resolvConf',
  'runOnce', 'cpuCFSQuota', 'cpuCFSQuotaPeriod', 'nodeStatusMaxImages', 'maxOpenFiles',
  'contentType', 'kubeAPIQPS', 'kubeAPIBurst', 'serializeImagePulls', 'maxParallelImagePulls',
  'evictionHard', 'evictionSoft', 'evictionSoftGracePeriod', 'evictionPressureTransitionPeriod',
  'evictionMaxPodGracePeriod', 'evictionMinimumReclaim', 'mergeDefaultEvictionSettings',
  'podsPerCore', 'enableControllerAttachDetach', 'protectKernelDefaults',
  'makeIPTablesUtilChains', 'iptablesMasqueradeBit', 'iptablesDropBit', 'featureGates',
  'failSwapOn', 'memorySwap', 'containerLogMaxSize', 'containerLogMaxFiles',
  'containerLogMaxWorkers', 'containerLogMonitorInterval',
  'configMapAndSecretChangeDetectionStrategy', 'systemReserved', 'kubeReserved',
  'reservedSystemCPUs', 'showHiddenMetricsForVersion', 'systemReservedCgroup',
  'kubeReservedCgroup', 'enforceNodeAllocatable', 'allowedUnsafeSysctls', 'volumePluginDir',
  'providerID', 'kernelMemcgNotification', 'logging', 'enableSystemLogHandler',
  'enableSystemLogQuery', 'shutdownGracePeriod', 'shutdownGracePeriodCriticalPods',
  'shutdownGracePeriodByPodPriority', 'crashLoopBackOff', 'reservedMemory',
  'enableProfilingHandler', 'enableDebugFlagsHandler', 'seccompDefault',
  'memoryThrottlingFactor', 'memoryReservationPolicy', 'registerWithTaints', 'registerNode',
  'tracing', 'localStorageCapacityIsolation', 'containerRuntimeEndpoint', 'imageServiceEndpoint',
  'failCgroupV1', 'userNamespaces',
]);

// The nested objects that hold the six keys' fields: a typo there changes what this tool reads.
const NESTED_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  authentication: new Set(['x509', 'webhook', 'anonymous']),
  'authentication.x509': new Set(['clientCAFile']),
  'authentication.webhook': new Set(['enabled', 'cacheTTL']),
  'authentication.anonymous': new Set(['enabled']),
  authorization: new Set(['mode', 'webhook']),
  'authorization.webhook': new Set(['cacheAuthorizedTTL', 'cacheUnauthorizedTTL']),
};

/** At most this many unknown-field warnings per document; the rest are counted in one more. */
const MAX_UNKNOWN = 10;

/**
 * Unknown fields are warnings, not errors: the kubelet decodes its config file strictly, then
 * falls back to lenient decoding and only logs the strict error
 * (pkg/kubelet/kubeletconfig/util/codec/codec.go, DecodeKubeletConfiguration).
 */
export function unknownFieldWarnings(
  nav: YamlNav,
  root: Node | undefined,
  file: string,
): ImportWarning[] {
  const found: { path: string; line: number; known: ReadonlySet<string> }[] = [];
  const visit = (node: Node | undefined, prefix: string, known: ReadonlySet<string>) => {
    for (const e of nav.entries(node)) {
      const path = prefix === '' ? e.key : `${prefix}.${e.key}`;
      if (!known.has(e.key)) found.push({ path, line: e.line, known });
      else if (NESTED_FIELDS[path] && nav.isMap(e.value)) visit(e.value, path, NESTED_FIELDS[path]);
    }
  };
  visit(root, '', TOP_FIELDS);
  const out: ImportWarning[] = found.slice(0, MAX_UNKNOWN).map((f) => {
    const name = f.path.split('.').pop()!;
    const near = [...f.known].find((k) => k.toLowerCase() === name.toLowerCase());
    return {
      file,
      line: f.line,
      message: `unknown KubeletConfiguration field "${f.path.slice(0, 80)}"${near ? ` (the field is "${near}": names are case-sensitive)` : ''}: the kubelet ignores it (it falls back to lenient decoding and logs the strict-decoding error)`,
    };
  });
  if (found.length > MAX_UNKNOWN)
    out.push({
      file,
      line: found[MAX_UNKNOWN]!.line,
      message: `${found.length - MAX_UNKNOWN} more unknown KubeletConfiguration fields`,
    });
  return out;
}
