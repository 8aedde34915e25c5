import type { ConfigKey } from '../config';
import type { CommandLine } from './binaries';
import type { Derived, ImportWarning } from './types';

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

/** What one file (or one document of it) says about one component. */
export type Source =
  | {
      readonly kind: 'command';
      readonly file: string;
      readonly cmd: CommandLine;
      /** The apiserver comes from kubeadm (ClusterConfiguration): absent flags take kubeadm's values. */
      readonly kubeadm?: boolean;
      readonly version?: VersionHint;
    }
  | {
      readonly kind: 'kubelet-config';
      readonly file: string;
      readonly line: number;
      readonly fields: ReadonlyMap<ConfigKey, Derived>;
    }
  | {
      readonly kind: 'egress';
      readonly file: string;
      readonly line: number;
      readonly cluster?: EgressCluster;
      readonly warnings: readonly ImportWarning[];
    };
