/** What the land page and its estate worker (estate-worker.ts) say to each other. */
import type { AssetFilters, FilterResult } from '../../lib/assets/filters.ts';
import type { ListSort } from '../../lib/assets/filter-url.ts';
import type { PackedEstate } from '../../lib/assets/estate-transfer.ts';
import type { AssetsSourceRef } from '../../lib/assets-files.ts';
import type { ClusterView, ViewBox } from '../../lib/assets/asset-clusters.ts';

/**
 * The page asks for the estate once (the sources, the list order and the filters its address
 * holds); then, for the map, it gives the records the filters match and asks for the clusters of
 * each view and for the zoom at which a cluster splits.
 */
export type EstateRequest = LoadRequest | ClusterRequest;

export type ClusterRequest =
  /** The records to cluster from now on (a new filter result), in a copy. */
  | { kind: 'points'; matches: Uint32Array }
  /** The clusters and points of `bbox` at `zoom`; answered with the same `id`. */
  | { kind: 'view'; id: number; bbox: ViewBox; zoom: number }
  | { kind: 'expansion'; id: number; cluster: number };

export interface LoadRequest {
  kind: 'load';
  sources: AssetsSourceRef[];
  sort: ListSort;
  filters: AssetFilters;
  /** The page's words for the default categories, by message key (the worker has no catalogue). */
  labels: Record<string, string>;
}

export type EstateReply =
  /** The estate, the ranks of the order asked for, the filters' result and the unfiltered one. */
  | {
      kind: 'estate';
      packed: PackedEstate;
      sort: ListSort;
      rank: Int32Array;
      /** The filters of the request, with categories the estate does not have left out. */
      filters: AssetFilters;
      result: FilterResult;
      all: FilterResult;
    }
  /** The ranks of another order, sent after the estate. */
  | { kind: 'ranks'; sort: ListSort; rank: Int32Array }
  | ClusterReply
  | { kind: 'error'; message: string };

export type ClusterReply =
  | { kind: 'view'; id: number; view: ClusterView }
  /** `zoom` is null for a cluster of an index that has since been replaced. */
  | { kind: 'expansion'; id: number; zoom: number | null };

/** The buffers of a filter result, to transfer. */
export function resultBuffers(r: FilterResult): ArrayBuffer[] {
  return [r.matches, ...Object.values(r.counts)].map((a) => a.buffer as ArrayBuffer);
}
