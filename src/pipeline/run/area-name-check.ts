/**
 * Rows whose area name disagrees with their area code: code E05001234 named "Ashby" in the
 * file while the layer (or, without a layer, the dataset's first row for the code) calls it
 * "Beacon". Such a row is joined by its code, which may be the wrong one, so each pair is counted
 * for the warning `areaNameMismatch`. Names agree when they are one spelling (case, spaces,
 * hyphens, apostrophes, full stops and accents, as in area-spellings.ts) or when every word of
 * one is in the other ("Adams" and "Adams County", "Bristol" and "Bristol, City of").
 */
import type { AreaNameMismatch, DatasetWarning } from '../../lib/data-reasons.ts';
import { spellingWords } from './area-spellings.ts';

/** How many codes a warning lists before "and N more". */
const LISTED = 10;

/** Whether two names of an area say the same place (see the module comment). */
export function namesAgree(a: string, b: string): boolean {
  const wa = spellingWords(a);
  const wb = spellingWords(b);
  if (wa.length === 0 || wb.length === 0) return true;
  if (wa.join('') === wb.join('')) return true;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.every((w) => long.has(w));
}

/**
 * The name a layer's area gives to check rows against: its name, or null when the layer has no names
 * (it then names each area by its code, and the file's names are checked against each other).
 */
export function layerNameOf(feature: { code: string; name: string } | undefined): string | null {
  return feature !== undefined && feature.name !== feature.code ? feature.name : null;
}

/** Counts, per code and name, the rows that name their area otherwise than its code does. */
export class AreaNameCheck {
  private readonly firstName = new Map<string, string>();
  private readonly found = new Map<string, AreaNameMismatch>();
  // Whether a code's name agrees, by code and name: a file repeats each pair on every row.
  private readonly agrees = new Map<string, boolean>();
  private rows = 0;

  /**
   * Checks the row's `name` for area `code`: against `known` (the layer's name for the code) when
   * given, else against the first name a row gave the code. A blank name is not checked.
   */
  check(code: string, name: string, known: string | null): void {
    if (name === '') return;
    let expected = known;
    if (expected === null) {
      expected = this.firstName.get(code) ?? null;
      if (expected === null) {
        this.firstName.set(code, name);
        return;
      }
    }
    if (name === expected || expected === '') return;
    const key = `${code}\u0000${name}`;
    let agrees = this.agrees.get(key);
    if (agrees === undefined) {
      agrees = namesAgree(name, expected);
      this.agrees.set(key, agrees);
    }
    if (agrees) return;
    this.rows++;
    const seen = this.found.get(key);
    if (seen === undefined) this.found.set(key, { areaCode: code, name, expected, count: 1 });
    else seen.count++;
  }

  /**
   * The name that `check(code, name, known)` passes without counting anything (a row with just
   * that name is in agreement), or null while that depends on the name (no name yet for the code).
   */
  agreeingName(code: string, known: string | null): string | null {
    return known ?? this.firstName.get(code) ?? null;
  }

  /** The warning listing each disagreeing code and name (most rows first), or null when every name agreed. */
  warning(): DatasetWarning | null {
    if (this.rows === 0) return null;
    const all = [...this.found.values()].sort(
      (a, b) =>
        b.count - a.count || (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : a.name < b.name ? -1 : 1),
    );
    return {
      code: 'areaNameMismatch',
      rows: this.rows,
      items: all.slice(0, LISTED).map((m) => ({ ...m })),
      more: Math.max(0, all.length - LISTED),
    };
  }
}
