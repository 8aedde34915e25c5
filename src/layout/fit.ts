/** A zoom transform: screen = world × k + (x, y). */
export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Whether two transforms are the same to within what anyone could see. */
export const sameTransform = (a: Transform, b: Transform): boolean =>
  Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) < 1e-6;

/**
 * Padding around a fitted drawing, and the strip the zoom buttons keep for themselves: on the
 * right of wide drawings, under narrow ones (phones have height to spare, not width).
 */
export const FIT = { pad: 8, strip: 40 } as const;

/** Room kept free for the zoom buttons: `right` and `bottom` px. */
export interface Reserve {
  readonly right: number;
  readonly bottom: number;
}

/** The zoom buttons' strip for a wide or narrow drawing. */
export const reserveFor = (narrow: boolean): Reserve =>
  narrow ? { right: 0, bottom: FIT.strip } : { right: FIT.strip, bottom: 0 };

/**
 * The transform that shows a `w`×`h` drawing whole and centred in a `vw`×`vh` view, leaving
 * `pad` on every side and the reserved strip free.
 */
export function fitTransform(
  w: number,
  h: number,
  vw: number,
  vh: number,
  pad = 12,
  reserve: Reserve = { right: 0, bottom: 0 },
): Transform {
  const k = Math.max(
    0.02,
    Math.min((vw - 2 * pad - reserve.right) / w, (vh - 2 * pad - reserve.bottom) / h),
  );
  return { k, x: (vw - reserve.right - w * k) / 2, y: (vh - reserve.bottom - h * k) / 2 };
}
