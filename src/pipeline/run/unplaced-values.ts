/**
 * Values of an area column that place a row in no area: the dataset's `unplacedValues` ("Unknown",
 * "Out of state", SSI's "NA"), whose rows are real counts of the whole dataset but of no area, and
 * the check that warns of a value that looks like one when the config lists none.
 */
import type { DatasetWarning } from '../../lib/data-reasons.ts';

/**
 * Words publishers write for "not placed in any area", lower-cased: English, Welsh, Dutch, Danish,
 * German (the catalogues' languages), with Norwegian and Italian met in real files, and the short
 * markers. Only a warning hangs on them: a value is unplaced only when the config lists it.
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'unknown',
  'not known',
  'not stated',
  'unallocated',
  'unassigned',
  'out of state',
  'out of area',
  'out of country',
  'outside',
  'anhysbys',
  'onbekend',
  'ukendt',
  'uoplyst',
  'ukjent',
  'unbekannt',
  'unbekannt/ausland',
  'in fase di definizione/aggiornamento',
  'non definito',
  'sconosciuto',
  'na',
  'n/a',
  '-',
];

const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS);

/** Whether `value` (trimmed, any case) is one of {@link PLACEHOLDER_WORDS}. */
export function looksUnplaced(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** The configured `unplacedValues`: which of them a row's area code (or, with a blank code, its name) is. */
export class UnplacedValues {
  private readonly index = new Map<string, number>();
  /** The configured values, as written (trimmed), by index. */
  readonly values: string[] = [];

  constructor(configured: readonly string[]) {
    for (const v of configured) {
      const key = v.trim().toLowerCase();
      if (this.index.has(key)) continue;
      this.index.set(key, this.values.length);
      this.values.push(v.trim());
    }
  }

  /** Whether the config lists any value. */
  get active(): boolean {
    return this.values.length > 0;
  }

  /**
   * The index of the configured value the row is (matched ignoring case and surrounding spaces):
   * its code, or its name when the code is blank (the NYT's "Unknown" counties have no FIPS); -1 for none.
   */
  match(code: string, name: string): number {
    if (!this.active) return -1;
    const byCode = this.index.get(code.trim().toLowerCase());
    if (byCode !== undefined) return byCode;
    if (code.trim() !== '' || name.trim() === '') return -1;
    return this.index.get(name.trim().toLowerCase()) ?? -1;
  }
}

/**
 * Counts the rows whose area code looks like a placeholder ({@link looksUnplaced}) while the config
 * lists no `unplacedValues`, by file, column and value, for a warning that names the fix.
 */
export class PlaceholderCheck {
  private readonly seen = new Map<string, { file: string; column: string; value: string; rows: number }>();

  constructor(
    private readonly datasetId: string,
    private readonly active: boolean,
    private readonly layer: boolean,
  ) {}

  /** Looks at a row's area code (any row, whatever becomes of it). */
  see(file: string, column: string, code: string): void {
    if (!this.active || code.length > 40 || !looksUnplaced(code)) return;
    const value = code.trim();
    const key = `${file}\u0000${column}\u0000${value}`;
    const entry = this.seen.get(key);
    if (entry === undefined) this.seen.set(key, { file, column, value, rows: 1 });
    else entry.rows++;
  }

  /**
   * One warning per file, column and value; `isArea(value)` says whether the value is an area of the
   * layer after all (`NA`, Navarra), which is then no placeholder.
   */
  warnings(isArea: (value: string) => boolean): DatasetWarning[] {
    return [...this.seen.values()]
      .filter((e) => !isArea(e.value))
      .map((e) => ({ code: 'areaPlaceholder', dataset: this.datasetId, ...e, layer: this.layer }));
  }
}
