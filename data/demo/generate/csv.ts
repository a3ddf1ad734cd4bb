/** Minimal RFC 4180 CSV writing: quote a field only when it needs it. */

export type CsvValue = string | number;

export function csvField(value: CsvValue): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

export interface CsvOptions {
  /** Record separator: "\n" (default) or "\r\n" as Excel writes. */
  eol?: '\n' | '\r\n';
  /** Start with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does. */
  bom?: boolean;
}

/** Header plus rows, each record ended by `eol` (so the file ends with one). */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const eol = options.eol ?? '\n';
  const body = [header, ...rows].map((row) => csvLine(row) + eol).join('');
  return (options.bom ? '\uFEFF' : '') + body;
}
