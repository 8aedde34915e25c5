import { legendMeaning } from '../graph/glyphs';
import { overviewOf } from '../../model/overview';
import { STATES, type Config, type PathState } from '../../model/types';
import { resolveCssVars } from './cssVars';
import { countOf } from '../../model/count';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const LINE = 20;
const LEGEND_COLS = 3;

/** The CSS rules that style the diagram (graph.css and the compare overlay), as text. */
function diagramCss(): string {
  const out: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (/\.kp-/.test(rule.selectorText) && !/\.kp-(zoom|legend)/.test(rule.selectorText)) out.push(rule.cssText);
      } else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; the page has none, but never fail an export on it.
    }
  }
  return out.join('\n');
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The legend as SVG: a sample line, the glyph and the meaning of each state. */
function legend(width: number, color: (name: string) => string): SVGGElement {
  const g = el('g', { class: 'kp-export-legend' }) as SVGGElement;
  g.append(el('text', { x: 0, y: 14, 'font-size': 14, 'font-weight': 600, fill: color('--text') }, 'Path states'));
  const colW = width / LEGEND_COLS;
  STATES.forEach((s, i) => {
    const x = (i % LEGEND_COLS) * colW;
    const y = 26 + Math.floor(i / LEGEND_COLS) * (LINE + 14);
    const item = el('g', { transform: `translate(${x} ${y})`, 'data-state': s });
    item.append(el('line', { x1: 0, y1: 10, x2: 34, y2: 10, class: 'kp-path', 'data-state': s }));
    item.append(el('use', { href: `#kp-glyph-${s}`, class: 'kp-glyph', 'data-state': s, x: 40, y: 0, width: 20, height: 20 }));
    item.append(el('text', { x: 66, y: 10, 'font-size': 13, 'font-weight': 600, fill: color('--text') }, s));
    item.append(el('text', { x: 66, y: 25, 'font-size': 11, fill: color('--text-muted') }, legendMeaning(s)));
    g.append(item);
  });
  return g;
}

/** Height the legend takes below the diagram. */
const legendHeight = (): number => 26 + Math.ceil(STATES.length / LEGEND_COLS) * (LINE + 14) + PAD;

const POOL_COLS = 2;
const POOL_ROW = LINE + 14;

/** "1 broken, 3 plaintext, 5 secure, 2 disabled": a pool's path kinds per state, worst first. */
function poolStates(states: readonly PathState[]): string {
  const order: readonly PathState[] = ['broken', 'plaintext', 'unverified', 'tunneled', 'secure', 'disabled'];
  return order
    .map((s) => [s, states.filter((x) => x === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

/** The node pools as SVG: each pool's name, node count and its path kinds per state. */
function poolLegend(width: number, color: (name: string) => string, config: Config): SVGGElement {
  const g = el('g', { class: 'kp-export-pools' }) as SVGGElement;
  g.append(el('text', { x: 0, y: 14, 'font-size': 14, 'font-weight': 600, fill: color('--text') }, 'Node pools'));
  const paths = overviewOf(config).paths;
  const colW = width / POOL_COLS;
  config.pools.forEach((p, i) => {
    const x = (i % POOL_COLS) * colW;
    const y = 26 + Math.floor(i / POOL_COLS) * POOL_ROW;
    const item = el('g', { transform: `translate(${x} ${y})`, 'data-pool': p.name });
    const states = paths.filter((o) => o.poolIndex === i).map((o) => o.state);
    item.append(
      el('text', { x: 0, y: 10, 'font-size': 13, 'font-weight': 600, fill: color('--text') }, `${p.name} · ${countOf(p.nodes, 'node')}`),
    );
    item.append(el('text', { x: 0, y: 25, 'font-size': 11, fill: color('--text-muted') }, poolStates(states)));
    g.append(item);
  });
  return g;
}

/** Height the pools legend takes below the states legend. */
const poolLegendHeight = (config: Config): number => 26 + Math.ceil(config.pools.length / POOL_COLS) * POOL_ROW + PAD;

/**
 * A standalone SVG of the live diagram: fitted to its content (zoom reset), the diagram's CSS
 * embedded with every CSS variable resolved to the current theme's colours, a legend below and a
 * caption above, then the node pools with their path states. Text is set with textContent and
 * serialised by XMLSerializer, so it is escaped.
 */
export function exportDiagramSvg(
  svg: SVGSVGElement,
  caption: readonly string[],
  config: Config,
): { text: string; width: number; height: number } {
  const viewport = svg.querySelector<SVGGElement>('.kp-viewport');
  if (!viewport) throw new Error('exportDiagramSvg: the diagram has no .kp-viewport group');
  const box = viewport.getBBox();
  const computed = getComputedStyle(svg);
  const color = (name: string) => computed.getPropertyValue(name).trim() || '#000000';
  const width = Math.max(Math.ceil(box.width) + 2 * PAD, 720);
  const captionH = caption.length * LINE + PAD;
  const height = Math.ceil(captionH + box.height + PAD + legendHeight() + poolLegendHeight(config));

  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const a of ['tabindex', 'role', 'aria-roledescription', 'aria-label', 'class', 'style']) clone.removeAttribute(a);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('class', 'kp-svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Hover highlights are transient: they must not fade the exported diagram.
  clone.querySelectorAll('.kp-hl-hover').forEach((n) => n.remove());
  // Test ids are for the page's tests, not part of a file someone downloads.
  clone.querySelectorAll('[data-testid]').forEach((n) => n.removeAttribute('data-testid'));
  const vp = clone.querySelector('.kp-viewport')!;
  vp.setAttribute('transform', `translate(${PAD - box.x + (width - 2 * PAD - box.width) / 2} ${captionH - box.y})`);

  const css = resolveCssVars(diagramCss(), (name) => computed.getPropertyValue(name));
  clone.prepend(el('style', {}, css));
  clone.prepend(el('rect', { x: 0, y: 0, width, height, fill: color('--bg') }));
  clone.prepend(el('title', {}, caption.join(' — ')));
  const cap = el('g', { class: 'kp-export-caption' });
  caption.forEach((line, i) =>
    cap.append(
      el('text', { x: PAD, y: PAD + 4 + i * LINE, 'font-size': i === 0 ? 15 : 13, 'font-weight': i === 0 ? 600 : 400, fill: color(i === 0 ? '--text' : '--text-muted') }, line),
    ),
  );
  clone.append(cap);
  const leg = legend(width - 2 * PAD, color);
  leg.setAttribute('transform', `translate(${PAD} ${captionH + box.height + PAD})`);
  clone.append(leg);
  const pools = poolLegend(width - 2 * PAD, color, config);
  pools.setAttribute('transform', `translate(${PAD} ${captionH + box.height + PAD + legendHeight()})`);
  clone.append(pools);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height };
}

/** Rasterises an SVG document at `scale` through a blob: URL image (allowed by the CSP's img-src). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through an <a download> (no network, no new window). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
