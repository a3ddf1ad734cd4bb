/** What the land page and its estate worker (estate-worker.ts) say to each other. */
import type { AssetFilters, FilterResult } from '../../lib/assets/filters.ts';
import type { ListSort } from '../../lib/assets/filter-url.ts';
import type { PackedEstate } from '../../lib/assets/estate-transfer.ts';
import type { AssetsSourceRef } from '../../lib/assets-files.ts';

/** The page asks once: the sources, the list order and the filters its address holds. */
export interface EstateRequest {
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
  | { kind: 'error'; message: string };

/** The buffers of a filter result, to transfer. */
export function resultBuffers(r: FilterResult): ArrayBuffer[] {
  return [r.matches, ...Object.values(r.counts)].map((a) => a.buffer as ArrayBuffer);
}
