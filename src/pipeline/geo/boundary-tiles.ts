/**
 * Boundaries of a layer of many small areas (~35,000 LSOA-like areas) cut into
 * Web Mercator tiles at a few zoom levels, each level simplified to its own
 * scale (about one pixel of a 512-pixel tile), so a map view fetches only the
 * tiles it shows at the detail it can draw, not one file of every area; below
 * the first level's zoom the layer is too dense to fetch per view. An area
 * is in every tile its bounding box touches (not clipped: the browser keeps one
 * copy per code). Tiles are GeoJSON with `{ code }` properties, coordinates
 * rounded to half a pixel of their level. Deterministic.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaFeature } from '../ingest/read-boundaries.ts';
import { simplifyBoundaries } from './simplify-boundaries.ts';
import { mercatorX, mercatorY } from '../../lib/geo/mercator-frame.ts';

/** Layers with more areas than this get tiled boundaries beside their single boundary file. */
export const TILED_BOUNDARIES_ABOVE = 5000;
/** Pixels across a tile (MapLibre's vector tiles are drawn 512 pixels wide). */
export const TILE_SIZE = 512;
/**
 * Most areas one tile of the first level may touch: a view of 1280 x 900 pixels shows at most
 * 4 x 3 tiles, and ~150 generated small areas a tile come to about 3 KB brotli (see the bench).
 */
export const MAX_AREAS_PER_TILE = 150;

export type AreaTile = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

export interface TileLevel {
  /** Zoom of the level's tiles (2^zoom tiles across the world). */
  zoom: number;
  /** Tiles by "x/y", each the areas whose bounding box touches it. */
  tiles: Map<string, AreaTile>;
}

/** Degrees of longitude per pixel at `zoom` with TILE_SIZE-pixel tiles. */
export function degreesPerPixel(zoom: number): number {
  return 360 / (TILE_SIZE * 2 ** zoom);
}

/**
 * The tile zooms for `features`: the first at which no tile touches more than `maxPerTile` areas
 * (below it the layer is too dense for a view to fetch), then `levels - 1` more, two zooms apart.
 * Each level serves its own zoom and the next one up; the last serves every zoom above it.
 */
export function tileZooms(features: readonly AreaFeature[], levels = 2, maxPerTile = MAX_AREAS_PER_TILE): number[] {
  const boxes = features.map((f) => boxOf(f.geometry));
  let first = 0;
  for (; first < 20; first++) {
    const n = 2 ** first;
    const counts = new Map<string, number>();
    let dense = false;
    for (const [w, s, e, north] of boxes) {
      for (const [x, y] of tileRange(w, s, e, north, n)) {
        const key = `${x}/${y}`;
        const c = (counts.get(key) ?? 0) + 1;
        counts.set(key, c);
        if (c > maxPerTile) dense = true;
      }
      if (dense) break;
    }
    if (!dense) break;
  }
  return Array.from({ length: levels }, (_, i) => first + 2 * i);
}

/** The tiles [x, y] of a zoom with `n` tiles across that a box touches. */
function* tileRange(w: number, s: number, e: number, north: number, n: number): Generator<[number, number]> {
  const x0 = Math.max(0, Math.floor(mercatorX(w) * n));
  const x1 = Math.min(n - 1, Math.floor(mercatorX(e) * n));
  const y0 = Math.max(0, Math.floor(mercatorY(north) * n));
  const y1 = Math.min(n - 1, Math.floor(mercatorY(s) * n));
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield [x, y];
}

/** The layer's areas cut into tiles at each of `zooms`, simplified to a pixel of that zoom. */
export function boundaryTiles(features: readonly AreaFeature[], zooms: readonly number[]): TileLevel[] {
  return zooms.map((zoom) => {
    const perPixel = degreesPerPixel(zoom);
    const simplified = simplifyBoundaries(features, perPixel);
    const decimals = Math.max(0, Math.ceil(-Math.log10(perPixel / 2)));
    const n = 2 ** zoom;
    const tiles = new Map<string, AreaTile>();
    for (const f of simplified.features) {
      const geometry = roundGeometry(f.geometry, decimals);
      const [w, s, e, north] = boxOf(geometry);
      for (const [x, y] of tileRange(w, s, e, north, n)) {
        const key = `${x}/${y}`;
        let tile = tiles.get(key);
        if (!tile) tiles.set(key, (tile = { type: 'FeatureCollection', features: [] }));
        tile.features.push({ type: 'Feature', properties: { code: f.properties.code }, geometry });
      }
    }
    // Tiles in key order, so the written index is the same whatever order the areas came in.
    return { zoom, tiles: new Map([...tiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  });
}

/** Zooms between a level's tiles and the parent tiles its index is split by (8 x 8 tiles a part). */
export const INDEX_SHARD_STEP = 3;

/**
 * A level's tiles grouped by their parent tile `step` zooms up ("x/y" of the parent), so a view
 * fetches the small parts of the index for where it is rather than one entry per tile of the layer
 * (14,835 tiles at zoom 11 are a 109 KB brotli index). Parents in key order, tiles in level order.
 */
export function indexShards<T>(tiles: ReadonlyMap<string, T>, step = INDEX_SHARD_STEP): Map<string, Map<string, T>> {
  const shards = new Map<string, Map<string, T>>();
  for (const [key, tile] of tiles) {
    const [x = 0, y = 0] = key.split('/').map(Number);
    const parent = `${x >> step}/${y >> step}`;
    let shard = shards.get(parent);
    if (!shard) shards.set(parent, (shard = new Map()));
    shard.set(key, tile);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** [west, south, east, north] of a polygon's or multipolygon's outer rings. */
function boxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polygons)
    for (const [x = 0, y = 0] of p[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return [w, s, e, n];
}

/** Coordinates rounded to `decimals`, repeats dropped; a ring that would fall under 4 positions keeps its 4-decimal form. */
function roundGeometry(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
  const f = 10 ** decimals;
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of r) {
      const q = [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out.length >= 4 ? out : r;
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}
