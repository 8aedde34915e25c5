import { memo } from 'react';
import type { Detail } from '../../layout/detail';
import { STACK, type Layout, type PoolCard as Card } from '../../layout/layout';
import { PART_TEXT } from '../../layout/poolCards';
import { fitText, textWidth } from '../../layout/text';
import { POOL_PARTS, type PoolPart } from '../../model/topology';
import { countOf } from '../../model/count';

const PART_WORDS: Readonly<Record<PoolPart, string>> = {
  kubelet: 'kubelet',
  'kube-proxy': 'kube-proxy',
  pods: 'pods',
  node: 'host',
  'konnectivity-agent': 'konnectivity-agent',
};

const nodesWord = (n: number) => countOf(n, 'node');

/** The names of a small pool's nodes (`node-1 … node-3`), or that a large one is drawn once. */
function nodeList(pools: number, card: Card, size: number, width: number): string {
  const name = (i: number) =>
    pools === 1 && card.name === 'default' ? `node-${i}` : `${card.name}-${i}`;
  const n = card.nodes;
  if (n > 4) return 'alike: drawn once';
  const full = n === 1 ? name(1) : n === 2 ? `${name(1)}, ${name(2)}` : `${name(1)} … ${name(n)}`;
  // Long pool names: the first node's name and the other numbers, or just the numbers.
  const compact = n === 1 ? name(1) : `${name(1)}${n === 2 ? ',' : ' …'} -${n}`;
  const fits = [full, compact].find((t) => textWidth(t, size) <= width);
  return fits ?? fitText(n === 1 ? name(1) : `nodes 1–${n}`, size, width);
}

/**
 * A pool's card behind the paths: a stack of cards for a pool of several nodes (drawn once,
 * whatever the count), focusable as the pool's one Tab stop.
 */
export const PoolCardBack = memo(function PoolCardBack({ card }: { card: Card }) {
  const { box, name, nodes } = card;
  const stack = Math.min(2, nodes - 1);
  const step = STACK / 2;
  return (
    <g className="kp-card" data-pool={name}>
      {stack >= 2 && (
        <rect
          className="kp-card-stack"
          x={box.x + 2 * step}
          y={box.y + 2 * step}
          width={box.w}
          height={box.h}
          rx={10}
          aria-hidden="true"
        />
      )}
      {stack >= 1 && (
        <rect
          className="kp-card-stack"
          x={box.x + step}
          y={box.y + step}
          width={box.w}
          height={box.h}
          rx={10}
          aria-hidden="true"
        />
      )}
      <rect
        className="kp-card-bg"
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={10}
        data-component={`node@${name}`}
        data-key={`node@${name}`}
        data-nav={name}
        data-card="true"
        tabIndex={0}
        role="button"
        aria-label={`pool ${name}, ${nodesWord(nodes)}, drawn once. Arrow keys step through its parts and paths; Enter selects.`}
      />
    </g>
  );
});

interface FrontProps {
  readonly card: Card;
  readonly layout: Layout;
  readonly detail: Detail;
  readonly pods: number;
}

/** A pool's parts and labels, drawn over its paths' ends. */
export const PoolCardFront = memo(function PoolCardFront({
  card,
  layout,
  detail,
  pods,
}: FrontProps) {
  const { name, nodes, parts, label } = card;
  const f = layout.fonts;
  const narrow = layout.mode === 'narrow';
  const secondary = detail === 'high';
  const podWord = `${pods} pod${pods === 1 ? '' : 's'} per node`;
  return (
    <g className="kp-card-front" data-pool={name}>
      {POOL_PARTS.map((part) => {
        const b = parts[part];
        const host = part === 'node';
        const id = `${part}@${name}`;
        const t = PART_TEXT[part];
        const sub = (narrow ? t.narrow : t.wide).replace('3', String(pods));
        const subShown = secondary && sub !== '';
        return (
          <g key={part}>
            {host ? (
              // The nodes themselves: the card stands for them (node@pool); pointer events go to it.
              <rect
                className="kp-comp kp-node-comp kp-host"
                data-kind={part}
                x={b.x}
                y={b.y}
                width={b.w}
                height={b.h}
                rx={6}
                aria-hidden="true"
              />
            ) : (
              <rect
                className="kp-comp kp-node-comp"
                data-kind={part}
                x={b.x}
                y={b.y}
                width={b.w}
                height={b.h}
                rx={6}
                data-component={id}
                data-key={id}
                data-nav={name}
                tabIndex={-1}
                role="button"
                aria-label={`${part === 'pods' ? podWord : PART_WORDS[part]} on pool ${name}`}
              />
            )}
            <text
              x={b.x + b.w / 2}
              y={subShown ? b.y + b.h / 2 - 2 : b.y + b.h / 2 + f.primary * 0.36}
              fontSize={f.primary}
              className="kp-comp-label"
              aria-hidden="true"
            >
              {t.name}
            </text>
            {subShown && (
              <text
                x={b.x + b.w / 2}
                y={b.y + b.h / 2 + f.secondary + 1}
                fontSize={f.secondary}
                className="kp-port-label"
                aria-hidden="true"
              >
                {sub}
              </text>
            )}
          </g>
        );
      })}
      <g aria-hidden="true" className={narrow ? 'kp-pool-label kp-halo' : 'kp-pool-label'}>
        {narrow ? (
          <>
            <text x={label.x} y={label.y} fontSize={f.primary} className="kp-pool-name">
              {fitText(`${name} · ${nodesWord(nodes)}`, f.primary, label.width * 0.6, true)}
            </text>
            {secondary && (
              <text
                x={label.x + label.width}
                y={label.y}
                fontSize={f.secondary}
                className="kp-pool-nodes kp-end"
              >
                {nodeList(layout.pools, card, f.secondary, label.width * 0.4)}
              </text>
            )}
          </>
        ) : (
          <>
            <text x={label.x} y={label.y} fontSize={f.primary} className="kp-pool-name">
              {fitText(name, f.primary, label.width, true)}
            </text>
            <text
              x={label.x}
              y={label.y + f.primary + 4}
              fontSize={f.primary}
              className="kp-pool-count"
            >
              {nodesWord(nodes)}
            </text>
            {secondary && (
              <text
                x={label.x}
                y={label.y + 2 * f.primary + 6}
                fontSize={f.secondary}
                className="kp-pool-nodes"
              >
                {nodeList(layout.pools, card, f.secondary, label.width)}
              </text>
            )}
          </>
        )}
      </g>
    </g>
  );
});
