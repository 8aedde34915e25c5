import type { ConfigKey } from '../../model/config';
import type { Config } from '../../model/types';
import { minorOf } from '../../model/version';

/** Why a control cannot apply (or only matters in some case) under the current config. */
export function keyNote(key: ConfigKey, c: Config): string | null {
  switch (key) {
    case 'apiserver.sshTunnels':
      return minorOf(c.version) >= 22
        ? `Removed in 1.22: on v${c.version} these flags make kube-apiserver exit at startup with "unknown flag: --ssh-user".`
        : c.konnectivity.enabled
          ? 'Konnectivity is enabled and takes precedence: traffic uses its tunnel, not SSH.'
          : null;
    case 'konnectivity.agentAuthentication':
    case 'konnectivity.frontend':
      return c.konnectivity.enabled ? null : 'Only matters when Konnectivity is enabled.';
    case 'kubelet.webhookAuthentication':
      return "Affects bearer-token callers (metrics-server, users), not the apiserver's certificate: no path changes.";
    default:
      return null;
  }
}

/** Stable DOM id for a key's control. */
export const controlId = (key: string): string => `ctl-${key.replace(/[^a-zA-Z0-9]/g, '-')}`;
