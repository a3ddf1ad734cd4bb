/**
 * Each area's outline simplified at its own scale, for the small maps drawn at
 * build time on asset pages. The layer's map boundaries are simplified for the
 * whole layer (1/560 of its extent), which leaves a small area of a national
 * layer as a few points (a city as a triangle) and drops its islands. Here a
 * vertex closer than `1 / detail` of the area's own extent to the last one kept
 * is dropped, ring by ring, so the outline stays within that distance of the
 * real one, and no ring (however small an island) is lost.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaFeature } from '../ingest/read-boundaries.ts';

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;

function thin(ring: readonly Position[], step: number): Position[] {
  const kept: Position[] = [];
  let last: Position | null = null;
  for (const [i, p] of ring.entries()) {
    const end = i === ring.length - 1;
    if (
      !end &&
      last !== null &&
      Math.hypot((p[0] as number) - (last[0] as number), (p[1] as number) - (last[1] as number)) < step
    )
      continue;
    last = p;
    kept.push([round5(p[0] as number), round5(p[1] as number)]);
  }
  // A ring smaller than the step keeps its own vertices: an island is drawn, not dropped.
  return kept.length >= 4 ? kept : ring.map((p) => [round5(p[0] as number), round5(p[1] as number)]);
}

/** Outline per area code, each within `1 / detail` of its own extent of the real boundary. */
export function areaOutlines(features: readonly AreaFeature[], detail = 400): Record<string, Polygon | MultiPolygon> {
  const out: Record<string, Polygon | MultiPolygon> = {};
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    for (const polygon of polygons)
      for (const p of polygon[0] ?? []) {
        w = Math.min(w, p[0] as number);
        e = Math.max(e, p[0] as number);
        s = Math.min(s, p[1] as number);
        n = Math.max(n, p[1] as number);
      }
    const step = Math.max(e - w, n - s) / detail;
    const thinned = polygons.map((polygon) => polygon.map((ring) => thin(ring, step)));
    out[f.code] =
      thinned.length === 1
        ? { type: 'Polygon', coordinates: thinned[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: thinned };
  }
  return out;
}
