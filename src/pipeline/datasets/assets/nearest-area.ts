/**
 * The nearest area to a point that is outside every area, within a distance:
 * for sites on quays and river banks that generalised, coast-clipped boundaries
 * leave out by a few metres. Brute force over the features whose bounding box
 * is near, which is cheap for the few points that need it.
 */
import type { Position } from 'geojson';
import type { AreaFeature } from '../../ingest/read-boundaries.ts';
import { ringsBbox } from '../../geo/rings-bbox.ts';

const METRES_PER_DEGREE = 111_320;

export interface NearestArea {
  /** Feature index, or -1 when none is within the distance. */
  feature: number;
  /** Distance to that feature's boundary, in metres (rounded). */
  metres: number;
}

/** A finder over `features` for points at most `maxMetres` away. */
export function nearestAreaFinder(
  features: readonly AreaFeature[],
  maxMetres: number,
): (lon: number, lat: number) => NearestArea {
  let boxes: [number, number, number, number][] | null = null;
  const boxOf = (f: AreaFeature): [number, number, number, number] =>
    ringsBbox(
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((p) => p[0] ?? []),
    );
  return (lon, lat) => {
    boxes ??= features.map(boxOf);
    const k = Math.cos((lat * Math.PI) / 180);
    const padLat = maxMetres / METRES_PER_DEGREE;
    const padLon = padLat / Math.max(k, 0.01);
    let best = -1;
    let bestDistance = Infinity;
    features.forEach((f, i) => {
      const b = boxes?.[i];
      if (b === undefined || lon < b[0] - padLon || lon > b[2] + padLon || lat < b[1] - padLat || lat > b[3] + padLat)
        return;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) {
        for (const ring of polygon) {
          const d = ringDistance(ring, lon, lat, k);
          if (d < bestDistance) {
            bestDistance = d;
            best = i;
          }
        }
      }
    });
    const metres = bestDistance * METRES_PER_DEGREE;
    return metres <= maxMetres
      ? { feature: best, metres: Math.round(metres) }
      : { feature: -1, metres: Math.round(metres) };
  };
}

/**
 * Distance in degrees of latitude from (lon, lat) to the ring's edges, longitudes scaled by `k`.
 * Planar on purpose: d3-geo measures between points (geoDistance), not from a point to an edge,
 * and over the few hundred metres a snap covers, the flat approximation (with one length for a
 * degree of latitude) is out by about 0.2 %: a metre at 500 m.
 */
function ringDistance(ring: Position[], lon: number, lat: number, k: number): number {
  let best = Infinity;
  for (let j = 1; j < ring.length; j++) {
    const a = ring[j - 1] as Position;
    const b = ring[j] as Position;
    const ax = (a[0] as number) * k;
    const ay = a[1] as number;
    const dx = (b[0] as number) * k - ax;
    const dy = (b[1] as number) - ay;
    const px = lon * k - ax;
    const py = lat - ay;
    const len = dx * dx + dy * dy;
    const u = len === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len));
    const ex = px - u * dx;
    const ey = py - u * dy;
    const d = ex * ex + ey * ey;
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}
