/**
 * The estate worker: fetches and parses every assets table, merges them into the estate, ranks
 * the list in the order the page asked for and applies its filters, all off the page's main
 * thread, then sends the estate (packed: typed arrays moved, text columns as long strings) and
 * the ranks of the other orders after it. Started by estate-off-thread.ts.
 */
import { buildEstate } from '../../lib/assets/estate.ts';
import { packEstate } from '../../lib/assets/estate-transfer.ts';
import { applyFilters, isUnfiltered, knownCategories, NO_FILTERS } from '../../lib/assets/filters.ts';
import { LIST_SORTS } from '../../lib/assets/filter-url.ts';
import { listRanks } from '../../lib/assets/list-order.ts';
import { resultBuffers, type EstateReply, type EstateRequest } from './estate-messages.ts';
import { fetchTables } from './load-estate.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EstateRequest>) => void) | null;
  postMessage(message: EstateReply, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { sources, sort, filters: asked, labels } = event.data;
  const words = { t: (key: string) => labels[key] ?? key } as Pick<Translator, 't'>;
  fetchTables(sources, words)
    .then((tables) => {
      const estate = buildEstate(tables);
      const filters = knownCategories(estate, asked);
      const result = applyFilters(estate, filters);
      const all = isUnfiltered(filters) ? result : applyFilters(estate, NO_FILTERS);
      const rank = listRanks(estate, sort);
      // The columns the other orders read, kept here: the estate's own arrays move to the page.
      const kept = {
        ...estate,
        source: estate.source.slice(),
        row: estate.row.slice(),
        status: estate.status.slice(),
        size: estate.size.slice(),
      };
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
    })
    .catch((error: unknown) => {
      scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    });
};
