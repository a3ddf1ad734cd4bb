/**
 * Boundaries of a tiled layer (a layer of more than 5,000 areas, see
 * src/pipeline/geo/boundary-tiles.ts) fed to a MapLibre GeoJSON source from the static tile
 * files: after each move the view's level is chosen (the overview below the first tile zoom, else
 * the highest tile zoom at or below the view's), that level's index (one entry per part) is
 * fetched once, then the parts of it for where the view is and only the tiles the view touches
 * that are not loaded yet. Areas repeated across tiles are kept once. No
 * tile server and no request beyond the site's own data files; the single file of every area is
 * never fetched.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { levelForZoom, parentTile, tilesInView, type TiledBoundaryUrls } from '../../lib/geo/tile-view.ts';

export type { TiledBoundaryUrls };

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Calls `show` with the boundaries the map's view needs now and after every move (only when they
 * changed); `show` gets the overview's groups or the current level's loaded areas.
 */
export function followBoundaryTiles(
  map: MapLibreMap,
  urls: TiledBoundaryUrls,
  show: (data: FeatureCollection, level: number | null) => void,
): void {
  const zooms = urls.levels.map((l) => l.zoom);
  // Every file once per page; a failed fetch is forgotten so the next move tries it again.
  const files = new Map<string, Promise<unknown>>();
  const once = <T>(url: string): Promise<T> => {
    let file = files.get(url);
    if (!file) {
      file = fetchJson<T>(url);
      file.catch(() => files.delete(url));
      files.set(url, file);
    }
    return file as Promise<T>;
  };
  const loaded = new Map<number, Map<string, Feature>>();
  let shown: { level: number | null; count: number } | null = null;
  let generation = 0;

  /** Paths of the tiles at `level` that `keys` name, from the parts of its index they fall in. */
  async function tilePaths(level: { zoom: number; shardZoom: number; index: string }, keys: string[]) {
    const index = await once<Record<string, string>>(level.index);
    const parts = new Map<string, string[]>();
    for (const key of keys) {
      const parent = parentTile(key, level.zoom, level.shardZoom);
      const list = parts.get(parent);
      if (list) list.push(key);
      else parts.set(parent, [key]);
    }
    const paths: string[] = [];
    for (const [parent, list] of parts) {
      const part = index[parent];
      if (part === undefined) continue;
      const shard = await once<Record<string, string>>(`${urls.dataBase}${part}`);
      for (const key of list) if (shard[key] !== undefined) paths.push(shard[key]);
    }
    return paths;
  }

  async function update(): Promise<void> {
    const mine = ++generation;
    const zoom = levelForZoom(zooms, map.getZoom());
    const level = urls.levels.find((l) => l.zoom === zoom);
    if (!level) {
      const data = await once<FeatureCollection>(urls.overview);
      if (mine !== generation || (shown !== null && shown.level === null)) return;
      shown = { level: null, count: data.features.length };
      show(data, null);
      return;
    }
    const b = map.getBounds();
    const keys = tilesInView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], level.zoom);
    const paths = await tilePaths(level, keys);
    const collections = await Promise.all(paths.map((p) => once<FeatureCollection>(`${urls.dataBase}${p}`)));
    let areas = loaded.get(level.zoom);
    if (!areas) loaded.set(level.zoom, (areas = new Map()));
    for (const fc of collections)
      for (const f of fc.features) {
        const code = String(f.properties?.['code'] ?? '');
        if (!areas.has(code)) areas.set(code, f);
      }
    if (mine !== generation || (shown?.level === level.zoom && shown.count === areas.size)) return;
    shown = { level: level.zoom, count: areas.size };
    show({ type: 'FeatureCollection', features: [...areas.values()] }, level.zoom);
  }

  // A failed fetch leaves what is drawn; the next move tries again.
  const run = (): void => void update().catch(() => undefined);
  map.on('moveend', run);
  run();
}
