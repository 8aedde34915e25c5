import { setKey, type ConfigKey, type ConfigValue } from './config';
import { PRESETS, type PresetName } from './presets';
import type { Config, PathId, PathState } from './types';

/** The scenario of a tour step: a preset with some keys changed. */
export interface TourScenario {
  readonly preset: PresetName;
  readonly set?: Readonly<Partial<Record<ConfigKey, ConfigValue>>>;
}

/** "Predict before you reveal": a question about one path's state in the step's scenario. */
export interface TourPredict {
  readonly question: string;
  readonly path: PathId;
  readonly choices: readonly PathState[];
  readonly answer: PathState;
}

/** One step of a guided tour. */
export interface TourStep {
  readonly title: string;
  readonly narration: string;
  readonly scenario: TourScenario;
  readonly highlight?: PathId;
  /** Path states the narration claims; tours.test.ts checks them against the rules engine. */
  readonly expect: Readonly<Partial<Record<PathId, PathState>>>;
  readonly predict?: TourPredict;
}

/** A workshop tour, stepped with ←/→. */
export interface Tour {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly TourStep[];
}

const PROXIES = ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'] as const;
const all = (ids: readonly PathId[], state: PathState): Partial<Record<PathId, PathState>> =>
  Object.fromEntries(ids.map((id) => [id, state]));

const kubeletCa: Tour = {
  id: 'kubelet-ca',
  title: 'Why apiserver → kubelet is unsafe by default',
  summary:
    'kubectl logs and exec cross the network unverified until the apiserver gets --kubelet-certificate-authority and kubelets get CA-signed serving certificates.',
  steps: [
    {
      title: 'kubeadm out of the box',
      narration:
        "For kubectl logs, exec, attach and port-forward the apiserver connects to each kubelet on :10250. It presents a client certificate (--kubelet-client-certificate and --kubelet-client-key), which the kubelet checks against authentication.x509.clientCAFile. But kubeadm does not set --kubelet-certificate-authority, so the apiserver skips verification of the kubelet's serving certificate: a man in the middle on the control-plane ↔ node network can read and change this traffic. The path is unverified.",
      scenario: { preset: 'kubeadm' },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'unverified' },
      predict: {
        question: 'On a fresh kubeadm cluster, what is the state of apiserver → kubelet?',
        path: 'apiserver-kubelet',
        choices: ['secure', 'unverified', 'plaintext', 'broken'],
        answer: 'unverified',
      },
    },
    {
      title: 'Why kubeadm cannot just set the flag',
      narration:
        'kubeadm leaves the flag out because kubelets sign their own serving certificates: no CA the apiserver could be given has signed them. Add --kubelet-certificate-authority alone and every logs/exec call fails with "x509: certificate signed by unknown authority". The path is broken.',
      scenario: { preset: 'kubeadm', set: { 'apiserver.kubeletCertificateAuthority': true } },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'broken' },
    },
    {
      title: 'CA-signed serving certificates first',
      narration:
        'First give kubelets serving certificates the cluster CA signs: serverTLSBootstrap: true (--rotate-server-certificates) makes each kubelet request one through a kubernetes.io/kubelet-serving CSR. The built-in controllers do not approve those CSRs, so run an approver. The certificate must contain the address the apiserver dials (--kubelet-preferred-address-types). Nothing changes yet: the apiserver still does not check.',
      scenario: { preset: 'kubeadm', set: { 'kubelet.servingCertificate': 'tls-bootstrap' } },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'Then --kubelet-certificate-authority',
      narration:
        "Now --kubelet-certificate-authority makes the apiserver verify each kubelet's serving certificate, and the kubelet already verifies the apiserver's client certificate: verified end to end in both directions, whatever the network. The path is secure.",
      scenario: { preset: 'kubelet-ca' },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'secure' },
      predict: {
        question: 'With both in place, what does apiserver → kubelet become?',
        path: 'apiserver-kubelet',
        choices: ['secure', 'tunneled', 'unverified', 'broken'],
        answer: 'secure',
      },
    },
  ],
};

const caMismatch: Tour = {
  id: 'ca-mismatch',
  title: 'The CA-mismatch trap',
  summary:
    'Following the benchmark to the letter breaks logs and exec; the fix is the certificates, not removing the flag.',
  steps: [
    {
      title: 'Following the benchmark',
      narration:
        'CIS 1.2.5 asks for --kubelet-certificate-authority, so someone adds it to a kubeadm cluster. The kubelets still serve self-signed certificates, so the apiserver rejects every one: "x509: certificate signed by unknown authority". kubectl logs, exec, attach and port-forward all fail. The path is broken: not an exposure, but the feature no longer works.',
      scenario: { preset: 'ca-mismatch' },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'broken' },
      predict: {
        question:
          'kubeadm plus --kubelet-certificate-authority, kubelets still self-signed: what happens to apiserver → kubelet?',
        path: 'apiserver-kubelet',
        choices: ['secure', 'unverified', 'broken'],
        answer: 'broken',
      },
    },
    {
      title: 'The tempting wrong fix',
      narration:
        'Removing the flag makes logs work again, and puts the path back where it started: unverified. The "make it safe" plan never does this.',
      scenario: { preset: 'kubeadm' },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'The right fix: certificates the CA signed',
      narration:
        'Keep the flag and give kubelets serving certificates from the CA it names: a tlsCertFile that CA issued, with SANs covering the address the apiserver dials, or serverTLSBootstrap with approved kubernetes.io/kubelet-serving CSRs. Beware: with serverTLSBootstrap: true and no approver, the kubelet has no serving certificate at all and every connection to :10250 fails. With certificates in place the path is secure.',
      scenario: { preset: 'ca-mismatch', set: { 'kubelet.servingCertificate': 'ca-signed' } },
      highlight: 'apiserver-kubelet',
      expect: { 'apiserver-kubelet': 'secure' },
    },
  ],
};

const proxy: Tour = {
  id: 'proxy',
  title: 'The proxy that no flag can fix',
  summary:
    'The apiserver proxy to nodes, pods and services never verifies its target; only a Konnectivity tunnel with agent authentication protects it.',
  steps: [
    {
      title: 'The proxy dials directly',
      narration:
        '/api/v1/namespaces/{ns}/pods/{name:port}/proxy (and the node and service forms) makes the apiserver open a connection to the target itself. Without a prefix it dials plain http://: not encrypted, not authenticated. All three proxy paths are plaintext.',
      scenario: { preset: 'kubeadm' },
      highlight: 'apiserver-proxy-pod',
      expect: all(PROXIES, 'plaintext'),
    },
    {
      title: 'The https: prefix',
      narration:
        'Prefixing the name with https: encrypts the connection, but the proxy verifies no certificate and sends no client credentials. Encrypted to whom? Anyone in the middle can answer. The path is unverified.',
      scenario: { preset: 'kubeadm', set: { 'apiserver.proxyScheme': 'https' } },
      highlight: 'apiserver-proxy-pod',
      expect: all(PROXIES, 'unverified'),
      predict: {
        question: 'With the https: prefix, what is apiserver → pod through the proxy?',
        path: 'apiserver-proxy-pod',
        choices: ['secure', 'unverified', 'plaintext'],
        answer: 'unverified',
      },
    },
    {
      title: 'The kubelet flags do not reach it',
      narration:
        '--kubelet-certificate-authority and the kubelet client certificate secure the kubelet port only (nodes/{name}/proxy to that port uses the kubelet transport). Here apiserver → kubelet is secure while the pod proxy is still unverified: no flag makes the direct proxy safe.',
      scenario: { preset: 'kubelet-ca', set: { 'apiserver.proxyScheme': 'https' } },
      highlight: 'apiserver-proxy-pod',
      expect: { 'apiserver-kubelet': 'secure', ...all(PROXIES, 'unverified') },
    },
    {
      title: 'Only a tunnel helps',
      narration:
        'With Konnectivity and agent authentication the proxied connection crosses the untrusted link inside a tunnel whose two ends authenticate each other. The proxy paths are tunneled.',
      scenario: { preset: 'konnectivity' },
      highlight: 'apiserver-proxy-pod',
      expect: all(PROXIES, 'tunneled'),
    },
  ],
};

const konnectivity: Tour = {
  id: 'konnectivity',
  title: 'Konnectivity, and why an agent without authentication protects nothing',
  summary:
    "The tunnel is only as good as the server's check of its agents; and the apiserver must reach the server over a Unix socket or mutual TLS.",
  steps: [
    {
      title: 'A tunnel that accepts any agent',
      narration:
        "The apiserver's cluster egress now goes to the konnectivity-server over a Unix socket, and agents on each node dial out to it. Each agent verifies the server's certificate, but the server accepts any agent (neither --agent-namespace/--agent-service-account nor --cluster-ca-cert): an impostor agent can join and be handed the traffic. The agent → server path is unverified, and the tunnel protects nothing: the pod proxy is still plaintext.",
      scenario: {
        preset: 'kubeadm',
        set: { 'konnectivity.enabled': true, 'konnectivity.agentAuthentication': 'none' },
      },
      highlight: 'konnectivity-agent-server',
      expect: {
        'konnectivity-agent-server': 'unverified',
        'apiserver-proxy-pod': 'plaintext',
        'apiserver-kubelet': 'unverified',
      },
      predict: {
        question:
          'Konnectivity is on, but the server accepts any agent. What is apiserver → pod through the proxy?',
        path: 'apiserver-proxy-pod',
        choices: ['tunneled', 'unverified', 'plaintext'],
        answer: 'plaintext',
      },
    },
    {
      title: 'Agents must prove who they are',
      narration:
        "Start the server with --agent-namespace, --agent-service-account and --authentication-audience: it checks each agent's projected service-account token with a TokenReview. (Or mutual TLS with --cluster-ca-cert; the two cannot be combined.) Now both ends authenticate each other: agent → server is secure, and apiserver → kubelet and the proxies are tunneled.",
      scenario: { preset: 'konnectivity' },
      highlight: 'konnectivity-agent-server',
      expect: {
        'konnectivity-agent-server': 'secure',
        'apiserver-kubelet': 'tunneled',
        ...all(PROXIES, 'tunneled'),
      },
    },
    {
      title: 'The frontend: plain TCP is not served',
      narration:
        "Point the egress selector at the server over tcp with an http:// url and nothing works: the konnectivity-server's TCP frontend is TLS-only and requires --server-ca-cert. Every cluster dial fails and nothing falls back to direct dialing: logs, exec and every proxy are broken.",
      scenario: { preset: 'konnectivity', set: { 'konnectivity.frontend': 'tcp' } },
      highlight: 'apiserver-konnectivity-server',
      expect: {
        'apiserver-konnectivity-server': 'broken',
        'apiserver-kubelet': 'broken',
        ...all(PROXIES, 'broken'),
      },
      predict: {
        question: 'Egress over tcp with an http:// url: what happens to apiserver → kubelet?',
        path: 'apiserver-kubelet',
        choices: ['tunneled', 'unverified', 'broken'],
        answer: 'broken',
      },
    },
    {
      title: 'Unix socket or mutual TLS',
      narration:
        'kube-apiserver speaks GRPC to the server only over a Unix socket (--mode=grpc, the same --uds-name on both sides). Over TCP use HTTPConnect (--mode=http-connect) with an https:// url and tlsConfig (caBundle, clientCert, clientKey). Either way the apiserver → konnectivity-server hop is secure, and the proxies are tunneled again.',
      scenario: { preset: 'konnectivity', set: { 'konnectivity.frontend': 'tcp-tls' } },
      highlight: 'apiserver-konnectivity-server',
      expect: { 'apiserver-konnectivity-server': 'secure', ...all(PROXIES, 'tunneled') },
    },
  ],
};

const sshHistory: Tour = {
  id: 'ssh-history',
  title: 'SSH tunnels: a short history',
  summary: 'Deprecated in 1.9, removed in 1.22, GCE only, and they never verified the node.',
  steps: [
    {
      title: 'Before Konnectivity',
      narration:
        "kube-apiserver could reach nodes through SSH tunnels: --ssh-user and --ssh-keyfile. They only ever worked on GCE, where the in-tree gce cloud provider installed the keys, and the flags were deprecated in 1.9. The kubelet's read-only port 10255 stayed open because the tunnel health check used it: that port is plaintext.",
      scenario: { preset: 'legacy-ssh' },
      highlight: 'apiserver-ssh-tunnel',
      expect: { 'apiserver-ssh-tunnel': 'unverified', 'kubelet-readonly': 'plaintext' },
    },
    {
      title: 'Encrypted, but to whom?',
      narration:
        "The docs presented SSH tunnels as a protection. The code disagrees: the apiserver's SSH client accepted any host key (ssh.InsecureIgnoreHostKey in pkg/ssh) and picked a random node when no tunnel matched. SSH encrypts the hop but never verified the node, so the proxy paths are unverified, never tunneled.",
      scenario: { preset: 'legacy-ssh' },
      highlight: 'apiserver-proxy-pod',
      expect: { 'apiserver-ssh-tunnel': 'unverified', ...all(PROXIES, 'unverified') },
      predict: {
        question: 'v1.21 with SSH tunnels: what is apiserver → pod through the proxy?',
        path: 'apiserver-proxy-pod',
        choices: ['tunneled', 'unverified', 'plaintext'],
        answer: 'unverified',
      },
    },
    {
      title: 'Removed in 1.22',
      narration:
        'From 1.22 the flags no longer exist: kube-apiserver exits at startup with "unknown flag: --ssh-user". The SSH path is broken, and the other paths are shown as if the flags were absent: the proxy is back to plaintext.',
      scenario: { preset: 'legacy-ssh', set: { version: '1.22' } },
      highlight: 'apiserver-ssh-tunnel',
      expect: { 'apiserver-ssh-tunnel': 'broken', ...all(PROXIES, 'plaintext') },
    },
    {
      title: 'Konnectivity replaces them',
      narration:
        'Konnectivity takes precedence over SSH when both exist. With agent authentication the proxy paths are tunneled; the SSH path still exists, unverified, until --ssh-user and --ssh-keyfile are removed.',
      scenario: {
        preset: 'legacy-ssh',
        set: {
          'konnectivity.enabled': true,
          'konnectivity.agentAuthentication': 'service-account-token',
        },
      },
      highlight: 'apiserver-proxy-pod',
      expect: { 'apiserver-ssh-tunnel': 'unverified', ...all(PROXIES, 'tunneled') },
    },
  ],
};

/** The shipped workshop tours, in menu order. */
export const TOURS: readonly Tour[] = [kubeletCa, caMismatch, proxy, konnectivity, sshHistory];

/** A tour by id. */
export function findTour(id: string): Tour | undefined {
  return TOURS.find((t) => t.id === id);
}

/** The config a step shows: its preset with its `set` keys applied. */
export function stepConfig(step: TourStep): Config {
  return Object.entries(step.scenario.set ?? {}).reduce<Config>(
    (c, [k, v]) => setKey(c, k as ConfigKey, v as ConfigValue),
    PRESETS[step.scenario.preset],
  );
}
