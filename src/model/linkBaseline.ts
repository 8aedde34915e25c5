import type { Config } from './types';
import { decodeQuery, type Ignored } from './urlCodec';

/** A baseline read from a pasted link, with the parameters that were not applied. */
export type LinkBaseline =
  | { readonly ok: true; readonly config: Config; readonly label: string; readonly ignored: readonly Ignored[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads the scenario of a shared kube-paths link (a full URL or just its `?query`). Only the
 * config matters for a comparison; size, selection and view parameters are decoded and dropped.
 */
export function baselineFromLink(text: string): LinkBaseline {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'paste a kube-paths link (or its ?query part) first' };
  const q = s.indexOf('?');
  const query = (q >= 0 ? s.slice(q + 1) : s).split('#')[0] ?? '';
  if (q < 0 && !query.includes('=')) return { ok: false, error: `"${s.slice(0, 80)}" has no query (nothing after "?")` };
  const { state, ignored } = decodeQuery(query);
  const label = state.preset ? `the shared link (preset ${state.preset})` : 'the shared link (custom)';
  return { ok: true, config: state.config, label, ignored };
}
