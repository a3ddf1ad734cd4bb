/**
 * Dates that `dateFormat: "auto"` reads day first but could as well be month first: a column whose
 * every day-or-month-first date has both numbers at most 12 (`04/05/2021`) gives no sign of its
 * order, and is read day first without a word unless someone says so. Decided on the whole column
 * (every distinct date text of it), not its first rows: one date with a first number above 12
 * (`13/05/2021`) shows it is day first, and the column is not ambiguous.
 */
import type { DatasetWarning } from '../../lib/data-reasons.ts';
import { civilDayNumber, isoDay } from '../../lib/day-number.ts';

interface ColumnDates {
  file: string;
  column: string;
  /** Distinct day-or-month-first date texts whose two numbers are both at most 12. */
  ambiguous: Set<string>;
  /** The first such text, and its two numbers. */
  example: string;
  first: number;
  second: number;
  year: number;
  /** A date whose first number is above 12 was read: the column is day first. */
  dayFirst: boolean;
}

/** Watches the date texts of each file's date column read with `dateFormat: "auto"`. */
export class DayMonthOrder {
  private readonly columns = new Map<string, ColumnDates>();
  private last: ColumnDates | null = null;
  private lastText = '\u0000';

  /** Notes one date text read in `file`'s `column` (call for texts that were read as dates). */
  see(text: string, file: string, column: string): void {
    if (text === this.lastText && this.last !== null && this.last.file === file && this.last.column === column) return;
    this.lastText = text;
    const key = `${file}\u0000${column}`;
    let c = this.columns.get(key);
    if (c === undefined) {
      c = { file, column, ambiguous: new Set(), example: '', first: 0, second: 0, year: 0, dayFirst: false };
      this.columns.set(key, c);
    }
    this.last = c;
    if (c.dayFirst) return;
    // Year-first and 8-digit dates (most files) have digits at both places a separator would be.
    if (isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) return;
    const parts = dayOrMonthFirst(text);
    if (parts === null) return;
    const [first, second, year] = parts;
    if (first > 12) {
      c.dayFirst = true;
      c.ambiguous.clear();
      return;
    }
    if (second > 12) return;
    if (c.ambiguous.size === 0) {
      c.example = text.trim();
      c.first = first;
      c.second = second;
      c.year = year;
    }
    c.ambiguous.add(text);
  }

  /** A warning per file column whose every day-or-month-first date was ambiguous; none otherwise. */
  warnings(): DatasetWarning[] {
    const out: DatasetWarning[] = [];
    for (const c of this.columns.values()) {
      if (c.dayFirst || c.ambiguous.size === 0) continue;
      out.push({
        code: 'datesAmbiguous',
        file: c.file,
        column: c.column,
        dates: c.ambiguous.size,
        example: c.example,
        read: isoDay(civilDayNumber(c.year, c.second, c.first)),
      });
    }
    return out;
  }
}

/** The numbers of a date written `D/M/YYYY` or `M/D/YYYY` (`/`, `-` or `.`, one or two digits), a time after it allowed; else null. */
function dayOrMonthFirst(raw: string): [number, number, number] | null {
  const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ].*)?\s*$/.exec(raw);
  if (m === null) return null;
  return [Number(m[1]), Number(m[3]), Number(m[4])];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
