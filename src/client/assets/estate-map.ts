/**
 * The estate on a MapLibre map: our own area boundaries as the basemap, assets
 * clustered (smooth with 100,000 points), unclustered assets drawn as their
 * status shape, the selected asset ringed. The clusters are made where the
 * estate is (the estate worker, estate-clusters.ts): after each move the map is
 * given the clusters and points of the view around it, never the whole estate,
 * whose copying to MapLibre's worker blocked the page for seconds. The map is one way in among others:
 * everything it does is also possible from the list (keyboard, screen reader).
 * MapLibre is loaded on the first interaction with the map's box, and takes over
 * from the picture drawn at build time (static-estate-map.ts) at the same extent.
 */
import type { TiledBoundaryUrls } from '../../lib/geo/tile-view.ts';
import { followBoundaryTiles } from '../map/boundary-tile-source.ts';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Estate } from '../../lib/assets/estate.ts';
import { boundsOf } from '../../lib/assets/estate-bounds.ts';
import { mountOnInteraction } from '../map/mount-map.ts';
import type { TileSource } from '../map/base-style.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { addStatusImages, drawClusterImagesOnDemand } from './marker-images.ts';
import { CLUSTER_OPTIONS, paddedView, viewInside, type ViewBox } from '../../lib/assets/asset-clusters.ts';
import type { EstateClusters } from './estate-clusters.ts';

export interface EstateMapOptions {
  container: HTMLElement;
  estate: Estate;
  /** The clusters of the records shown (`setAssets` gives them the records). */
  clusters: EstateClusters;
  /** WGS84 [west, south, east, north] to show first: the extent of the static map it takes over from. */
  bounds: readonly [number, number, number, number];
  /** Where a touch, click, mouse over, wheel or focus loads the map (the static map's box). */
  trigger: HTMLElement;
  /** Each layer's single boundary file, or its tiled files (fetched per view as the map moves). */
  boundaries: readonly (string | TiledBoundaryUrls)[];
  tiles?: TileSource | undefined;
  label: string;
  /** The page's translator, for MapLibre's control labels. */
  t: Pick<Translator, 't'>;
  onSelect(k: number): void;
  /** The visible extent changed (after a pan or zoom). */
  onMove(): void;
  onReady(): void;
  /** The map has drawn its first frame (after `onReady`). */
  onShown(): void;
  onUnsupported(): void;
}

export interface EstateMap {
  /** Loads the interactive map now, if it has not started. */
  start(): void;
  setAssets(matches: Uint32Array): void;
  select(k: number | null, fly: boolean): void;
  fitTo(matches: Uint32Array): void;
  /** [west, south, east, north] now shown, or null before the map is ready. */
  visible(): [number, number, number, number] | null;
}

type Point = GeoJSON.Feature<GeoJSON.Point, { k: number; s: number }>;

function features(
  e: Estate,
  ks: ArrayLike<number>,
): GeoJSON.FeatureCollection<GeoJSON.Point, { k: number; s: number }> {
  const out: Point[] = [];
  for (let n = 0; n < ks.length; n++) {
    const k = ks[n] as number;
    const lon = e.lon[k] as number;
    if (Number.isNaN(lon)) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, e.lat[k] as number] },
      properties: { k, s: e.status[k] as number },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** The zoom whose clusters a map zoom shows: ⌊zoom⌋, and one for every zoom past clustering. */
const clusterZoom = (zoom: number): number => Math.min(Math.floor(zoom), CLUSTER_OPTIONS.maxZoom + 1);

const boundsOfMap = (m: MapLibreMap): ViewBox => {
  const b = m.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

export function createEstateMap(o: EstateMapOptions): EstateMap {
  let map: MapLibreMap | null = null;
  let selected: number | null = null;
  // The records shown change (`setAssets`): the view on the map is out of date until asked again.
  let generation = 0;
  // What the features on the map cover now, and whether a view is being asked for.
  let covered: { box: ViewBox; zoom: number; generation: number } | null = null;
  let asking = false;
  let shown = false;
  let fitWhenReady: Uint32Array | null = null;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const selectedData = (): GeoJSON.FeatureCollection => features(o.estate, selected === null ? [] : [selected]);

  const starter = mountOnInteraction(
    {
      container: o.container,
      bounds: o.bounds,
      tiles: o.tiles,
      label: o.label,
      t: o.t,
      onUnsupported: o.onUnsupported,
      onReady(m) {
        map = m;
        addStatusImages(m, o.estate.categories);
        drawClusterImagesOnDemand(m);
        // The view's clusters and points (asset-clusters.ts has the cluster radius, minimum and last zoom).
        m.addSource('assets', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
        m.addSource('selected', { type: 'geojson', data: selectedData() });
        m.addLayer({
          id: 'clusters',
          type: 'symbol',
          source: 'assets',
          filter: ['has', 'point_count'],
          layout: {
            'icon-image': ['concat', 'cluster-', ['get', 'point_count_abbreviated']],
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
        });
        m.addLayer({
          id: 'points',
          type: 'symbol',
          source: 'assets',
          filter: ['!', ['has', 'point_count']],
          layout: {
            'icon-image': ['concat', 'status-', ['to-string', ['get', 's']]],
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
            'symbol-sort-key': ['get', 's'],
          },
        });
        m.addLayer({
          id: 'selected',
          type: 'symbol',
          source: 'selected',
          layout: {
            'icon-image': ['concat', 'status-selected-', ['to-string', ['get', 's']]],
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
        });
        void addBoundaries(m, o.boundaries);
        m.on('click', 'clusters', (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
          const f = event.features?.[0];
          const id = f?.properties?.['cluster_id'] as number | undefined;
          if (f === undefined || id === undefined || f.geometry.type !== 'Point') return;
          // A cluster of records the filters have since changed: its id is not the index's now.
          if (covered?.generation !== generation) return;
          const center = f.geometry.coordinates as [number, number];
          void o.clusters.expansionZoom(id).then((zoom) => {
            if (zoom !== null) m.easeTo({ center, zoom, duration: reduced ? 0 : 400 });
          });
        });
        m.on('click', 'points', (event: MapMouseEvent & { features?: GeoJSON.Feature[] }) => {
          const k = event.features?.[0]?.properties?.['k'] as number | undefined;
          if (k !== undefined) o.onSelect(k);
        });
        for (const layer of ['clusters', 'points']) {
          m.on('mouseenter', layer, () => {
            m.getCanvas().style.cursor = 'pointer';
          });
          m.on('mouseleave', layer, () => {
            m.getCanvas().style.cursor = '';
          });
        }
        m.on('move', () => askForView(m));
        m.on('moveend', () => {
          askForView(m);
          o.onMove();
        });
        // For tests and for people inspecting the page: how many markers and clusters are drawn now, and
        // where; written once the view's own clusters are on the map.
        m.on('idle', () => {
          if (asking || !upToDate(m)) return;
          o.container.dataset['rendered'] = String(m.queryRenderedFeatures({ layers: ['clusters', 'points'] }).length);
          o.container.dataset['view'] = boundsOfMap(m).join(',');
          o.container.dataset['zoom'] = String(m.getZoom());
        });
        o.onReady();
        if (fitWhenReady) fit(m, fitWhenReady);
        askForView(m);
      },
    },
    o.trigger,
  );

  const upToDate = (m: MapLibreMap): boolean =>
    covered !== null &&
    covered.generation === generation &&
    covered.zoom === clusterZoom(m.getZoom()) &&
    viewInside(boundsOfMap(m), covered.box);

  /**
   * Asks for the clusters around the view when the map's no longer cover it (another zoom, a pan
   * out of the box asked for, other records): one request at a time, the latest view asked next.
   */
  function askForView(m: MapLibreMap): void {
    if (asking || upToDate(m)) return;
    asking = true;
    const box = paddedView(boundsOfMap(m));
    const zoom = clusterZoom(m.getZoom());
    const asked = generation;
    void o.clusters.view(box, zoom).then((view) => {
      asking = false;
      // Records changed on the way: this view is not theirs.
      if (asked === generation) {
        covered = { box, zoom, generation: asked };
        void (m.getSource('assets') as GeoJSONSource | undefined)?.setData(view);
        if (!shown) {
          shown = true;
          // The picture steps aside only once the markers it showed are drawn: no blank map between.
          m.once('idle', () => o.onShown());
        }
      }
      askForView(m);
    });
  }

  const fit = (m: MapLibreMap, matches: Uint32Array): void => {
    const b = boundsOf(o.estate, matches);
    if (b) m.fitBounds(b, { padding: 24, maxZoom: 15, duration: reduced ? 0 : 500 });
  };

  return {
    start: starter.start,
    setAssets(matches) {
      o.clusters.setPoints(matches);
      generation++;
      if (map) askForView(map);
    },
    select(k, fly) {
      selected = k;
      if (!map) return;
      void (map.getSource('selected') as GeoJSONSource | undefined)?.setData(selectedData());
      if (fly && k !== null && !Number.isNaN(o.estate.lon[k] as number)) {
        const center: [number, number] = [o.estate.lon[k] as number, o.estate.lat[k] as number];
        const zoom = Math.max(map.getZoom(), 15);
        if (reduced) map.jumpTo({ center, zoom });
        else map.flyTo({ center, zoom, duration: 800 });
      }
    },
    fitTo(matches) {
      if (map) fit(map, matches);
      else {
        fitWhenReady = matches;
        starter.start();
      }
    },
    visible() {
      if (!map) return null;
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
  };
}

/** Our own area boundaries, drawn under the assets as the basemap. */
async function addBoundaries(m: MapLibreMap, layers: readonly (string | TiledBoundaryUrls)[]): Promise<void> {
  for (const [i, layer] of layers.entries()) {
    const id = `areas-${i}`;
    let data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (typeof layer === 'string') {
      const response = await fetch(layer);
      if (!response.ok) continue;
      data = (await response.json()) as GeoJSON.FeatureCollection;
    }
    m.addSource(id, { type: 'geojson', data });
    const below = m.getLayer('clusters') ? 'clusters' : undefined;
    m.addLayer(
      { id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.7 } },
      below,
    );
    m.addLayer(
      { id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#6b7280', 'line-width': 0.8 } },
      below,
    );
    if (typeof layer !== 'string')
      followBoundaryTiles(m, layer, (fc) => void (m.getSource(id) as GeoJSONSource | undefined)?.setData(fc));
  }
}
