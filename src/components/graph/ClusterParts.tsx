import { memo } from 'react';
import type { Box } from '../../layout/geometry';
import type { Layout } from '../../layout/layout';
import { SERVICES } from '../../model/topology';

interface Part {
  readonly id: string;
  readonly label: string;
  readonly sub: string;
  readonly kind: string;
}

const PARTS: readonly Part[] = [
  { id: 'apiserver', label: 'kube-apiserver', sub: 'the hub · HTTPS :6443', kind: 'apiserver' },
  { id: 'konnectivity-server', label: 'konnectivity-server', sub: 'tunnel end · :8132', kind: 'konnectivity-server' },
  { id: 'etcd', label: 'etcd', sub: '', kind: 'context' },
  { id: 'scheduler', label: 'kube-scheduler', sub: '', kind: 'context' },
  { id: 'controller-manager', label: 'kube-controller-manager', sub: '', kind: 'context' },
  { id: 'user', label: 'kubectl user', sub: 'or anyone on the network', kind: 'user' },
  ...SERVICES.map((s) => ({ id: s.id, label: `Service ${s.label}`, sub: '', kind: 'service' })),
];

/** Zones and the band between them; the band is hatched and says so when the network is untrusted. */
export const Zones = memo(function Zones({ layout, untrusted }: { layout: Layout; untrusted: boolean }) {
  const { outside, controlPlane, band, node } = layout.zones;
  const zone = (b: Box, cls: string, label: string) => (
    <g className={`kp-zone ${cls}`}>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={16} />
      <text x={b.x + 16} y={b.y + 26} className="kp-zone-label">
        {label}
      </text>
    </g>
  );
  return (
    <g aria-hidden="true">
      {zone(outside, 'kp-zone-outside', 'outside')}
      {zone(controlPlane, 'kp-zone-cp', 'control plane')}
      {zone(node, 'kp-zone-node', 'nodes')}
      <g className="kp-band" data-untrusted={untrusted ? 'true' : 'false'}>
        <rect x={band.x} y={band.y} width={band.w} height={band.h} rx={12} />
      </g>
    </g>
  );
});

/** The band's label, drawn above the paths so the spokes never cover it. */
export const BandLabel = memo(function BandLabel({ layout, untrusted }: { layout: Layout; untrusted: boolean }) {
  const { band } = layout.zones;
  return (
    <text
      x={band.x + 18}
      y={band.y + band.h / 2 + 7}
      className="kp-band-label"
      data-untrusted={untrusted ? 'true' : 'false'}
      data-testid="band"
    >
      {untrusted ? '⚠ untrusted network between control plane and nodes' : 'control plane ↔ node network (trusted)'}
    </text>
  );
});

/** Faint context: etcd, scheduler and controller-manager talk to the apiserver; kubectl starts requests. */
export const ContextLinks = memo(function ContextLinks({ layout }: { layout: Layout }) {
  const c = layout.components;
  const hub = c['apiserver'] as Box;
  const user = c['user'] as Box;
  return (
    <g className="kp-context" aria-hidden="true">
      {['etcd', 'scheduler', 'controller-manager'].map((id) => {
        const b = c[id] as Box;
        return <line key={id} x1={b.x + b.w} y1={b.y + b.h / 2} x2={hub.x} y2={b.y + b.h / 2} />;
      })}
      <path
        d={`M${user.x + user.w},${user.y + user.h - 12}C${user.x + user.w + 120},${hub.y + hub.h + 50} ${hub.x - 80},${hub.y + hub.h + 40} ${hub.x + 24},${hub.y + hub.h}`}
        markerEnd="url(#kp-arrow-context)"
      />
      <text x={user.x + user.w + 40} y={hub.y + hub.h + 58} className="kp-context-label">
        logs · exec · port-forward · proxy
      </text>
    </g>
  );
});

/** The cluster-wide components, each focusable and selectable. */
export const ClusterComponents = memo(function ClusterComponents({ layout }: { layout: Layout }) {
  return (
    <g>
      {PARTS.map((p) => {
        const b = layout.components[p.id];
        if (!b) return null;
        const big = p.kind === 'apiserver';
        return (
          <g key={p.id} className={`kp-cp kp-cp-${p.kind}`}>
            <rect
              className="kp-comp"
              data-kind={p.kind}
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              rx={big ? 14 : 8}
              data-component={p.id}
              data-key={p.id}
              tabIndex={0}
              role="button"
              aria-label={p.sub ? `${p.label} (${p.sub})` : p.label}
            />
            <text
              x={b.x + b.w / 2}
              y={b.y + (p.sub ? b.h / 2 - 2 : b.h / 2 + 6)}
              className={big ? 'kp-hub-label' : 'kp-cp-label'}
              aria-hidden="true"
            >
              {p.label}
            </text>
            {p.sub && (
              <text x={b.x + b.w / 2} y={b.y + b.h / 2 + 20} className="kp-cp-sub" aria-hidden="true">
                {p.sub}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
