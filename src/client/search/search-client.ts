/**
 * Runs site search queries in the browser: fetches the index directory once, then the one shard a
 * query needs (each shard once per page), and matches the query against it. Nothing is fetched
 * until the first call, so a page that never uses the search box loads none of the index.
 */
import { chooseShard, matchSearch } from '../../lib/search/match-search.ts';
import {
  unpackEntry,
  type SearchDirectory,
  type SearchEntry,
  type SearchShard,
} from '../../lib/search/search-index-files.ts';

/** What one query found. */
export type SearchOutcome =
  | { kind: 'short' }
  | {
      kind: 'results';
      results: SearchEntry[];
      total: number;
      /** True when the shard held only a first selection of the matches: more letters would find the rest. */
      partial: boolean;
    };

export interface SearchClient {
  /** Fetches the directory now (the box was focused), so the first query waits only for its shard. */
  prepare(): void;
  /** The best `limit` matches of `query`. Rejects when the index cannot be fetched. */
  search(query: string, limit: number): Promise<SearchOutcome>;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A client for the index whose directory is at `directoryUrl` (shards are beside it). */
export function createSearchClient(directoryUrl: string): SearchClient {
  let directory: Promise<SearchDirectory> | undefined;
  const shards = new Map<string, Promise<SearchEntry[]>>();
  const shardEntries = (file: string): Promise<SearchEntry[]> => {
    let entries = shards.get(file);
    if (entries === undefined) {
      entries = fetchJson<SearchShard>(new URL(file, new URL(directoryUrl, location.href)).href).then((s) =>
        s.entries.map(unpackEntry),
      );
      // A failed fetch is tried again on the next query rather than remembered.
      entries.catch(() => shards.delete(file));
      shards.set(file, entries);
    }
    return entries;
  };
  const loadDirectory = () =>
    (directory ??= fetchJson<SearchDirectory>(directoryUrl).catch((error: unknown) => {
      directory = undefined;
      throw error;
    }));
  return {
    prepare() {
      // A failure here is reported by the query that needs the directory.
      loadDirectory().catch(() => undefined);
    },
    async search(query, limit) {
      const choice = chooseShard(await loadDirectory(), query);
      if (choice.kind === 'short') return { kind: 'short' };
      if (choice.kind === 'none') return { kind: 'results', results: [], total: 0, partial: false };
      const { results, total } = matchSearch(await shardEntries(choice.file), query, limit);
      return { kind: 'results', results, total, partial: choice.partial };
    },
  };
}
