/**
 * The fix for dates a dataset's `dateFormat` could not read: one rejected value, where it is, and
 * the `dateFormat` values that would read it, for the message that stops the build. "Fix the file or
 * the column mapping" does not tell a person that a setting reads `04/13/2021` or `2021.04.06`.
 *
 * Every rejected date is looked at, not a sample: a tally counts, per other format, the rejected
 * dates it reads (and keeps the first), as the rows are rejected, storing no values. A file whose
 * first hundred bad dates are junk and whose next thousand are month-first still gets "mdy".
 */
import type { DateFormat } from '../config/schema.ts';
import { readsAsDate } from '../ingest/parse-values.ts';

type Layout = Exclude<DateFormat, 'auto'>;
const TRIED: readonly Layout[] = ['iso', 'ymd', 'dmy', 'mdy', 'yyyymmdd'];

/** The `dateFormat` values other than `current` that read `value` as a date, in the order above. */
export function dateFormatsReading(value: string, current: DateFormat): Layout[] {
  return TRIED.filter((f) => f !== current && readsAsDate(value, f));
}

/** A rejected date and where it was. */
interface DateSeen {
  value: string;
  file: string;
  line: number;
  column: string;
}

/** Counts every rejected date by the formats that read it, keeping one example of each. */
export class DateFormatTally {
  /** Dates rejected as invalid. */
  rejected = 0;
  private first: DateSeen | null = null;
  private readonly reads = new Map<Layout, { count: number; first: DateSeen }>();
  // Rows of a day repeat its date (and a wide row rejects it once per cell): the last value's formats.
  private lastValue = '\u0000';
  private lastFormats: readonly Layout[] = [];

  /** Counts one rejected date (`current`: the dataset's dateFormat, which did not read it). */
  see(value: string, current: DateFormat, file: string, line: number, column: string): void {
    this.rejected++;
    const seen = { value, file, line, column };
    this.first ??= seen;
    if (value !== this.lastValue) {
      this.lastValue = value;
      this.lastFormats = dateFormatsReading(value, current);
    }
    for (const f of this.lastFormats) {
      const tally = this.reads.get(f);
      if (tally === undefined) this.reads.set(f, { count: 1, first: seen });
      else tally.count++;
    }
  }

  /**
   * A sentence naming a rejected date and the `dateFormat` that reads it: the format that reads the
   * most of them (with every format that reads as many, when the values cannot tell them apart), and
   * the first value it reads; '' when no date was rejected.
   */
  hint(current: DateFormat, datasetId: string): string {
    if (this.first === null) return '';
    let most = 0;
    for (const { count } of this.reads.values()) most = Math.max(most, count);
    const best = TRIED.filter((f) => f !== current && this.reads.get(f)?.count === most && most > 0);
    const example = best.length === 0 ? this.first : (this.reads.get(best[0] as Layout)?.first ?? this.first);
    const where = `column "${example.column}" holds "${example.value}" (${example.file}, line ${example.line})`;
    if (best.length === 0) {
      return ` Dates: ${where}, which no dateFormat reads: write dates as YYYY-MM-DD, or map columns.date to the right column.`;
    }
    const options = best.map((f) => `"${f}"`).join(' or ');
    const share = most < this.rejected ? `, as it does ${most} of the ${this.rejected} dates rejected` : '';
    return ` Dates: ${where}, which dateFormat ${options} reads${share}: set datasets[${datasetId}].dateFormat to ${best.length > 1 ? 'the one the file uses' : options}.`;
  }
}
