/**
 * Small value rules of the asset record, kept apart from the row loop so each
 * is tested on its own: id padding, text joining, category dictionaries that
 * merge spellings differing only in case and spacing, and status matching.
 */
import type { AssetsDatasetConfig, AssetStatus } from '../../config/schema.ts';
import { DEFAULT_ASSET_CATEGORIES, type AssetCategory } from '../../../lib/assets-files.ts';
import { isMissingValue } from '../../ingest/parse-values.ts';
import { tallyText, type WarningTally } from '../../../lib/data-reasons.ts';

// A value wrapped in one pair of quote marks ("Vacant", 'Vacant', “Vacant”), or with a stray
// double quote left at one end by a hand-edited export ("Vacant, Vacant").
const WRAPPED = /^(?:"([^"]*)"|'([^']*)'|\u201C([^\u201D]*)\u201D|\u2018([^\u2019]*)\u2019)$/;
const STRAY = /^"([^"]*)$|^([^"]*)"$/;

/**
 * Trims, collapses runs of white space to one space, and strips quote marks around
 * the whole value: a matching pair of " ' “” ‘’, or one unpaired " at either end.
 * A lone ' is kept (St Johns', O'Brien).
 */
export function cleanText(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Most values start and end with neither: skip the patterns for them.
  const quotes = [0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019];
  if (!quotes.includes(first) && !quotes.includes(last)) return text;
  const wrapped = WRAPPED.exec(text);
  if (wrapped !== null) return (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? wrapped[4] ?? '').trim();
  const stray = STRAY.exec(text);
  if (stray !== null) return (stray[1] ?? stray[2] ?? '').trim();
  return text;
}

/** The key values are matched by: `cleanText`, lower-cased. */
export function matchKey(raw: string): string {
  return cleanText(raw).toLowerCase();
}

/**
 * The canonical form of an id: an all-digit id (a UPRN) drops extra leading
 * zeros and is padded with zeros to `width`, so "10000480247", "010000480247"
 * and "0010000480247" are one id; other ids are only trimmed. Width 0 leaves
 * digits as they are.
 */
export function canonicalId(raw: string, width: number): string {
  const id = raw.trim();
  if (width === 0 || !/^\d+$/.test(id)) return id;
  const digits = id.replace(/^0+(?=\d)/, '');
  return digits.length >= width ? digits : digits.padStart(width, '0');
}

/** Non-missing values of several columns joined with ", ". */
export function joinParts(fields: readonly string[], indices: readonly number[], missing: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const i of indices) {
    if (i < 0) continue;
    const v = cleanText(fields[i] ?? '');
    if (v === '' || isMissingValue(v, missing)) continue;
    // "LAND NORTH, LAND NORTH" from SAO and PAO repeating each other reads badly: skip exact repeats.
    if (parts.length > 0 && parts[parts.length - 1]?.toLowerCase() === v.toLowerCase()) continue;
    parts.push(v);
  }
  return parts.join(', ');
}

/**
 * Distinct category values (tenure, holding type, owner) in first-seen order.
 * "PRIVATE", "Private " and "private" are one entry, labelled as first seen.
 */
export class Dictionary {
  readonly labels: string[] = [];
  private readonly byKey = new Map<string, number>();

  /** Code of a raw value; -1 for blank or missing. */
  code(raw: string, missing: ReadonlySet<string>): number {
    const label = cleanText(raw);
    if (label === '') return -1;
    const key = label.toLowerCase();
    if (missing.has(key)) return -1;
    let code = this.byKey.get(key);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.byKey.set(key, code);
    }
    return code;
  }
}

/** The dataset's categories: those its config declares, else the default four. */
export function datasetCategories(config: Pick<AssetsDatasetConfig, 'categories'>): AssetCategory[] {
  const list = config.categories.length > 0 ? config.categories : DEFAULT_ASSET_CATEGORIES;
  return list.map((c) => ({ id: c.id, label: c.label, colour: c.colour, shape: c.shape, available: c.available }));
}

/** The category rows get when no rule or `statusMap` entry gives one (the config check made sure it exists). */
export function defaultStatusOf(config: Pick<AssetsDatasetConfig, 'defaultStatus'>): string {
  return config.defaultStatus ?? 'unknown';
}

/** `statusMap` with keys matched by `matchKey`. */
export function statusLookup(map: Readonly<Record<string, AssetStatus>>): Map<string, AssetStatus> {
  const out = new Map<string, AssetStatus>();
  for (const [value, status] of Object.entries(map)) out.set(matchKey(value), status);
  return out;
}

/** Counts occurrences of strings, for warnings that list the commonest first. */
export class Tally {
  private readonly counts = new Map<string, number>();
  total = 0;

  add(key: string): void {
    this.total++;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The values and their counts, largest first, ties by value, at most `limit`, and how many more there are. */
  top(limit = 5): WarningTally {
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      items: sorted.slice(0, limit).map(([value, count]) => ({ value, count })),
      more: Math.max(0, sorted.length - limit),
    };
  }

  /** "a" (3), "b" (1): largest first, ties by value, at most `limit`. */
  describe(limit = 5): string {
    return tallyText(this.top(limit));
  }
}
