/**
 * Finds and ranks the entries a query matches, and says which shard holds them. Shared by the
 * header's search box and the search page (in the browser) and by the tests. Every word of the
 * query must begin a word of the entry (its label, detail or keywords); results are ranked by how
 * well they match, then areas, indicators, datasets and assets, then by label.
 */
import { SEARCH_KINDS, type SearchDirectory, type SearchEntry } from './search-index-files.ts';
import { MIN_TERM_LENGTH, searchTerms } from './search-terms.ts';

/** Which shard a query needs: none (too short, or a word nothing has), or one file. */
export type ShardChoice =
  { kind: 'short' } | { kind: 'none' } | { kind: 'shard'; prefix: string; file: string; partial: boolean };

/**
 * The shard to fetch for `query`: of its words of two letters or more, the one whose shard holds
 * every entry with it (not a partial one), the longest such; `none` when a word starts no entry's
 * word (nothing can match), `short` when no word is long enough.
 */
export function chooseShard(directory: SearchDirectory, query: string): ShardChoice {
  const words = searchTerms(query).filter((t) => [...t].length >= MIN_TERM_LENGTH);
  if (words.length === 0) return { kind: 'short' };
  let best: { prefix: string; file: string; partial: boolean; length: number } | null = null;
  for (const word of words) {
    const chars = [...word];
    let found: string | null = null;
    for (let n = chars.length; n >= 1 && found === null; n--) {
      const prefix = chars.slice(0, n).join('');
      if (directory.shards[prefix] !== undefined) found = prefix;
    }
    if (found === null) {
      // A shard exists for a longer prefix only when the shorter one was split: a word under no
      // shard at all begins no word in the index.
      return { kind: 'none' };
    }
    const [file, partial] = directory.shards[found] as [string, 0 | 1];
    const candidate = { prefix: found, file, partial: partial === 1, length: chars.length };
    if (
      best === null ||
      (best.partial && !candidate.partial) ||
      (best.partial === candidate.partial && candidate.length > best.length)
    )
      best = candidate;
  }
  const { prefix, file, partial } = best as NonNullable<typeof best>;
  return { kind: 'shard', prefix, file, partial };
}

/** Score of one query word against an entry's words; 0 when it begins none of them. */
function wordScore(word: string, label: string[], other: string[]): number {
  if (label.includes(word)) return 4;
  if (label.some((t) => t.startsWith(word))) return 3;
  if (other.includes(word)) return 2;
  if (other.some((t) => t.startsWith(word))) return 1;
  return 0;
}

/** The entries that match `query`, best first, and how many matched in all. */
export function matchSearch(
  entries: readonly SearchEntry[],
  query: string,
  limit = Infinity,
): { results: SearchEntry[]; total: number } {
  const words = searchTerms(query);
  if (words.length === 0) return { results: [], total: 0 };
  const phrase = words.join(' ');
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const label = searchTerms(entry.label);
    const other = searchTerms(`${entry.detail} ${entry.keywords}`);
    let score = 0;
    for (const w of words) {
      const s = wordScore(w, label, other);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score === 0) continue;
    if (label.join(' ').startsWith(phrase)) score += 3;
    scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      SEARCH_KINDS.indexOf(a.entry.kind) - SEARCH_KINDS.indexOf(b.entry.kind) ||
      a.entry.label.length - b.entry.label.length ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0) ||
      (a.entry.path < b.entry.path ? -1 : 1),
  );
  return { results: scored.slice(0, limit).map((s) => s.entry), total: scored.length };
}
