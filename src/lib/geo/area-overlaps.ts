/**
 * How much of each area of one layer lies in each area of another (a ward in
 * its district, the wards of a district, a council across two counties), by
 * area of overlap rather than by name or code. Boundaries rarely nest exactly
 * once simplified, so the share is measured, not assumed: each area is sampled
 * on a regular grid of points over its bounding box, and the share of those
 * points that fall inside the other area is the share of its area (planar in
 * longitude and latitude, which within one area distorts area by well under 1%).
 *
 * Pure: no DOM, no node:*. Boundaries are GeoJSON Polygon or MultiPolygon in
 * WGS84; rings are tested even-odd, so holes are excluded.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { flatRing } from './flat-ring.ts';

export interface OverlapArea {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** One area of the other layer overlapping an area: its code and the share (0–1) of the area inside it. */
export interface Overlap {
  code: string;
  share: number;
}

export interface OverlapOptions {
  /** Grid points per side of each area's bounding box (default 24: 576 points, ±2% on a share). */
  grid?: number;
  /** Shares below this are boundary slivers and left out (default 0.02). */
  minShare?: number;
}

interface Shape {
  code: string;
  rings: Float64Array[];
  box: [number, number, number, number];
}

/**
 * For every area of `from`, the areas of `to` that hold at least `minShare` of
 * it, largest share first (ties by code); areas with none are left out.
 * Shares are rounded to 0.001.
 */
export function areaOverlaps(
  from: readonly OverlapArea[],
  to: readonly OverlapArea[],
  options: OverlapOptions = {},
): Map<string, Overlap[]> {
  const grid = options.grid ?? 24;
  const minShare = options.minShare ?? 0.02;
  const targets = to.map(shapeOf).filter((s) => s.rings.length > 0);
  const out = new Map<string, Overlap[]>();
  if (targets.length === 0) return out;
  const tree = new Flatbush(targets.length);
  for (const t of targets) tree.add(...t.box);
  tree.finish();

  for (const area of from) {
    const a = shapeOf(area);
    if (a.rings.length === 0) continue;
    const [x0, y0, x1, y1] = a.box;
    const candidates = tree.search(x0, y0, x1, y1).map((i) => targets[i] as Shape);
    if (candidates.length === 0) continue;
    const hits = new Array<number>(candidates.length).fill(0);
    let inside = 0;
    for (let i = 0; i < grid; i++) {
      const x = x0 + ((i + 0.5) / grid) * (x1 - x0);
      for (let j = 0; j < grid; j++) {
        const y = y0 + ((j + 0.5) / grid) * (y1 - y0);
        if (!inRings(a.rings, x, y)) continue;
        inside++;
        candidates.forEach((c, k) => {
          if (x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3] && inRings(c.rings, x, y))
            hits[k] = (hits[k] as number) + 1;
        });
      }
    }
    if (inside === 0) continue;
    const list = candidates
      .map((c, k) => ({ code: c.code, share: Math.round(((hits[k] as number) / inside) * 1000) / 1000 }))
      .filter((o) => o.share >= minShare)
      .sort((p, q) => q.share - p.share || (p.code < q.code ? -1 : p.code > q.code ? 1 : 0));
    if (list.length > 0) out.set(area.code, list);
  }
  return out;
}

function shapeOf(area: OverlapArea): Shape {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const rings = polygons
    .flat()
    .filter((r) => r.length >= 3)
    .map(flatRing);
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i] as number;
      const y = r[i + 1] as number;
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return { code: area.code, rings, box };
}

// Even-odd crossing test over every ring of the area (outer rings and holes alike).
function inRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i] as number;
      const yi = r[2 * i + 1] as number;
      const xj = r[2 * j] as number;
      const yj = r[2 * j + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
