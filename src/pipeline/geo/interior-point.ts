/**
 * A point certainly inside an area (not its centroid, which a crescent or a
 * ring-shaped district can miss): on the horizontal line through the middle of
 * its largest polygon's box, the midpoint of the widest stretch inside the
 * polygon (even-odd, so holes are outside), as JTS's InteriorPointArea does.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringsBbox } from './rings-bbox.ts';

/** `[lon, lat]` inside the geometry, or null for an empty one. */
export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (outer === undefined || outer.length < 4) continue;
    const [w, s, e, n] = ringsBbox([outer]);
    const area = (e - w) * (n - s);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  if (best === null) return null;
  const [, s, , n] = ringsBbox([best[0] as Position[]]);
  const y = (s + n) / 2;
  const xs: number[] = [];
  for (const ring of best) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      // Half-open, so a vertex on the line is counted once.
      if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let widest = -1;
  let point: [number, number] | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i] as number;
    const b = xs[i + 1] as number;
    if (b - a > widest) {
      widest = b - a;
      point = [(a + b) / 2, y];
    }
  }
  return point;
}
