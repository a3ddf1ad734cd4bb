/**
 * Which boundary tiles a map view needs (see src/pipeline/geo/boundary-tiles.ts): the level of
 * the highest tile zoom at or below the view's zoom, or the overview below the first level, and
 * the tiles of that level the view's bounds touch. MapLibre's zoom z draws the world 512 * 2^z
 * pixels wide, the same as a tile level of zoom z. No node:* imports.
 */
import { mercatorX, mercatorY, type LonLatBounds } from './mercator-frame.ts';

/** The tile zoom a view at `zoom` draws from, or null for the overview (below every level). */
export function levelForZoom(levelZooms: readonly number[], zoom: number): number | null {
  let best: number | null = null;
  for (const z of levelZooms) if (z <= zoom + 1e-9 && (best === null || z > best)) best = z;
  return best;
}

/** "x/y" of the parent at `shardZoom` of tile "x/y" at `tileZoom`. */
export function parentTile(key: string, tileZoom: number, shardZoom: number): string {
  const [x = 0, y = 0] = key.split('/').map(Number);
  const step = Math.max(0, tileZoom - shardZoom);
  return `${x >> step}/${y >> step}`;
}

/** "x/y" of every tile at `tileZoom` that WGS84 `bounds` [west, south, east, north] touch, row by row. */
export function tilesInView(bounds: LonLatBounds, tileZoom: number): string[] {
  const [west, south, east, north] = bounds;
  const n = 2 ** tileZoom;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  const x0 = clamp(mercatorX(Math.max(-180, west)));
  const x1 = clamp(mercatorX(Math.min(180, east)));
  const y0 = clamp(mercatorY(Math.min(85.0511, north)));
  const y1 = clamp(mercatorY(Math.max(-85.0511, south)));
  const keys: string[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) keys.push(`${x}/${y}`);
  return keys;
}

/** The files of a tiled layer as URLs a page fetches (written at build time, read by the map). */
export interface TiledBoundaryUrls {
  /** The whole layer, areas merged into groups (properties `{ code, areas }`), for views below every level. */
  overview: string;
  /**
   * Per tile zoom, the URL of its index (`Record<"x/y" of a parent at shardZoom, path of a part>`,
   * each part a `Record<"x/y", path of a tile>`); paths are relative to `dataBase`.
   */
  levels: { zoom: number; shardZoom: number; index: string }[];
  /** What the index's paths are relative to (the site's data folder). */
  dataBase: string;
}
