import type { ConfigValue } from '../config';
import type { PresetName } from '../presets';
import type { Config } from '../types';

/** One input: a file name (or "pasted text") and its text. */
export interface ImportInput {
  readonly name: string;
  readonly text: string;
}

/** Where an imported config value came from. */
export type Provenance =
  | {
      readonly kind: 'file';
      readonly file: string;
      readonly line: number;
      /** The flag or field that set it, e.g. `--authorization-mode` or `authentication.anonymous.enabled`. */
      readonly setting: string;
      /** Other lines the value depends on (the egress udsName a server's --uds-name must match). */
      readonly also?: readonly {
        readonly file: string;
        readonly line: number;
        readonly setting: string;
      }[];
    }
  | {
      /** The upstream default of a binary that a file describes (the setting is absent). */
      readonly kind: 'default';
      readonly component: string;
      readonly detail: string;
      readonly file?: string;
    }
  | { readonly kind: 'assumed'; readonly preset: PresetName; readonly detail?: string };

/** A problem worth telling the user about; the import still succeeded. */
export interface ImportWarning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** Why a file could not be imported; expected failures are values. */
export interface ImportError {
  readonly message: string;
  readonly file: string;
  readonly line?: number;
}

/** What one file turned out to be. */
export interface ImportedFile {
  readonly name: string;
  /** Detected kinds, one per recognised document or command line, e.g. "kube-apiserver static Pod manifest". */
  readonly kinds: readonly string[];
  /** Documents that were read but describe nothing this tool models, e.g. "ServiceAccount (line 1)". */
  readonly ignored: readonly string[];
}

/** One source of an imported pool: a configuration, a drop-in or a kubelet command line. */
export interface PoolSource {
  readonly file: string;
  readonly line: number;
  readonly kind: 'KubeletConfiguration' | 'configz' | 'drop-in' | 'flags';
  /** The node, when the source names it (configz, kubeadm nodeRegistration.name, --hostname-override). */
  readonly node?: string;
}

/** A node pool made from the imported kubelet sources, and what it was made from. */
export interface ImportedPool {
  readonly name: string;
  readonly nodes: number;
  /** Its files, in input order. */
  readonly files: readonly string[];
  readonly sources: readonly PoolSource[];
  /** `explicit`: grouped by the caller (`--pool`); `automatic`: by the rules (DOMAIN.md §9). */
  readonly grouping: 'explicit' | 'automatic';
}

/**
 * A successful import: the effective config and where each value came from. Provenance is keyed
 * the way keys are written: cluster-wide keys as they are; kubelet keys as `kubelet.X` with one
 * pool, `pools.NAME.kubelet.X` with several.
 */
export interface ImportSuccess {
  readonly ok: true;
  readonly config: Config;
  readonly provenance: Readonly<Record<string, Provenance>>;
  readonly files: readonly ImportedFile[];
  readonly warnings: readonly ImportWarning[];
  /** The pools made from kubelet sources; empty when no file describes a kubelet (the base preset's pools are kept). */
  readonly pools: readonly ImportedPool[];
}

/** How importFiles groups kubelet sources into pools beyond its rules. */
export interface ImportOptions {
  /** Explicit pools: each named pool is made of the kubelet sources of these files. */
  readonly pools?: readonly { readonly name: string; readonly files: readonly string[] }[];
}

/** A failed import: every error found, and what the readable files were. */
export interface ImportFailure {
  readonly ok: false;
  readonly errors: readonly ImportError[];
  readonly files: readonly ImportedFile[];
}

/** The outcome of importFiles: success with provenance, or every error. */
export type ImportResult = ImportSuccess | ImportFailure;

/** One derived value with its provenance (internal currency of the importers). */
export interface Derived {
  readonly value: ConfigValue;
  readonly prov: Provenance;
}
