import { memo } from 'react';
import type { Detail } from '../../layout/detail';
import type { Box } from '../../layout/geometry';
import type { NodeCard as Card } from '../../layout/layout';

const PART_LABELS = {
  kubelet: 'kubelet',
  'kube-proxy': 'kube-proxy',
  pods: 'pods',
  'konnectivity-agent': 'konnectivity-agent',
} as const;
const SHORT = { kubelet: 'kubelet', 'kube-proxy': 'kube-proxy', pods: 'pods', 'konnectivity-agent': 'agent' } as const;
type Part = keyof typeof PART_LABELS;
const PARTS = Object.keys(PART_LABELS) as Part[];
const MAX_DOTS = 12;

/** All pod dots of a card as one path: one element whatever the pod count. */
function podDots(b: Box, count: number, s: number): string {
  const n = Math.min(count, MAX_DOTS);
  const cols = Math.min(n, 4);
  const r = 4.2 * s;
  const step = 13 * s;
  const x0 = b.x + b.w / 2 - ((cols - 1) * step) / 2;
  const y0 = b.y + b.h * 0.55;
  let d = '';
  for (let i = 0; i < n; i++) {
    const x = x0 + (i % cols) * step;
    const y = y0 + Math.floor(i / cols) * step * 0.9;
    d += `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r.toFixed(1)},${r.toFixed(1)} 0 1 0 ${(2 * r).toFixed(1)},0a${r.toFixed(1)},${r.toFixed(1)} 0 1 0 ${(-2 * r).toFixed(1)},0`;
  }
  return d;
}

interface Props {
  readonly card: Card;
  readonly scale: number;
  readonly detail: Detail;
  readonly pods: number;
  readonly collapsed: boolean;
}

/**
 * One node card: the node itself (focusable, `node@<name>`), its kubelet, kube-proxy, pods and
 * konnectivity-agent. Only the card is in the Tab order; arrow keys move inside it (see Graph).
 */
export const NodeCard = memo(function NodeCard({ card, scale: s, detail, pods, collapsed }: Props) {
  const { box, name, parts } = card;
  const labels = detail !== 'low';
  const host = parts.node;
  const podBox = parts.pods;
  const podWord = `${pods} pod${pods === 1 ? '' : 's'}`;
  return (
    <g className="kp-card" role="group" aria-label={`node ${name}`} data-node={name}>
      <rect
        className="kp-card-bg"
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={10 * s}
        data-component={`node@${name}`}
        data-key={`node@${name}`}
        data-nav={name}
        data-card="true"
        tabIndex={0}
        role="button"
        aria-label={`${name}: node. Arrow keys step through its components and paths; Enter selects.`}
      />
      {PARTS.map((kind) => {
        const b = parts[kind];
        const id = `${kind === 'pods' ? 'pods' : kind}@${name}`;
        return (
          <rect
            key={kind}
            className="kp-comp kp-node-comp"
            data-kind={kind}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            rx={6 * s}
            data-component={id}
            data-key={id}
            data-nav={name}
            tabIndex={-1}
            role="button"
            aria-label={`${kind === 'pods' ? podWord : PART_LABELS[kind]} on ${name}`}
          />
        );
      })}
      {!collapsed && labels && <path className="kp-pod-dots" d={podDots(podBox, pods, s)} />}
      {labels && (
        <g className="kp-card-labels" aria-hidden="true">
          {PARTS.map((kind) => {
            const b = parts[kind];
            return (
              <text key={kind} x={b.x + b.w / 2} y={b.y + 20 * s} fontSize={14 * s} className="kp-comp-label">
                {kind === 'pods' ? podWord : SHORT[kind]}
              </text>
            );
          })}
          <text x={host.x + host.w / 2} y={host.y + 20 * s} fontSize={14 * s} className="kp-comp-label kp-muted">
            host
          </text>
          {detail === 'high' && (
            <>
              <text x={host.x + host.w / 2} y={host.y + 44 * s} fontSize={12 * s} className="kp-port-label">
                :22 · :port
              </text>
              <text x={parts.kubelet.x + parts.kubelet.w / 2} y={host.y + 44 * s} fontSize={11 * s} className="kp-port-label">
                :10250 · :10255
              </text>
            </>
          )}
          <text x={box.x + 14 * s} y={box.y + box.h - 16 * s} fontSize={17 * s} className="kp-node-name">
            {name}
          </text>
        </g>
      )}
    </g>
  );
});
