/**
 * The land map's clusters, computed where the estate is (the estate worker, or the page when no
 * worker could start) with supercluster, the library MapLibre's own `cluster: true` uses, set up
 * as MapLibre sets it up for our source: the map is handed only the clusters and points of the
 * view it shows, a few hundred features, instead of every asset. Browser-safe.
 */
import Supercluster from 'supercluster';
import type { Estate } from './estate.ts';

/**
 * Tight clusters of three or more, and none from street level (zoom 14 on): a borough shows its
 * status shapes, a country stays smooth with 100,000 points. The radius is in pixels of a
 * 512-pixel tile, as MapLibre's `clusterRadius` is (it hands supercluster 36 × 8192 / 512 in an
 * extent of 8192: the same clusters).
 */
export const CLUSTER_OPTIONS = { radius: 36, minPoints: 3, maxZoom: 13, extent: 512 } as const;

/** A single asset on the map: its estate index and status index. */
export interface AssetPointProps {
  k: number;
  s: number;
}

/** A cluster as supercluster writes it (and MapLibre's clustering did): `point_count` marks it. */
export interface AssetClusterProps {
  cluster: true;
  cluster_id: number;
  point_count: number;
  point_count_abbreviated: string | number;
}

export type ClusterViewFeature = GeoJSON.Feature<GeoJSON.Point, AssetPointProps | AssetClusterProps>;

/** What one view gets: its clusters and single points. */
export type ClusterView = GeoJSON.FeatureCollection<GeoJSON.Point, AssetPointProps | AssetClusterProps>;

/** WGS84 [west, south, east, north]. */
export type ViewBox = [number, number, number, number];

/** The estate columns the index reads. */
export type PlacedEstate = Pick<Estate, 'lon' | 'lat' | 'status'>;

export interface AssetClusterIndex {
  /** The clusters and points inside `bbox` at `zoom` (clusters of zoom ⌊zoom⌋; none above `maxZoom`). */
  view(bbox: ViewBox, zoom: number): ClusterView;
  /** The zoom at which cluster `id` splits, or null for an id this index does not have. */
  expansionZoom(id: number): number | null;
}

/** Clusters of the placed assets among `matches` (records without coordinates are left out). */
export function clusterIndex(e: PlacedEstate, matches: ArrayLike<number>): AssetClusterIndex {
  const points: GeoJSON.Feature<GeoJSON.Point, AssetPointProps>[] = [];
  for (let n = 0; n < matches.length; n++) {
    const k = matches[n] as number;
    const lon = e.lon[k] as number;
    const lat = e.lat[k] as number;
    if (Number.isNaN(lon) || Number.isNaN(lat)) continue;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { k, s: e.status[k] as number },
    });
  }
  const index = new Supercluster<AssetPointProps>({ ...CLUSTER_OPTIONS }).load(points);
  return {
    view(bbox, zoom) {
      return { type: 'FeatureCollection', features: index.getClusters(bbox, zoom) as ClusterViewFeature[] };
    },
    expansionZoom(id) {
      try {
        // getChildren throws for an id the index does not have; the expansion zoom alone may not.
        index.getChildren(id);
        return index.getClusterExpansionZoom(id);
      } catch {
        // Not one of this index's clusters.
        return null;
      }
    },
  };
}

/**
 * The box to ask for around a view: half as wide and tall again on each side, so a pan shows
 * markers at once and a badge whose centre is just outside the edge is still drawn.
 */
export function paddedView([w, s, e, n]: ViewBox): ViewBox {
  const dx = (e - w) / 2;
  const dy = (n - s) / 2;
  return [w - dx, Math.max(-90, s - dy), e + dx, Math.min(90, n + dy)];
}

/** True when `inner` lies wholly within `outer`. */
export function viewInside(inner: ViewBox, outer: ViewBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
