/**
 * The config's `rows.where` and `rows.except`: which rows of a file the dataset is about, for files
 * that mix geographic levels (Statbel's `lvl`) or series in one column. A row left out is neither
 * accepted nor rejected; the ledger counts it on its own, by the column and value that left it out.
 */
import type { RowsConfig } from '../config/schema.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';
import type { QualityReport } from '../../lib/manifest.ts';
import { MissingColumnError } from './column-map.ts';
import { findColumn } from './find-column.ts';

/** `where` keeps rows holding a listed value; `except` leaves them out. */
export type RowsKey = 'where' | 'except';

/** Why a row was left out: the condition's key and column (as the config names it), and the row's value there. */
export interface LeftOutBy {
  key: RowsKey;
  column: string;
  value: string;
}

interface Condition {
  key: RowsKey;
  /** The column as the config names it. */
  column: string;
  values: ReadonlySet<string>;
  /** The values some row held, to warn of those none did (a typo would silently leave out every row). */
  seen: Set<string>;
  /** The values the column held and on how many rows (the first {@link HELD_VALUES}), for the warning's closest value. */
  held: Map<string, number>;
  /** The column's index in the current file. */
  index: number;
}

/** Distinct values of a condition's column kept for the closest-value hint: a column of codes may hold many. */
const HELD_VALUES = 10_000;

/**
 * The value of `held` (a column's values, with their rows) a configured `value` most likely meant: one
 * that differs only in case, spaces or leading zeros, else (for a value of 4 or more characters, not
 * all digits) one a short edit away (a letter wrong, missing, added or two swapped; one edit per
 * three letters); the one on most rows when several are. Null when none is close.
 */
export function closestValue(value: string, held: ReadonlyMap<string, number>): string | null {
  const loose = (v: string): string => {
    const folded = v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    return /^\d+$/.test(folded) ? folded.replace(/^0+(?=\d)/, '') : folded;
  };
  const wanted = loose(value);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestRows = 0;
  const near = wanted.length >= 4 && !/^\d+$/.test(wanted);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  for (const [candidate, rows] of held) {
    const other = loose(candidate);
    const distance = other === wanted ? 0 : near ? editDistance(wanted, other, limit) : Number.POSITIVE_INFINITY;
    if (distance > limit && distance !== 0) continue;
    if (distance < bestDistance || (distance === bestDistance && rows > bestRows)) {
      best = candidate;
      bestDistance = distance;
      bestRows = rows;
    }
  }
  return best;
}

/** Edits (a character changed, added, removed, or two next to each other swapped) from `a` to `b`; above `limit`, `limit + 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return Math.min(rows[a.length]?.[b.length] ?? limit + 1, limit + 1);
}

export class RowFilter {
  private readonly conditions: Condition[];
  private readonly files: string[] = [];

  /**
   * `datasetId` names the dataset (or the file, for a layer's population or lookup file) in messages;
   * `configKey` is where its `rows` are configured.
   */
  constructor(
    private readonly datasetId: string,
    rows: RowsConfig | undefined,
    private readonly configKey = `datasets[${datasetId}].rows`,
  ) {
    const of = (key: RowsKey, spec: Record<string, string[]> | undefined): Condition[] =>
      Object.entries(spec ?? {}).map(([column, values]) => ({
        key,
        column,
        values: new Set(values.map((v) => v.trim())),
        seen: new Set(),
        held: new Map(),
        index: -1,
      }));
    this.conditions = [...of('where', rows?.where), ...of('except', rows?.except)];
  }

  /** Whether the config filters rows at all. */
  get active(): boolean {
    return this.conditions.length > 0;
  }

  /**
   * The columns' indexes in a file's header (`names` as the file has them, with any file values
   * and derived columns), in condition order. Throws MissingColumnError naming the file, the
   * column and the fix.
   */
  check(file: string, names: readonly string[]): number[] {
    const indexes = this.conditions.map((c) => findColumn([c.column], names).index);
    const missing = this.conditions.filter((_, i) => (indexes[i] ?? -1) < 0);
    if (missing.length > 0) {
      const list = missing.map((m) => `rows.${m.key} column "${m.column}"`).join(', ');
      throw new MissingColumnError(
        `${this.datasetId} (${file}): ${list} not found. The file's columns: ${names.map((n) => `"${n}"`).join(', ')}. ` +
          `Name a column the file has in ${this.configKey}, or remove the condition.`,
      );
    }
    return indexes;
  }

  /** A file begins: finds each condition's column (throws as {@link check}). */
  beginFile(file: string, names: readonly string[]): void {
    if (!this.active) return;
    const indexes = this.check(file, names);
    this.conditions.forEach((c, i) => (c.index = indexes[i] as number));
    if (!this.files.includes(file)) this.files.push(file);
  }

  /** Null when the row is kept; otherwise the first condition that leaves it out, with the row's value. */
  test(fields: readonly string[]): LeftOutBy | null {
    let out: LeftOutBy | null = null;
    // Every condition is looked at, so that each value a row holds counts as seen.
    for (const c of this.conditions) {
      const value = (fields[c.index] ?? '').trim();
      const listed = c.values.has(value);
      if (listed) c.seen.add(value);
      const held = c.held.get(value);
      if (held !== undefined) c.held.set(value, held + 1);
      else if (c.held.size < HELD_VALUES) c.held.set(value, 1);
      if (out === null && listed === (c.key === 'except')) out = { key: c.key, column: c.column, value };
    }
    return out;
  }

  /** A warning for each configured value no row held, in config order. */
  unmatched(): DatasetWarning[] {
    const files = this.files.join(', ');
    return this.conditions.flatMap((c) =>
      [...c.values]
        .filter((v) => !c.seen.has(v))
        .map((value): DatasetWarning => {
          const closest = closestValue(value, c.held);
          return {
            code: 'rowsValueUnmatched',
            files,
            key: `rows.${c.key}`,
            column: c.column,
            value,
            ...(closest === null ? {} : { closest }),
          };
        }),
    );
  }
}

/** The rows left out by value, for the build's messages: `rows.where lvl=1: 1, rows.where lvl=2: 3`. */
export function leftOutText(q: Pick<QualityReport, 'leftOut' | 'leftOutBy'>): string {
  const by = q.leftOutBy ?? [];
  const listed = by.reduce((sum, b) => sum + b.count, 0);
  const more = (q.leftOut ?? 0) - listed;
  return (
    by.map((b) => `rows.${b.key} ${b.column}=${JSON.stringify(b.value)}: ${b.count}`).join(', ') +
    (more > 0 ? `, other values: ${more}` : '')
  );
}
