/**
 * The offline map style: a plain background (the area boundaries the caller
 * adds are the basemap), plus raster tiles only when the council's config asks.
 * No glyphs or sprites are referenced, so the map makes no font or icon request.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { escapeHtml } from '../../lib/escape-html.ts';

export interface TileSource {
  url: string;
  attribution: string;
  maxZoom: number;
}

export function baseStyle(tiles?: TileSource): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
  };
  if (tiles) {
    style.sources['basemap'] = {
      type: 'raster',
      tiles: [tiles.url],
      tileSize: 256,
      maxzoom: tiles.maxZoom,
      // MapLibre inserts attributions as HTML; the config's text is shown as text, never as markup.
      attribution: escapeHtml(tiles.attribution),
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.6 } });
  }
  return style;
}
