// The shipped workshop tours: narration, scenarios and the states they claim (tours.test.ts checks
// them). Most of their size is narration, so nothing on the first paint imports this file: the
// page loads it when a tour is picked or a link names one (state/tourCatalog.ts).
import type { PoolSize } from './pools';
import type { Tour } from './tour';
import type { PathId, PathState } from './types';

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

const ROLLOUT_POOLS: readonly PoolSize[] = [
  { name: 'bootstrapped', nodes: 4 },
  { name: 'legacy', nodes: 2 },
];

const poolByPool: Tour = {
  id: 'pool-by-pool',
  title: 'Rolling out kubelet serving certificates pool by pool',
  summary:
    '--kubelet-certificate-authority is one flag for the whole cluster: set it while one pool still self-signs and that pool breaks.',
  steps: [
    {
      title: 'Two pools, one of them ready',
      narration:
        'This cluster has two node pools. Pool bootstrapped (4 nodes) already runs serverTLSBootstrap: true with an approver, so its kubelets serve certificates the cluster CA signed. Pool legacy (2 nodes) still self-signs. The apiserver verifies neither, because --kubelet-certificate-authority is not set: apiserver → kubelet is unverified on both pools.',
      scenario: { preset: 'kubeadm', pools: ROLLOUT_POOLS, set: { 'pools.bootstrapped.kubelet.servingCertificate': 'tls-bootstrap' } },
      highlight: 'apiserver-kubelet',
      highlightPool: 'legacy',
      expect: { 'apiserver-kubelet@bootstrapped': 'unverified', 'apiserver-kubelet@legacy': 'unverified' },
    },
    {
      title: 'One flag for every pool',
      narration:
        '--kubelet-certificate-authority is a kube-apiserver flag: it applies to every node at once. Pool bootstrapped is now verified end to end: secure. But the kubelets of pool legacy present self-signed certificates, and every logs, exec, attach and port-forward call to them fails with "x509: certificate signed by unknown authority": broken on legacy.',
      scenario: { preset: 'mixed-pools' },
      highlight: 'apiserver-kubelet',
      highlightPool: 'legacy',
      expect: { 'apiserver-kubelet@bootstrapped': 'secure', 'apiserver-kubelet@legacy': 'broken' },
      predict: {
        question: 'Set --kubelet-certificate-authority now. What happens to apiserver → kubelet on pool legacy?',
        path: 'apiserver-kubelet',
        pool: 'legacy',
        choices: ['secure', 'unverified', 'broken'],
        answer: 'broken',
      },
    },
    {
      title: 'Fix the pool first',
      narration:
        'Take the flag out again and give pool legacy serverTLSBootstrap: true (and an approver for its kubernetes.io/kubelet-serving CSRs). Both pools now serve CA-signed certificates; nothing is verified yet, so both are unverified, and no pool fails.',
      scenario: { preset: 'kubeadm', pools: ROLLOUT_POOLS, set: { 'kubelet.servingCertificate': 'tls-bootstrap' } },
      highlight: 'apiserver-kubelet',
      highlightPool: 'legacy',
      expect: { 'apiserver-kubelet@bootstrapped': 'unverified', 'apiserver-kubelet@legacy': 'unverified' },
    },
    {
      title: 'Then set the flag, safely',
      narration:
        'With every pool ready, --kubelet-certificate-authority verifies every kubelet, and the apiserver still authenticates with its client certificate: apiserver → kubelet is secure on both pools. A new pool added later must bootstrap its certificates before it joins, or it breaks the same way.',
      scenario: { preset: 'kubelet-ca', pools: ROLLOUT_POOLS },
      highlight: 'apiserver-kubelet',
      highlightPool: 'legacy',
      expect: { 'apiserver-kubelet': 'secure' },
    },
  ],
};

const attacker: Tour = {
  id: 'attacker',
  title: 'Think like an attacker',
  summary:
    'The same cluster seen from each attacker position in turn, then after the plan, and what even a hardened cluster leaves.',
  steps: [
    {
      title: 'Anyone who reaches a node',
      narration:
        'A cluster started with the binaries’ defaults. Anyone who can reach a node’s ports needs no credentials at all: the kubelet serves anonymous callers on :10250 (anonymous auth with AlwaysAllow), so they can exec into every pod and read its service-account token; the plaintext read-only port :10255 lists every pod spec.',
      scenario: { preset: 'flags-only' },
      highlight: 'kubelet-readonly',
      attacker: 'anyone',
      exposed: ['apiserver-kubelet', 'kubelet-readonly'],
      expect: { 'kubelet-readonly': 'plaintext', 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'A compromised pod',
      narration:
        'A compromised pod reaches every node’s ports too, so it gets the same: exec in every pod and every pod spec. And its own service-account token is worth everything here, because --authorization-mode is AlwaysAllow: every authenticated identity may do anything.',
      scenario: { preset: 'flags-only' },
      highlight: 'apiserver-kubelet',
      attacker: 'pod',
      exposed: ['apiserver-kubelet', 'kubelet-readonly'],
      expect: { 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'On the link',
      narration:
        'Someone on the untrusted network between the control plane and the nodes sits in the middle of what the apiserver dials: it does not verify the kubelet’s certificate (no --kubelet-certificate-authority), so exec and logs can be read and changed, and the node, pod and service proxy speak plaintext.',
      scenario: { preset: 'flags-only' },
      highlight: 'apiserver-proxy-pod',
      attacker: 'link',
      exposed: ['apiserver-kubelet', 'apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'],
      expect: { 'apiserver-kubelet': 'unverified', ...all(PROXIES, 'plaintext') },
    },
    {
      title: 'Inside the node network',
      narration:
        'The same man in the middle can sit inside the node network: a pod with NET_RAW spoofing ARP or sending rogue IPv6 router advertisements (CVE-2020-10749), or a Service externalIPs hijack (CVE-2020-8554). It reaches the kubelet path and the proxies, and the anonymous kubelet too.',
      scenario: { preset: 'flags-only' },
      highlight: 'apiserver-kubelet',
      attacker: 'node-network',
      exposed: ['apiserver-kubelet', 'apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'],
      expect: { 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'A compromised node',
      narration:
        'A compromised node has its kubelet’s credentials. Because the apiserver does not verify kubelet certificates, that node can answer for another node’s address and take over its exec streams and logs.',
      scenario: { preset: 'flags-only' },
      highlight: 'apiserver-kubelet',
      attacker: 'node',
      exposed: ['apiserver-kubelet'],
      expect: { 'apiserver-kubelet': 'unverified' },
    },
    {
      title: 'After the plan',
      narration:
        'The make-it-safe plan for this cluster has three changes: Konnectivity with service-account-token agent authentication, and readOnlyPort: 0. The proxies are tunneled and the read-only port is gone, so a compromised pod has neither :10255 nor the proxies. But the kubelet still serves anonymous callers, and the plan only makes paths safe: the pod still execs through :10250.',
      scenario: {
        preset: 'flags-only',
        set: { 'konnectivity.enabled': true, 'konnectivity.agentAuthentication': 'service-account-token', 'kubelet.readOnlyPort': 0 },
      },
      highlight: 'apiserver-proxy-pod',
      attacker: 'pod',
      exposed: ['apiserver-kubelet'],
      expect: { 'kubelet-readonly': 'disabled', ...all(PROXIES, 'tunneled'), 'apiserver-kubelet': 'tunneled' },
      predict: {
        question: 'After the plan, what is apiserver → pod through the proxy?',
        path: 'apiserver-proxy-pod',
        choices: ['tunneled', 'unverified', 'plaintext'],
        answer: 'tunneled',
      },
    },
    {
      title: 'What even hardened leaves',
      narration:
        'The hardened cluster: kubelet CA with bootstrapped certificates, Konnectivity with agent authentication, no anonymous kubelets, no read-only port. Nobody on the link, no pod and no node can exploit a path. One thing is left: the proxy’s last leg, from the agent on the node to the target pod or service, runs inside the node network and no flag verifies it. Someone in the node network can still read and change proxied traffic there.',
      scenario: { preset: 'hardened' },
      highlight: 'apiserver-proxy-service',
      attacker: 'node-network',
      exposed: ['apiserver-proxy-node', 'apiserver-proxy-pod', 'apiserver-proxy-service'],
      expect: { ...all(PROXIES, 'tunneled'), 'apiserver-kubelet': 'secure' },
    },
  ],
};

/** The shipped workshop tours, in menu order. */
export const TOURS: readonly Tour[] = [kubeletCa, caMismatch, proxy, konnectivity, sshHistory, poolByPool, attacker];

