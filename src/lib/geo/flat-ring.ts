/**
 * A ring of [x, y] positions as one flat Float64Array (x0, y0, x1, y1, …): the form the
 * point-in-ring tests of the area index (pipeline) and the layer overlaps (build) loop over,
 * without an array per point. No node:* imports.
 */
import type { Position } from 'geojson';

export function flatRing(ring: readonly Position[]): Float64Array {
  const out = new Float64Array(ring.length * 2);
  ring.forEach((p, i) => {
    out[2 * i] = p[0] as number;
    out[2 * i + 1] = p[1] as number;
  });
  return out;
}
