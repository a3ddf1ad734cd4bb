/**
 * Coordinates that are not numbers, said with the file, the columns, a value and its line, and the
 * fix. "Coordinates are not numbers" alone does not tell a person that the file writes `40,4279`
 * (set decimalSeparator) or that a spreadsheet has re-saved `40.4279…` as `40.427.947.044.751`,
 * a value whose decimal point is lost (use other columns or the publisher's file).
 */
import type { DatasetWarning, NotNumbersFix } from '../../../lib/data-reasons.ts';
import { parseNumber } from '../../ingest/parse-values.ts';

const NONE: ReadonlySet<string> = new Set();
// Digits in groups of three after the first one to three, all with one separator used twice or more.
const DIGIT_GROUPS = /^[-+]?\d{1,3}([.,])\d{3}(?:\1\d{3})+$/;

interface FileStats {
  file: string;
  columns: string;
  rows: number;
  line: number;
  values: readonly string[];
}

export interface NotNumbersCheck {
  /** A row of `file` whose coordinate values (as written, from `columns`) are not numbers. */
  add(file: string, line: number, columns: string, values: readonly string[]): void;
  /** One warning per file that had such rows, in file order. */
  warnings(): DatasetWarning[];
}

/** Whether `value` is digits in groups of three with one separator between them, used twice or more. */
export function hasDigitGroups(value: string): boolean {
  return DIGIT_GROUPS.test(value.trim());
}

/**
 * Which setting reads `values`, or why nothing can. In degrees (`geographic`) a value with digit
 * groups is never a thousands-separated number (no longitude reaches 1,000), so it is a re-saved
 * decimal; in a grid `4.470.157` may be a northing with thousands separators, read with ",".
 */
export function notNumbersFix(values: readonly string[], decimal: '.' | ',', geographic: boolean): NotNumbersFix {
  const texts = values.map((v) => v.trim()).filter((v) => v !== '');
  if (texts.length === 0) return null;
  const groups = texts.some(hasDigitGroups);
  if (groups && geographic) return 'digitGroups';
  const other = decimal === '.' ? ',' : '.';
  if (texts.every((v) => Number.isFinite(parseNumber(v, NONE, other) ?? NaN))) {
    return other === ',' ? 'decimalComma' : 'decimalPoint';
  }
  return groups ? 'digitGroups' : null;
}

/** `geographic`: the coordinates are read as longitude and latitude. */
export function createNotNumbersCheck(decimal: '.' | ',', geographic: boolean): NotNumbersCheck {
  const files = new Map<string, FileStats>();
  return {
    add(file, line, columns, values) {
      const f = files.get(file);
      if (f !== undefined) f.rows++;
      else files.set(file, { file, columns, rows: 1, line, values });
    },
    warnings() {
      return [...files.values()].map((f) => ({
        code: 'coordinatesNotNumbers' as const,
        file: f.file,
        rows: f.rows,
        columns: f.columns,
        line: f.line,
        example: f.values.map((v) => v.trim()).join(', '),
        fix: notNumbersFix(f.values, decimal, geographic),
      }));
    },
  };
}
