/**
 * The URLs of a tiled layer's boundary files (overview and per-zoom tile indexes), for the map
 * configs pages embed; null for a layer drawn from its single boundary file.
 */
import type { LayerEntry } from '../lib/manifest.ts';
import type { TiledBoundaryUrls } from '../lib/geo/tile-view.ts';
import { dataUrl } from './manifest.ts';

export function tiledBoundaryUrls(layer: LayerEntry): TiledBoundaryUrls | null {
  const { boundaryTiles, boundaryOverview } = layer.files;
  if (!boundaryTiles || boundaryTiles.length === 0 || !boundaryOverview) return null;
  return {
    overview: dataUrl(boundaryOverview),
    levels: boundaryTiles.map((l) => ({ zoom: l.zoom, shardZoom: l.shardZoom, index: dataUrl(l.index) })),
    dataBase: dataUrl(''),
  };
}
