/**
 * The estate worker: fetches and parses every assets table, merges them into the estate, ranks
 * the list in the order the page asked for and applies its filters, all off the page's main
 * thread, then sends the estate (packed: typed arrays moved, text columns as long strings) and
 * the ranks of the other orders after it. It then stays for the land map: it clusters the records
 * the filters match (asset-clusters.ts) and answers each view with its clusters and points only,
 * so the page never hands MapLibre the whole estate. Started by estate-off-thread.ts.
 */
import { buildEstate } from '../../lib/assets/estate.ts';
import { packEstate } from '../../lib/assets/estate-transfer.ts';
import { applyFilters, isUnfiltered, knownCategories, NO_FILTERS } from '../../lib/assets/filters.ts';
import { LIST_SORTS } from '../../lib/assets/filter-url.ts';
import { listRanks } from '../../lib/assets/list-order.ts';
import { clusterIndex, type AssetClusterIndex, type PlacedEstate } from '../../lib/assets/asset-clusters.ts';
import {
  resultBuffers,
  type ClusterRequest,
  type EstateReply,
  type EstateRequest,
  type LoadRequest,
} from './estate-messages.ts';
import { fetchTables } from './load-estate.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EstateRequest>) => void) | null;
  postMessage(message: EstateReply, transfer: Transferable[]): void;
};

/** The placed columns kept here for clustering, and the index of the records matched now. */
let placed: PlacedEstate | null = null;
let index: AssetClusterIndex | null = null;

function load({ sources, sort, filters: asked, labels }: LoadRequest): void {
  const words = { t: (key: string) => labels[key] ?? key } as Pick<Translator, 't'>;
  fetchTables(sources, words)
    .then((tables) => {
      const estate = buildEstate(tables);
      const filters = knownCategories(estate, asked);
      const result = applyFilters(estate, filters);
      const all = isUnfiltered(filters) ? result : applyFilters(estate, NO_FILTERS);
      const rank = listRanks(estate, sort);
      // The columns the other orders and the clusters read, kept here: the estate's own arrays move to the page.
      const kept = {
        ...estate,
        source: estate.source.slice(),
        row: estate.row.slice(),
        status: estate.status.slice(),
        size: estate.size.slice(),
        lon: estate.lon.slice(),
        lat: estate.lat.slice(),
      };
      const matched = result.matches.slice();
      // Ranks and results are read on the page only: their buffers move with the estate's.
      const { message, transfer } = packEstate(estate);
      const moved = [...transfer, rank.buffer as ArrayBuffer, ...resultBuffers(result)];
      if (all !== result) moved.push(...resultBuffers(all));
      scope.postMessage({ kind: 'estate', packed: message, sort, rank, filters, result, all }, moved);
      // Listing by another order then costs the page nothing.
      for (const other of LIST_SORTS) {
        if (other === sort) continue;
        const r = listRanks(kept, other);
        scope.postMessage({ kind: 'ranks', sort: other, rank: r }, [r.buffer as ArrayBuffer]);
      }
      // The first filter result clustered before the map asks (it is what the map shows first).
      placed = kept;
      index = clusterIndex(kept, matched);
    })
    .catch((error: unknown) => {
      scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    });
}

/** The map's requests; they come only after the estate has gone to the page, so the index is there. */
function cluster(request: ClusterRequest): void {
  if (placed === null || index === null) return;
  if (request.kind === 'points') index = clusterIndex(placed, request.matches);
  else if (request.kind === 'view')
    scope.postMessage({ kind: 'view', id: request.id, view: index.view(request.bbox, request.zoom) }, []);
  else scope.postMessage({ kind: 'expansion', id: request.id, zoom: index.expansionZoom(request.cluster) }, []);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'load') load(request);
  else cluster(request);
};
