/** The extent of a set of assets, for a map's first view. */
import type { Estate } from './estate.ts';

/** Bounding box [west, south, east, north] of the placed assets among `ks`, or null when none is placed. */
export function boundsOf(
  e: Pick<Estate, 'lon' | 'lat'>,
  ks: ArrayLike<number>,
): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let east = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as number;
    const lon = e.lon[k] as number;
    const lat = e.lat[k] as number;
    if (Number.isNaN(lon)) continue;
    if (lon < w) w = lon;
    if (lon > east) east = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  if (w === Infinity) return null;
  // A single point (or a tight group) still needs an area to show.
  const pad = 0.01;
  return [w - pad, s - pad, east + pad, n + pad];
}
