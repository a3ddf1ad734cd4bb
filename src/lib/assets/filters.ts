/**
 * Filtering the estate, with live counts: for every filter value, how many
 * assets would match if that value were chosen with all the other filters as
 * they are (faceted counts). One pass over the assets per change. Browser-safe.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import { categoryKey, searchText, type Estate } from './estate.ts';

/** Token in filter lists for "not stated" (an asset with no value for the field). */
export const NONE = '~';

export interface AssetFilters {
  /** Category ids (the estate's `categories`). */
  status: string[];
  /** Labels as in the estate's dictionaries (matched ignoring case and spacing), or `NONE`. */
  tenure: string[];
  holding: string[];
  owner: string[];
  /** Area codes, or `NONE`. */
  area: string[];
  /** Dataset ids. */
  source: string[];
  /** Size range, inclusive, in each dataset's own unit; null = open. */
  sizeMin: number | null;
  sizeMax: number | null;
  /** Words that must all appear in the name, address, postcode or reference. */
  q: string;
}

export const NO_FILTERS: AssetFilters = {
  status: [],
  tenure: [],
  holding: [],
  owner: [],
  area: [],
  source: [],
  sizeMin: null,
  sizeMax: null,
  q: '',
};

export const FACETS = ['status', 'source', 'area', 'tenure', 'holding', 'owner'] as const;
export type FacetKey = (typeof FACETS)[number];

export interface FilterResult {
  /** Global indices of matching assets, in estate order. */
  matches: Uint32Array;
  /**
   * Per facet, count per value under all the other filters. Slot 0 is "not
   * stated"; slot v + 1 is dictionary value v (status: the estate's categories;
   * source: estate sources; area: estate areas).
   */
  counts: Record<FacetKey, Int32Array>;
  /** Matching assets that are on the map. */
  placed: number;
}

/** Number of values of a facet (excluding the "not stated" slot). */
export function facetSize(e: Estate, facet: FacetKey): number {
  switch (facet) {
    case 'status':
      return e.categories.length;
    case 'source':
      return e.sources.length;
    case 'area':
      return e.dict.area.length;
    default:
      return e.dict[facet].length;
  }
}

/** The value of a facet for an asset: -1 for none, else the dictionary index. */
function valueOf(e: Estate, facet: FacetKey, k: number): number {
  switch (facet) {
    case 'status':
      return e.status[k] as number;
    case 'source':
      return e.source[k] as number;
    default:
      return e[facet][k] as number;
  }
}

/** Allowed-values mask for a facet (index v + 1; 0 = none), or null when the facet is not filtered. */
function mask(e: Estate, facet: FacetKey, wanted: readonly string[]): Uint8Array | null {
  if (wanted.length === 0) return null;
  const m = new Uint8Array(facetSize(e, facet) + 1);
  const want = new Set(
    wanted.map((w) => (facet === 'status' || facet === 'source' || facet === 'area' ? w : categoryKey(w))),
  );
  if (want.has(NONE)) m[0] = 1;
  const labels: readonly string[] =
    facet === 'status'
      ? e.categories.map((c) => c.id)
      : facet === 'source'
        ? e.sources.map((s) => s.id)
        : facet === 'area'
          ? e.dict.area.map((a) => a.code)
          : e.dict[facet].map(categoryKey);
  labels.forEach((l, v) => {
    if (want.has(l)) m[v + 1] = 1;
  });
  return m;
}

const textCache = new WeakMap<Estate, string[]>();

export function applyFilters(e: Estate, f: AssetFilters): FilterResult {
  const masks = FACETS.map((facet) => mask(e, facet, f[facet]));
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Int32Array(facetSize(e, facet) + 1)])) as Record<
    FacetKey,
    Int32Array
  >;
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  let text: string[] | undefined;
  if (words.length > 0) {
    text = textCache.get(e);
    if (text === undefined) {
      text = searchText(e);
      textCache.set(e, text);
    }
  }
  const min = f.sizeMin;
  const max = f.sizeMax;
  const values = new Int32Array(FACETS.length);
  const matches: number[] = [];
  let placed = 0;
  for (let k = 0; k < e.count; k++) {
    // Filters that are not facets (size, words) must pass for the asset to count anywhere.
    if (min !== null || max !== null) {
      const s = e.size[k] as number;
      if (Number.isNaN(s) || (min !== null && s < min) || (max !== null && s > max)) continue;
    }
    if (text !== undefined) {
      const t = text[k] as string;
      let ok = true;
      for (const w of words) {
        if (!t.includes(w)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
    }
    let failed = -1;
    let failures = 0;
    for (let d = 0; d < FACETS.length; d++) {
      const v = valueOf(e, FACETS[d] as FacetKey, k);
      values[d] = v;
      const m = masks[d];
      if (m && m[v + 1] !== 1) {
        failures++;
        failed = d;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 1) {
      const facet = FACETS[failed] as FacetKey;
      counts[facet][(values[failed] as number) + 1]! += 1;
      continue;
    }
    for (let d = 0; d < FACETS.length; d++) counts[FACETS[d] as FacetKey][(values[d] as number) + 1]! += 1;
    matches.push(k);
    if (!Number.isNaN(e.lon[k] as number)) placed++;
  }
  return { matches: Uint32Array.from(matches), counts, placed };
}

/** The filters without category ids the estate does not have (a hand-edited or out-of-date link). */
export function knownCategories(e: Estate, f: AssetFilters): AssetFilters {
  return { ...f, status: f.status.filter((s) => s === NONE || e.categories.some((c) => c.id === s)) };
}

/** True when no filter is set. */
export function isUnfiltered(f: AssetFilters): boolean {
  return (
    FACETS.every((facet) => f[facet].length === 0) && f.sizeMin === null && f.sizeMax === null && f.q.trim() === ''
  );
}

/** How many filters are set: each facet with a value chosen, the size range, the search. */
export function activeFilterCount(f: AssetFilters): number {
  return (
    FACETS.reduce((sum, facet) => sum + f[facet].length, 0) +
    (f.sizeMin !== null || f.sizeMax !== null ? 1 : 0) +
    (f.q !== '' ? 1 : 0)
  );
}

/** A size bound typed by a person ("2,5" or "2.5"); null when empty, not a number, or negative. */
export function parseSizeBound(text: string): number | null {
  const n = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
}

/** The catalogue keys `describeFilters` uses, for a page to hand its script. */
export const DESCRIBE_FILTERS_KEYS: readonly MessageKey[] = [
  'assets.filter.item',
  'assets.filter.notStated',
  'assets.filter.between',
  'assets.filter.atLeast',
  'assets.filter.atMost',
  'assets.filter.words',
];

/** Words for people describing the filters, e.g. ["Status: vacant, under-used", "Area: Liverpool"]. */
export function describeFilters(
  e: Estate,
  f: AssetFilters,
  labels: Record<FacetKey | 'size' | 'q', string>,
  t: Pick<Translator, 't'>,
): string[] {
  const out: string[] = [];
  const none = t.t('assets.filter.notStated');
  for (const facet of FACETS) {
    const values = f[facet];
    if (values.length === 0) continue;
    const words = values.map((v) => {
      if (v === NONE) return none;
      if (facet === 'status') return e.categories.find((c) => c.id === v)?.label ?? v;
      if (facet === 'source') return e.sources.find((s) => s.id === v)?.title ?? v;
      if (facet === 'area') return e.dict.area.find((a) => a.code === v)?.name ?? v;
      return v;
    });
    out.push(t.t('assets.filter.item', { label: labels[facet], values: words.join(', ') }));
  }
  if (f.sizeMin !== null || f.sizeMax !== null) {
    // The bounds as typed (a URL's own digits), not reformatted.
    const min = String(f.sizeMin);
    const max = String(f.sizeMax);
    const range =
      f.sizeMin !== null && f.sizeMax !== null
        ? t.t('assets.filter.between', { min, max })
        : f.sizeMin !== null
          ? t.t('assets.filter.atLeast', { min })
          : t.t('assets.filter.atMost', { max });
    out.push(t.t('assets.filter.item', { label: labels.size, values: range }));
  }
  if (f.q.trim() !== '')
    out.push(t.t('assets.filter.item', { label: labels.q, values: t.t('assets.filter.words', { q: f.q.trim() }) }));
  return out;
}
