/**
 * The overview of a tiled layer, for map views zoomed out past its first tile level: one small
 * file of the whole layer, so no view falls back to the file of every area. Too many areas to draw
 * one by one at that scale (35,000 small areas are ~4 pixels each at zoom 6), so neighbouring
 * areas are merged into groups: the areas whose box centre falls in one Web Mercator tile of a
 * grouping zoom become one outline, simplified to two pixels of that zoom. The grouping zoom starts a
 * step below the first tile level and steps down until the file is at most `maxBrotliBytes`
 * compressed. Features are `{ code: "x/y" of the group's tile, areas: count }`. Deterministic.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import { brotliCompressSync, constants } from 'node:zlib';
import type { AreaFeature } from '../ingest/read-boundaries.ts';
import { simplifyBoundaries } from './simplify-boundaries.ts';
import { degreesPerPixel } from './boundary-tiles.ts';
import { mercatorX, mercatorY } from '../../lib/geo/mercator-frame.ts';

/** What a view below the first tile level may fetch: the overview file, compressed. */
export const OVERVIEW_MAX_BROTLI_BYTES = 50 * 1024;

export type OverviewFeature = Feature<Polygon | MultiPolygon, { code: string; areas: number }>;

export interface BoundaryOverview {
  /** The zoom whose tiles group the areas (the overview serves every zoom below the first tile level). */
  groupZoom: number;
  collection: FeatureCollection<Polygon | MultiPolygon, { code: string; areas: number }>;
  /** Compressed size of the file as written (JSON, brotli quality 11). */
  brotliBytes: number;
}

type AreaTopology = Topology<{ areas: GeometryCollection<{ code: string }> }>;

/** The overview of `features` for views below `firstTileZoom`, at most `maxBrotliBytes` compressed. */
export function boundaryOverview(
  features: readonly AreaFeature[],
  firstTileZoom: number,
  maxBrotliBytes = OVERVIEW_MAX_BROTLI_BYTES,
): BoundaryOverview {
  // In code order, so the file is the same whatever order the areas came in; quantized so that
  // borders meeting at nearly the same coordinates become one shared arc and merge away.
  const sorted = [...features].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const input: FeatureCollection<Polygon | MultiPolygon, { code: string }> = {
    type: 'FeatureCollection',
    features: sorted.map((f) => ({ type: 'Feature', properties: { code: f.code }, geometry: f.geometry })),
  };
  const topo = topology({ areas: input }, 1e6) as unknown as AreaTopology;
  const geometries = topo.objects.areas.geometries;
  const centres = sorted.map((f) => boxCentre(f.geometry));
  let last: BoundaryOverview | null = null;
  for (let zoom = Math.max(0, firstTileZoom - 1); zoom >= 0; zoom--) {
    const n = 2 ** zoom;
    const groups = new Map<string, number[]>();
    centres.forEach(([lon, lat], i) => {
      const x = Math.min(n - 1, Math.max(0, Math.floor(mercatorX(lon) * n)));
      const y = Math.min(n - 1, Math.max(0, Math.floor(mercatorY(lat) * n)));
      const key = `${x}/${y}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(i);
    });
    const keys = [...groups.keys()].sort();
    const merged: AreaFeature[] = keys.map((key) => ({
      code: key,
      name: key,
      parent: null,
      geometry: merge(topo as never, (groups.get(key) ?? []).map((i) => geometries[i]) as never) as MultiPolygon,
    }));
    const simplified = simplifyBoundaries(merged, 2 * degreesPerPixel(zoom));
    const collection: BoundaryOverview['collection'] = {
      type: 'FeatureCollection',
      features: simplified.features.map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.code, areas: groups.get(f.properties.code)?.length ?? 0 },
        geometry: f.geometry,
      })),
    };
    const brotliBytes = brotliCompressSync(JSON.stringify(collection), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    last = { groupZoom: zoom, collection, brotliBytes };
    if (brotliBytes <= maxBrotliBytes) return last;
  }
  if (!last) throw new Error('boundaryOverview: a layer with no areas has no overview');
  return last;
}

/** Centre of a polygon's or multipolygon's box of outer rings, [lon, lat]. */
function boxCentre(g: Polygon | MultiPolygon): [number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    for (const [x = 0, y = 0] of p[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return [(w + e) / 2, (s + n) / 2];
}
