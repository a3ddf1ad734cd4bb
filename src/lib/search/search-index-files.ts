/**
 * Shapes of the site search index written at build time (`search/` in the built site) and read by
 * the header's search box in the browser. The index is cut into shards by the first letters of
 * words, so a query fetches the small directory and one shard, never the whole index.
 */
import type { TextPart } from '../i18n/config-text.ts';

/** What a search result leads to; the order is the order results of equal score are listed in. */
export const SEARCH_KINDS = ['area', 'indicator', 'disease', 'dataset', 'asset'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing the search finds. Every text field is data and is only ever shown as text. */
export interface SearchEntry {
  kind: SearchKind;
  /** What it is called: an area's name, an asset's name or address, a dataset's title. */
  label: string;
  /** A second line that tells it apart: the layer and code, the address and postcode, the dataset. */
  detail: string;
  /** Page path under the site's base path, with a trailing slash, e.g. `"areas/wards/E05000001/"`. */
  path: string;
  /** Further words it is found by that the label and detail do not show (a reference, a UPRN). */
  keywords: string;
  /** The label's language where it is not the page's (the data's, or the default one for an untranslated config text). */
  labelLang?: string;
  /** The detail in parts, each with its language where it is not the page's; absent when none is marked. */
  detailParts?: TextPart[];
}

/**
 * An entry as written in a shard: `[kind index into SEARCH_KINDS, label, detail, path, keywords]`
 * (positional, to keep shards small), then, only where some of its text is in another language
 * than the page's, the label's language (`''` for the page's) and the detail's parts.
 */
export type PackedEntry = [number, string, string, string, string, string?, TextPart[]?];

/** A shard file: every entry with a word starting with `prefix`, or, when `partial`, a first selection. */
export interface SearchShard {
  prefix: string;
  /**
   * True when the prefix has more entries than one shard holds: the shard then has those whose word
   * is the prefix itself, then areas, indicators and datasets, then the first others, and longer
   * prefixes have shards of their own.
   */
  partial: boolean;
  entries: PackedEntry[];
}

/** The directory file (`search/directory.json`): which shard file serves which prefix. */
export interface SearchDirectory {
  /** Number of entries in the whole index. */
  entries: number;
  /** Prefix → `[file name in search/, 1 if the shard is partial else 0]`. */
  shards: Record<string, [string, 0 | 1]>;
}

/** Packs an entry for a shard. */
export function packEntry(e: SearchEntry): PackedEntry {
  const kind = SEARCH_KINDS.indexOf(e.kind);
  if (e.labelLang === undefined && e.detailParts === undefined) return [kind, e.label, e.detail, e.path, e.keywords];
  const lang = e.labelLang ?? '';
  return e.detailParts === undefined
    ? [kind, e.label, e.detail, e.path, e.keywords, lang]
    : [kind, e.label, e.detail, e.path, e.keywords, lang, e.detailParts];
}

/** Unpacks a shard's entry; an unknown kind index reads as `dataset`. */
export function unpackEntry([kind, label, detail, path, keywords, labelLang, detailParts]: PackedEntry): SearchEntry {
  return {
    kind: SEARCH_KINDS[kind] ?? 'dataset',
    label,
    detail,
    path,
    keywords,
    ...(labelLang ? { labelLang } : {}),
    ...(detailParts === undefined ? {} : { detailParts }),
  };
}
