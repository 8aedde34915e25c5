/** The attributes of <kube-paths> that set the scenario, and the query parameter each stands for. */
const SCENARIO_ATTRS = ['preset', 'nodes', 'pools', 'select', 'theme'] as const;

/** How many controls an embed shows. */
export type ControlsMode = 'none' | 'compact' | 'full';
const MODES: readonly ControlsMode[] = ['none', 'compact', 'full'];

/** Reads the `controls` attribute; absent means compact, anything else is reported. */
export function controlsMode(value: string | null): { mode: ControlsMode; error?: string } {
  if (value === null || value.trim() === '') return { mode: 'compact' };
  const v = value.trim().toLowerCase();
  if ((MODES as readonly string[]).includes(v)) return { mode: v as ControlsMode };
  return { mode: 'compact', error: `controls="${value}" is not none, compact or full; showing compact` };
}

function keyOf(part: string): string {
  const raw = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * One query string from the element's attributes: the `query` attribute, with the dedicated
 * attributes (preset, nodes, pools, select, theme) taking the place of the same parameters in it.
 */
export function embedQuery(get: (name: string) => string | null): string {
  const own = SCENARIO_ATTRS.flatMap((k) => {
    const v = get(k);
    return v === null ? [] : [[k, v.trim()] as const];
  });
  const overridden = new Set<string>(own.map(([k]) => k));
  const base = (get('query') ?? '')
    .trim()
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && !overridden.has(keyOf(p)));
  return `?${[...base, ...own.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join('&')}`;
}
