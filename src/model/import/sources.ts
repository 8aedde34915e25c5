import type { CommandLine } from './binaries';
import type { KubeletFacts } from './kubeletFacts';
import type { ImportWarning } from './types';

/** A Kubernetes version found in a file (image tag, binary URL, kubernetesVersion). */
export interface VersionHint {
  readonly version: string;
  readonly line: number;
  readonly setting: string;
}

/** The cluster egress selection of an EgressSelectorConfiguration. */
export interface EgressCluster {
  readonly protocol: string;
  readonly line: number;
  readonly transport: 'uds' | 'tcp' | 'none';
  readonly transportLine: number;
  readonly udsName?: string;
  readonly url?: string;
  readonly tlsConfig: boolean;
}

/** A command line of one binary in a file (a unit, manifest, `ps` line, kubeadm extraArgs). */
export interface CommandSource {
  readonly kind: 'command';
  readonly file: string;
  readonly cmd: CommandLine;
  /** From kubeadm (ClusterConfiguration, Init/JoinConfiguration): absent settings take kubeadm's values. */
  readonly kubeadm?: boolean;
  readonly version?: VersionHint;
  /** The node these flags belong to, when the file says (JoinConfiguration nodeRegistration.name). */
  readonly node?: string;
}

/** One kubelet configuration: a KubeletConfiguration document, or one node's configz object. */
export interface KubeletConfigSource {
  readonly kind: 'kubelet-config';
  readonly file: string;
  readonly line: number;
  readonly facts: KubeletFacts;
  /** `file`: a KubeletConfiguration (absent fields take defaults); `configz`: the live config, every default filled in. */
  readonly origin: 'file' | 'configz';
  /** In a kubeadm multi-document file: absent fields take what kubeadm generates. */
  readonly kubeadm?: boolean;
  /** The node a configz object came from, when the session or object says. */
  readonly node?: string;
  /** Its apiVersion, as written (drop-ins must be kubelet.config.k8s.io/v1beta1). */
  readonly apiVersion?: string;
}

/** What one file (or one document of it) says about one component. */
export type Source =
  | CommandSource
  | KubeletConfigSource
  | {
      readonly kind: 'egress';
      readonly file: string;
      readonly line: number;
      readonly cluster?: EgressCluster;
      readonly warnings: readonly ImportWarning[];
    };
