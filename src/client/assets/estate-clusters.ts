/**
 * The land map's clusters as the page asks for them: from the estate worker, which holds the
 * cluster index of the records the filters match (estate-worker.ts), or, where no worker runs,
 * from an index built on the page. Either way the map is given one view's clusters and points.
 */
import {
  clusterIndex,
  type AssetClusterIndex,
  type ClusterView,
  type PlacedEstate,
  type ViewBox,
} from '../../lib/assets/asset-clusters.ts';
import type { ClusterReply, ClusterRequest } from './estate-messages.ts';

export interface EstateClusters {
  /** Clusters `matches` from now on (a new filter result; the set already clustered is kept as it is). */
  setPoints(matches: Uint32Array): void;
  /** The clusters and points of `bbox` at `zoom`. */
  view(bbox: ViewBox, zoom: number): Promise<ClusterView>;
  /** The zoom at which `cluster` splits; null for a cluster of an index since replaced. */
  expansionZoom(cluster: number): Promise<number | null>;
}

/** Clusters computed on the page, the index built when a view is first asked for. */
export function localClusters(estate: PlacedEstate, initial: Uint32Array): EstateClusters {
  let matches = initial;
  let index: AssetClusterIndex | null = null;
  const built = (): AssetClusterIndex => (index ??= clusterIndex(estate, matches));
  return {
    setPoints(next) {
      if (next === matches) return;
      matches = next;
      index = null;
    },
    view: (bbox, zoom) => Promise.resolve(built().view(bbox, zoom)),
    expansionZoom: (cluster) => Promise.resolve(built().expansionZoom(cluster)),
  };
}

/** The page's side of the worker's clusters, and what to do with the worker's replies. */
export interface WorkerClusters {
  clusters: EstateClusters;
  /** A reply from the worker to a view or expansion request. */
  receive(reply: ClusterReply): void;
  /** The worker stopped: pending and later requests are answered on the page. */
  fail(): void;
}

/**
 * Clusters from the estate worker, which has already indexed `initial` (the first filter result).
 * `post` sends a request; `estate` is the page's copy, for the index built here if the worker fails.
 */
export function workerClusters(
  post: (request: ClusterRequest) => void,
  estate: PlacedEstate,
  initial: Uint32Array,
): WorkerClusters {
  let matches = initial;
  // Records not yet sent: they go with the next view asked for, so filters changed while the map
  // is closed cost the worker nothing.
  let unsent: Uint32Array | null = null;
  let local: EstateClusters | null = null;
  let next = 0;
  const views = new Map<number, { bbox: ViewBox; zoom: number; done: (v: ClusterView) => void }>();
  const expansions = new Map<number, { cluster: number; done: (z: number | null) => void }>();
  const clusters: EstateClusters = {
    setPoints(points) {
      if (points === matches) return;
      matches = points;
      if (local) local.setPoints(points);
      else unsent = points;
    },
    view(bbox, zoom) {
      if (local) return local.view(bbox, zoom);
      // A copy: the page keeps its filter result.
      if (unsent) post({ kind: 'points', matches: unsent.slice() });
      unsent = null;
      const id = ++next;
      return new Promise((done) => {
        views.set(id, { bbox, zoom, done });
        post({ kind: 'view', id, bbox, zoom });
      });
    },
    expansionZoom(cluster) {
      if (local) return local.expansionZoom(cluster);
      const id = ++next;
      return new Promise((done) => {
        expansions.set(id, { cluster, done });
        post({ kind: 'expansion', id, cluster });
      });
    },
  };
  return {
    clusters,
    receive(reply) {
      if (reply.kind === 'view') {
        views.get(reply.id)?.done(reply.view);
        views.delete(reply.id);
      } else {
        expansions.get(reply.id)?.done(reply.zoom);
        expansions.delete(reply.id);
      }
    },
    fail() {
      if (local) return;
      const here = localClusters(estate, matches);
      local = here;
      for (const { bbox, zoom, done } of views.values()) void here.view(bbox, zoom).then(done);
      // Cluster ids of the worker's index mean nothing to this one.
      for (const { done } of expansions.values()) done(null);
      views.clear();
      expansions.clear();
    },
  };
}
