import type { PathState } from './types';

/** What each path state means (DOMAIN.md §3), in full: the rules reference and SARIF help use it. */
export const STATE_DEFINITIONS: Readonly<Record<PathState, string>> = {
  secure: "encrypted, and the caller verifies the server's certificate; the caller authenticates",
  tunneled:
    'crosses the untrusted link only inside an encrypted tunnel whose two ends authenticate each other (Konnectivity with agent authentication)',
  unverified:
    'encrypted, but one end is not authenticated: either the caller does not verify the server (a man in the middle can read and change the traffic), or the server accepts any caller (an impostor can join and receive traffic)',
  plaintext: 'not encrypted, not authenticated',
  broken:
    'configured so that the connection fails (requests error out); not an exposure, but the feature does not work',
  disabled: 'the path does not exist in this configuration',
};
