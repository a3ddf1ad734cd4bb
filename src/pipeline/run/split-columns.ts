/**
 * Columns that pack several values into one, split into named columns before anything else reads
 * the row (`splitColumns`): Eurostat's TSV files begin with a column headed `unit,sex,age,geo\time`
 * whose cells read `YR,T,Y_LT1,DE`, so the area code is the last of four parts. The parts are
 * appended to the header and to every row, as file values are, so that `columns`, `rows.where` and
 * `rows.except` find them by name.
 */
import type { SplitColumnConfig } from '../config/schema.ts';
import { normaliseHeader } from '../ingest/normalise-header.ts';
import { MissingColumnError } from './column-map.ts';
import { findColumn, headerNames } from './find-column.ts';

export interface SplitColumns {
  readonly size: number;
  /**
   * The header with each split's parts appended (normalised names and names as written). Throws
   * MissingColumnError, naming the file, the column and the fix, when the file lacks a split column.
   */
  header(file: string, names: readonly string[], raw: readonly string[]): [string[], string[]];
  /** Appends each split column's parts to a row of the file. */
  row(fields: string[]): void;
}

/**
 * The parts of `value`, one per name in `into`: a value with fewer parts leaves the last ones
 * blank; one with more keeps the rest, separators and all, in the last part.
 */
export function splitValue(value: string, separator: string, count: number): string[] {
  const parts = value.split(separator).map((p) => p.trim());
  if (parts.length > count) parts.splice(count - 1, parts.length, parts.slice(count - 1).join(separator));
  while (parts.length < count) parts.push('');
  return parts;
}

export function splitColumns(datasetId: string, splits: readonly SplitColumnConfig[]): SplitColumns {
  const added = splits.flatMap((s) => s.into);
  const normalised = normaliseHeader(added);
  // Index of each split's column in the current file's header.
  let at: number[] = [];
  return {
    size: splits.length,
    header(file, names, raw) {
      if (splits.length === 0) return [[...names], [...raw]];
      at = splits.map((s) => findColumn(headerNames(s.column), raw).index);
      const missing = splits.filter((_, i) => (at[i] ?? -1) < 0);
      if (missing.length > 0) {
        const list = missing.map((s) => `"${headerNames(s.column).join('" or "')}"`).join(', ');
        throw new MissingColumnError(
          `${datasetId} (${file}): splitColumns column ${list} not found. The file's columns: ` +
            `${raw.map((n) => `"${n}"`).join(', ')}. Name a column the file has in ` +
            `datasets[${datasetId}].splitColumns[].column, or remove the split.`,
        );
      }
      return [
        [...names, ...normalised],
        [...raw, ...added],
      ];
    },
    row(fields) {
      splits.forEach((s, i) => {
        for (const part of splitValue(fields[at[i] ?? -1] ?? '', s.separator, s.into.length)) fields.push(part);
      });
    },
  };
}
