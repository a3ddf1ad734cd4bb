/**
 * Browser side of tests/bench/tile-views.ts: a 1280 x 900 MapLibre map whose only data is a tiled
 * layer's boundaries, fed by the site's own tile source (src/client/map/boundary-tile-source.ts),
 * opened at one view. Bundled by esbuild; MapLibre is passed in by the page.
 */
import type * as MapLibre from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import { followBoundaryTiles } from '../../src/client/map/boundary-tile-source.ts';
import type { TiledBoundaryUrls } from '../../src/lib/geo/tile-view.ts';

/** Opens the map at `center` and `zoom`; resolves once the boundaries the view needs are drawn. */
export function openView(
  maplibre: typeof MapLibre,
  container: HTMLElement,
  urls: TiledBoundaryUrls,
  center: [number, number],
  zoom: number,
): Promise<{ level: number | null; features: number }> {
  return new Promise((done) => {
    const map = new maplibre.Map({
      container,
      style: {
        version: 8,
        sources: {},
        layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
      },
      center,
      zoom,
      fadeDuration: 0,
    });
    map.once('load', () => {
      map.addSource('areas', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: 'fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#ffffff' } });
      map.addLayer({ id: 'line', type: 'line', source: 'areas', paint: { 'line-color': '#6b7280' } });
      followBoundaryTiles(map, urls, (data, level) => {
        void (map.getSource('areas') as GeoJSONSource).setData(data);
        map.once('idle', () => done({ level, features: data.features.length }));
      });
    });
  });
}
