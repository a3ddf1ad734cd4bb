/**
 * Cuts the search index into shards by the first letters of words, each small enough for a phone
 * to fetch for one query. A prefix whose entries do not fit one shard is split by its next letter
 * (`"st"` into `"sta"`, `"ste"`, `"str"`…) until they do, and keeps a partial shard of its own for
 * queries that stop there. Deterministic: the same entries give the same shards in the same order.
 */
import { packEntry, SEARCH_KINDS, type PackedEntry, type SearchEntry, type SearchShard } from './search-index-files.ts';
import { MIN_TERM_LENGTH, searchTerms } from './search-terms.ts';

/** How `shardSearchEntries` cuts; `fits` is required. */
export interface ShardOptions {
  /** True when these entries, written as one shard, are small enough (the site measures brotli bytes). */
  fits: (entries: PackedEntry[]) => boolean;
  /** Longest prefix a shard is cut at, in characters; a longer prefix would rarely be typed. Default 8. */
  maxPrefix?: number;
  /**
   * Most entries in a partial shard. It serves a word still being typed, whose best few results
   * are shown; a full-size one at every level of a split would multiply the index. Default 200.
   */
  partialLimit?: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries in the order shards list them: areas, indicators, datasets, assets, each by label then path. */
export function orderEntries(entries: readonly SearchEntry[]): SearchEntry[] {
  return [...entries].sort(
    (a, b) =>
      SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) ||
      byCodePoint(a.label, b.label) ||
      byCodePoint(a.path, b.path),
  );
}

/** The words of an entry that shards are cut by (at least `MIN_TERM_LENGTH` characters), as character arrays. */
function entryTerms(e: SearchEntry): string[][] {
  const terms = new Set(searchTerms(`${e.label} ${e.detail} ${e.keywords}`));
  return [...terms].map((t) => [...t]).filter((t) => t.length >= MIN_TERM_LENGTH);
}

/** Shards by prefix, in prefix order; every entry is in the shard of each of its words' prefixes. */
export function shardSearchEntries(entries: readonly SearchEntry[], options: ShardOptions): Map<string, SearchShard> {
  const { fits, maxPrefix = 8, partialLimit = 200 } = options;
  const ordered = orderEntries(entries);
  const packed = ordered.map(packEntry);
  const terms = ordered.map(entryTerms);
  const shards = new Map<string, SearchShard>();

  // The largest first part of `members` (exact matches first) that fits one shard.
  const selection = (exact: number[], members: number[]): PackedEntry[] => {
    const picked = [...new Set([...exact, ...members])].slice(0, partialLimit).map((i) => packed[i] as PackedEntry);
    let lo = 0;
    let hi = picked.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(picked.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    return picked.slice(0, lo);
  };

  const place = (prefix: string[], members: number[]) => {
    const key = prefix.join('');
    const all = members.map((i) => packed[i] as PackedEntry);
    if (fits(all)) {
      shards.set(key, { prefix: key, partial: false, entries: all });
      return;
    }
    const depth = prefix.length;
    const exact: number[] = [];
    const children = new Map<string, number[]>();
    for (const i of members) {
      const next = new Set<string>();
      let isExact = false;
      for (const t of terms[i] as string[][]) {
        if (t.length < depth || !prefix.every((c, j) => t[j] === c)) continue;
        if (t.length === depth) isExact = true;
        else next.add(t[depth] as string);
      }
      if (isExact) exact.push(i);
      for (const c of next) {
        let list = children.get(c);
        if (list === undefined) children.set(c, (list = []));
        list.push(i);
      }
    }
    // A one-letter prefix is never looked up (queries need two letters), so it needs no shard of its own.
    if (depth >= MIN_TERM_LENGTH) shards.set(key, { prefix: key, partial: true, entries: selection(exact, members) });
    if (depth >= maxPrefix) return;
    for (const c of [...children.keys()].sort(byCodePoint)) place([...prefix, c], children.get(c) as number[]);
  };

  const roots = new Map<string, number[]>();
  terms.forEach((ts, i) => {
    for (const c of new Set(ts.map((t) => t[0] as string))) {
      let list = roots.get(c);
      if (list === undefined) roots.set(c, (list = []));
      list.push(i);
    }
  });
  for (const c of [...roots.keys()].sort(byCodePoint)) place([c], roots.get(c) as number[]);
  return new Map([...shards].sort(([a], [b]) => byCodePoint(a, b)));
}
