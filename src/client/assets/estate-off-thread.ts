/**
 * The estate for the land page, built off the main thread: a module worker (estate-worker.ts)
 * fetches, parses, merges, ranks and filters ~10,000 records while the page stays responsive, and
 * hands back the estate with the first list order and filter result ready, then clusters the land
 * map's records (estate-clusters.ts). Where a worker cannot start, the same steps run on the page,
 * giving way to input between them.
 */
import type { Estate } from '../../lib/assets/estate.ts';
import { unpackEstate } from '../../lib/assets/estate-transfer.ts';
import {
  applyFilters,
  isUnfiltered,
  knownCategories,
  NO_FILTERS,
  type AssetFilters,
  type FilterResult,
} from '../../lib/assets/filters.ts';
import { LIST_SORTS, type ListSort } from '../../lib/assets/filter-url.ts';
import { listRanks } from '../../lib/assets/list-order.ts';
import { DEFAULT_CATEGORY_KEYS } from '../../lib/assets/status-style.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import type { EstateReply, EstateRequest } from './estate-messages.ts';
import { localClusters, workerClusters, type EstateClusters, type WorkerClusters } from './estate-clusters.ts';
import type { AssetsSourceRef } from '../../lib/assets-files.ts';
import { loadEstate } from './load-estate.ts';
import { yieldToPage } from '../yield-to-page.ts';

export interface LoadedEstate {
  estate: Estate;
  /** The filters asked for, with categories the estate does not have left out. */
  filters: AssetFilters;
  /** Their result, and the unfiltered one (for the filter lists). */
  result: FilterResult;
  all: FilterResult;
  /** Rank of every asset in list order `sort` (computed here if the worker has not sent it). */
  rank(sort: ListSort): Int32Array;
  /** The same, waiting for the worker's ranks when they are on their way. */
  ranks(sort: ListSort): Promise<Int32Array>;
  /** The map's clusters of the records matched (`setPoints` when the filters change). */
  clusters: EstateClusters;
}

function ranked(estate: Estate, known: Map<ListSort, Int32Array>, waiting: Map<ListSort, Promise<Int32Array>>) {
  const rank = (sort: ListSort): Int32Array => {
    let r = known.get(sort);
    if (r === undefined) {
      r = listRanks(estate, sort);
      known.set(sort, r);
    }
    return r;
  };
  const ranks = (sort: ListSort): Promise<Int32Array> => {
    const r = known.get(sort);
    return r !== undefined ? Promise.resolve(r) : (waiting.get(sort) ?? Promise.resolve(rank(sort)));
  };
  return { rank, ranks };
}

async function onThePage(
  sources: readonly AssetsSourceRef[],
  sort: ListSort,
  asked: AssetFilters,
  t: Pick<Translator, 't'>,
): Promise<LoadedEstate> {
  const estate = await loadEstate(sources, t);
  await yieldToPage();
  const filters = knownCategories(estate, asked);
  const result = applyFilters(estate, filters);
  await yieldToPage();
  const all = isUnfiltered(filters) ? result : applyFilters(estate, NO_FILTERS);
  await yieldToPage();
  const known = new Map<ListSort, Int32Array>([[sort, listRanks(estate, sort)]]);
  const clusters = localClusters(estate, result.matches);
  return { estate, filters, result, all, ...ranked(estate, known, new Map()), clusters };
}

function inWorker(
  worker: Worker,
  sources: readonly AssetsSourceRef[],
  sort: ListSort,
  filters: AssetFilters,
  labels: Record<string, string>,
): Promise<LoadedEstate> {
  return new Promise((resolve, reject) => {
    const known = new Map<ListSort, Int32Array>();
    const waiting = new Map<ListSort, Promise<Int32Array>>();
    const arrive = new Map<ListSort, (r: Int32Array) => void>();
    let arrived = false;
    let clusters: WorkerClusters | null = null;
    worker.onerror = (event) => {
      event.preventDefault();
      if (!arrived) reject(new Error(event.message || 'the estate worker failed'));
      // Later, the map's clusters are made on the page instead.
      clusters?.fail();
    };
    worker.onmessage = (event: MessageEvent<EstateReply>) => {
      const reply = event.data;
      if (reply.kind === 'error') {
        reject(new Error(reply.message));
        worker.terminate();
      } else if (reply.kind === 'ranks') {
        known.set(reply.sort, reply.rank);
        arrive.get(reply.sort)?.(reply.rank);
      } else if (reply.kind === 'view' || reply.kind === 'expansion') {
        clusters?.receive(reply);
      } else {
        arrived = true;
        known.set(reply.sort, reply.rank);
        for (const other of LIST_SORTS) {
          if (other === reply.sort || known.has(other)) continue;
          waiting.set(other, new Promise((done) => arrive.set(other, done)));
        }
        // Receiving the message (copying its strings in) is a task of its own; unpacking them is the next.
        void yieldToPage().then(() => {
          const estate = unpackEstate(reply.packed);
          const { result, all } = reply;
          // The worker stays, holding the clusters of `result` (it clustered a copy).
          clusters = workerClusters((request) => worker.postMessage(request), estate, result.matches);
          resolve({
            estate,
            filters: reply.filters,
            result,
            all,
            ...ranked(estate, known, waiting),
            clusters: clusters.clusters,
          });
        });
      }
    };
    const request: EstateRequest = { kind: 'load', sources: [...sources], sort, filters, labels };
    worker.postMessage(request);
  });
}

/** Loads the estate with `sort`'s ranks and `filters`' result ready, off the main thread when it can. */
export async function loadEstateOffThread(
  sources: readonly AssetsSourceRef[],
  sort: ListSort,
  filters: AssetFilters,
  t: Pick<Translator, 't'>,
): Promise<LoadedEstate> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./estate-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThePage(sources, sort, filters, t);
  }
  try {
    const labels = Object.fromEntries(DEFAULT_CATEGORY_KEYS.map((key) => [key, t.t(key)]));
    return await inWorker(worker, sources, sort, filters, labels);
  } catch {
    worker.terminate();
    // A worker that could not start or failed (a policy, an old browser, a failed fetch): the page
    // does the work itself, and reports a failure that happens again.
    return onThePage(sources, sort, filters, t);
  }
}
