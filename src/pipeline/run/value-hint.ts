/**
 * The fix for values a dataset rejected as missing or as not numbers, for the message that stops
 * the build: what the rejected values were, and the setting that reads them. "Fix the file or the
 * column mapping" does not tell a person that `71.4 e` is Eurostat's flagged 71.4 (`valueFlags`),
 * nor that the values read as missing were `:` markers rather than blank cells.
 *
 * Every rejected value is counted, not a sample: the tally keeps counts of the first few distinct
 * values of each reason (a file repeats its markers), and how many of them were blank.
 */
import type { DatasetConfig } from '../config/schema.ts';
import { parseNumber, withoutFlags } from '../ingest/parse-values.ts';

/** Distinct values kept per reason: enough to name the markers a publisher uses. */
const DISTINCT = 20;
const NO_MISSING: ReadonlySet<string> = new Set<string>();

class ValueCounts {
  total = 0;
  readonly counts = new Map<string, number>();

  see(value: string): void {
    this.total++;
    const known = this.counts.get(value);
    if (known !== undefined) this.counts.set(value, known + 1);
    else if (this.counts.size < DISTINCT) this.counts.set(value, 1);
  }

  /** The values most often seen first, with their counts (`":" 276`). */
  top(n: number): string {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([v, c]) => `"${v}" ${c}`)
      .join(', ');
  }
}

/** Counts the values rejected as missing and as not numbers. */
export class ValueTally {
  private readonly missing = new ValueCounts();
  private readonly notNumber = new ValueCounts();

  /** Counts one rejected value of a reason code (others are ignored). */
  see(code: string, raw: string): void {
    if (code === 'valueMissing') this.missing.see(raw.trim());
    else if (code === 'valueNotNumber') this.notNumber.see(raw.trim());
  }

  /** Whether any value rejected as missing was a blank cell (not a marker such as `:`). */
  get blankMissing(): boolean {
    return this.missing.counts.has('');
  }

  /**
   * What the rejected values were and the setting that reads them, as sentences for the build's
   * error (each starting with a space), or `''` when there is nothing to add.
   */
  hint(config: DatasetConfig): string {
    let out = '';
    if (config.kind === 'indicator' && !config.valueFlags) {
      const flagged = [...this.notNumber.counts.keys()].filter((v) => {
        const bare = withoutFlags(v);
        return bare !== v && !Number.isNaN(parseNumber(bare, NO_MISSING, config.decimalSeparator));
      });
      if (flagged.length > 0)
        out +=
          ` Values such as "${flagged[0]}" are numbers followed by the publisher's flags (as Eurostat writes them): ` +
          `set datasets[${config.id}].valueFlags: true to read them as numbers.`;
    }
    const markers = [...this.missing.counts.keys()].filter((v) => v !== '');
    if (markers.length > 0) {
      const wide = config.kind === 'indicator' && config.columns.periods !== undefined;
      out +=
        ` The values read as missing were the markers ${this.missing.top(3)}` +
        (wide
          ? `: in a file with one column per period, a period the publisher has no figure for is a missing cell, ` +
            `so give datasets[${config.id}].columns.periods only the periods with figures, or raise maxRejectedShare.`
          : '.');
    }
    return out;
  }
}
