/**
 * The fix for dates a dataset's `dateFormat` could not read: one rejected value, where it is, and
 * the `dateFormat` values that would read it, for the message that stops the build. "Fix the file or
 * the column mapping" does not tell a person that a setting reads `04/13/2021` or `2021.04.06`.
 */
import type { Rejection } from '../../lib/manifest.ts';
import type { DateFormat } from '../config/schema.ts';
import { parseDate } from '../ingest/parse-values.ts';

const TRIED: readonly Exclude<DateFormat, 'auto'>[] = ['iso', 'ymd', 'dmy', 'mdy', 'yyyymmdd'];
const NONE: ReadonlySet<string> = new Set();

/** The `dateFormat` values other than `current` that read `value` as a date, in the order above. */
export function dateFormatsReading(value: string, current: DateFormat): Exclude<DateFormat, 'auto'>[] {
  return TRIED.filter((f) => f !== current && !Number.isNaN(parseDate(value, f, NONE) ?? NaN));
}

/** A sentence naming a rejected date and the `dateFormat` that reads it, or '' when no date was rejected. */
export function dateFormatHint(rejections: readonly Rejection[], current: DateFormat, datasetId: string): string {
  const bad = rejections.find((r) => r.reasonCoded?.code === 'dateInvalid');
  if (bad === undefined) return '';
  const where = `column "${bad.column}" holds "${bad.value}" (${bad.file}, line ${bad.line})`;
  const reading = dateFormatsReading(bad.value, current);
  if (reading.length === 0) {
    return ` Dates: ${where}, which no dateFormat reads: write dates as YYYY-MM-DD, or map columns.date to the right column.`;
  }
  const options = reading.map((f) => `"${f}"`).join(' or ');
  return ` Dates: ${where}, which dateFormat ${options} reads: set datasets[${datasetId}].dateFormat to ${reading.length > 1 ? 'the one the file uses' : options}.`;
}
