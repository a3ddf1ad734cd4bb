/**
 * The site search index as files (`search/directory.json` and one `search/<hash>.json` per shard),
 * built once per build from `searchEntries()`. Shards are cut to fit `SHARD_BUDGET_BYTES` brotli
 * bytes, so one query (the directory and one shard) stays within the 50 KB per view budget.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import type { PackedEntry, SearchDirectory, SearchShard } from '../../lib/search/search-index-files.ts';
import { shardSearchEntries } from '../../lib/search/shard-search-entries.ts';
import { searchEntries } from './search-entries.ts';

/** Largest shard, brotli-compressed as a static host serves it; leaves room for the directory. */
export const SHARD_BUDGET_BYTES = 36 * 1024;

/** Brotli size of `text`; quality 11 (the default) is what hosts pre-compress static files with. */
export function brotliBytes(text: string, quality = 11): number {
  return brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;
}

/** True when these entries, as a shard file, fit the budget (cheap checks first: brotli is slow). */
function fitsBudget(entries: PackedEntry[], budget: number): boolean {
  const raw = Buffer.byteLength(JSON.stringify(entries));
  if (raw <= budget) return true;
  // JSON of names and addresses does not compress better than about 12 to 1.
  if (raw > budget * 12) return false;
  // A quick brotli (quality 5) to decide: quality 11, as served, is smaller still, and ten times slower.
  return brotliBytes(JSON.stringify({ prefix: '', partial: true, entries }), 5) <= budget;
}

export interface SearchIndexFiles {
  directory: SearchDirectory;
  /** File name (in `search/`) → shard. */
  shards: Map<string, SearchShard>;
}

let cached: SearchIndexFiles | undefined;

/** The index of this build's entries (cached: every shard file is one route of the same build). */
export function searchIndex(budget = SHARD_BUDGET_BYTES): SearchIndexFiles {
  if (cached !== undefined && budget === SHARD_BUDGET_BYTES) return cached;
  const entries = searchEntries();
  const byPrefix = shardSearchEntries(entries, { fits: (e) => fitsBudget(e, budget) });
  const shards = new Map<string, SearchShard>();
  const directory: SearchDirectory = { entries: entries.length, shards: {} };
  for (const [prefix, shard] of byPrefix) {
    // Named by content, so a host may cache a shard for ever and a rebuild with new data is fetched anew.
    const name = `${createHash('sha256').update(JSON.stringify(shard)).digest('hex').slice(0, 12)}.json`;
    shards.set(name, shard);
    directory.shards[prefix] = [name, shard.partial ? 1 : 0];
  }
  const index = { directory, shards };
  if (budget === SHARD_BUDGET_BYTES) cached = index;
  return index;
}
