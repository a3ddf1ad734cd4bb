/** Bounding box [west, south, east, north] of the rings' vertices; Infinity bounds when there are none. */
import type { Position } from 'geojson';

export function ringsBbox(rings: Iterable<Position[]>): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings) {
    for (const p of ring) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}
