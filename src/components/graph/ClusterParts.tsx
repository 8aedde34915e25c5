import { memo } from 'react';
import type { Detail } from '../../layout/detail';
import type { Box } from '../../layout/geometry';
import type { Layout } from '../../layout/layout';

interface Part {
  readonly id: string;
  readonly label: string;
  readonly sub: string;
  readonly kind: string;
}

const PARTS: readonly Part[] = [
  { id: 'apiserver', label: 'kube-apiserver', sub: 'the hub · HTTPS :6443', kind: 'apiserver' },
  {
    id: 'konnectivity-server',
    label: 'konnectivity-server',
    sub: 'tunnel end · :8132',
    kind: 'konnectivity-server',
  },
  { id: 'etcd', label: 'etcd', sub: '', kind: 'context' },
  { id: 'scheduler', label: 'kube-scheduler', sub: '', kind: 'context' },
  { id: 'controller-manager', label: 'kube-controller-manager', sub: '', kind: 'context' },
  { id: 'user', label: 'kubectl user', sub: 'or anyone', kind: 'user' },
  {
    id: 'service:default/kubernetes',
    label: 'kubernetes',
    sub: 'Service (default)',
    kind: 'service',
  },
  { id: 'service:shop/web', label: 'web', sub: 'Service (shop)', kind: 'service' },
];
const FULL_NAMES: Readonly<Record<string, string>> = {
  user: 'kubectl user, or anyone on the network',
  'service:default/kubernetes': 'Service kubernetes (default), in front of the apiserver',
  'service:shop/web': 'Service web (shop), which the service proxy reaches',
};

/** Zones and the band between them; the band is hatched and says so when the network is untrusted. */
export const Zones = memo(function Zones({
  layout,
  untrusted,
  detail,
}: {
  layout: Layout;
  untrusted: boolean;
  detail: Detail;
}) {
  const { outside, controlPlane, band, node } = layout.zones;
  const f = layout.fonts.secondary;
  const zone = (b: Box, cls: string, label: string) => (
    <g className={`kp-zone ${cls}`}>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={12} />
      {detail === 'high' && (
        <text x={b.x + 10} y={b.y + f + 3} fontSize={f} className="kp-zone-label">
          {label}
        </text>
      )}
    </g>
  );
  return (
    <g aria-hidden="true">
      {zone(outside, 'kp-zone-outside', 'outside')}
      {zone(controlPlane, 'kp-zone-cp', 'control plane')}
      {zone(node, 'kp-zone-node', layout.pools === 1 ? 'nodes' : `nodes · ${layout.pools} pools`)}
      <g className="kp-band" data-untrusted={untrusted ? 'true' : 'false'}>
        <rect x={band.x} y={band.y} width={band.w} height={band.h} rx={10} />
      </g>
    </g>
  );
});

/** The band's title and the label of each bundle of paths, drawn over the paths with a halo. */
export const BandLabels = memo(function BandLabels({
  layout,
  untrusted,
  detail,
}: {
  layout: Layout;
  untrusted: boolean;
  detail: Detail;
}) {
  const { band } = layout.zones;
  const f = layout.fonts;
  const narrow = layout.mode === 'narrow';
  const title = untrusted
    ? narrow
      ? '⚠ untrusted network'
      : '⚠ untrusted network between control plane and nodes'
    : narrow
      ? 'trusted network'
      : 'control plane ↔ node network (trusted)';
  return (
    <g className="kp-band-labels" data-untrusted={untrusted ? 'true' : 'false'}>
      <text
        x={band.x + 10}
        y={layout.band.titleY}
        fontSize={f.primary}
        className="kp-band-label kp-halo"
        data-untrusted={untrusted ? 'true' : 'false'}
        data-testid="band"
      >
        {title}
      </text>
      {detail !== 'low' &&
        layout.spread.labels.map((l) => (
          <text
            key={l.bundle}
            x={l.x}
            y={layout.band.labelY}
            fontSize={f.bundle}
            className="kp-bundle-label kp-halo"
            data-bundle={l.bundle}
            aria-hidden="true"
          >
            {l.lines.map((line, i) => (
              <tspan key={line} x={l.x} dy={i === 0 ? 0 : f.bundle + 2}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
    </g>
  );
});

/** Faint context: etcd, scheduler and controller-manager talk to the apiserver. */
export const ContextLinks = memo(function ContextLinks({ layout }: { layout: Layout }) {
  const c = layout.components;
  const hub = c['apiserver'] as Box;
  return (
    <g className="kp-context" aria-hidden="true">
      {['etcd', 'scheduler', 'controller-manager'].map((id) => {
        const b = c[id] as Box;
        const y = b.y + b.h / 2;
        // Wide: beside the hub; narrow: above it.
        return b.y + b.h <= hub.y ? (
          <line key={id} x1={b.x + b.w / 2} y1={b.y + b.h} x2={b.x + b.w / 2} y2={hub.y} />
        ) : (
          <line
            key={id}
            x1={b.x + b.w}
            y1={y}
            x2={hub.x}
            y2={Math.min(Math.max(y, hub.y + 6), hub.y + hub.h - 6)}
          />
        );
      })}
    </g>
  );
});

/** The cluster-wide components, each focusable and selectable. */
export const ClusterComponents = memo(function ClusterComponents({
  layout,
  detail,
}: {
  layout: Layout;
  detail: Detail;
}) {
  const f = layout.fonts;
  return (
    <g>
      {PARTS.map((p) => {
        const b = layout.components[p.id];
        if (!b) return null;
        const big = p.kind === 'apiserver';
        const size = big ? f.hub : f.primary;
        const subText = layout.mode === 'narrow' && p.kind === 'service' ? 'Service' : p.sub;
        const sub = subText && detail === 'high' && b.h >= size + f.secondary + 8;
        return (
          <g key={p.id} className={`kp-cp kp-cp-${p.kind}`}>
            <rect
              className="kp-comp"
              data-kind={p.kind}
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              rx={big ? 12 : 8}
              data-component={p.id}
              data-key={p.id}
              tabIndex={0}
              role="button"
              aria-label={FULL_NAMES[p.id] ?? (p.sub ? `${p.label} (${p.sub})` : p.label)}
            />
            <text
              x={b.x + b.w / 2}
              y={sub ? b.y + b.h / 2 - 2 : b.y + b.h / 2 + size * 0.36}
              fontSize={size}
              className={big ? 'kp-hub-label' : 'kp-cp-label'}
              aria-hidden="true"
            >
              {p.label}
            </text>
            {sub && (
              <text
                x={b.x + b.w / 2}
                y={b.y + b.h / 2 + f.secondary + 2}
                fontSize={f.secondary}
                className="kp-cp-sub"
                aria-hidden="true"
              >
                {subText}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
