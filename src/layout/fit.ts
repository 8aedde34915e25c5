/** A zoom transform: screen = world × k + (x, y). */
export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** The transform that shows a `w`×`h` drawing whole and centred in a `vw`×`vh` view. */
export function fitTransform(w: number, h: number, vw: number, vh: number, pad = 12): Transform {
  const k = Math.max(0.02, Math.min((vw - 2 * pad) / w, (vh - 2 * pad) / h));
  return { k, x: (vw - w * k) / 2, y: (vh - h * k) / 2 };
}
