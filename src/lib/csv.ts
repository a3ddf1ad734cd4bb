/**
 * CSV writing (RFC 4180) shared by the pipeline's downloads and the browser's
 * exports. Text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe (OWASP's advice against CSV injection); numbers are left alone.
 */

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const NEEDS_QUOTES = /[",\r\n]/;

// = + - @ tab and carriage return: a spreadsheet reads a field starting with one as a formula.
function formulaStart(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** One CSV field: quoted when needed, formula-safe. `null`/`undefined` become empty. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (s.length > 0 && formulaStart(s.charCodeAt(0)) && !NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line break): the fields, each through {@link csvField}. */
export function csvRow(row: readonly (string | number | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += i === 0 ? csvField(row[i]) : `,${csvField(row[i])}`;
  return line;
}

/** A whole CSV document with a header row; lines end with CRLF as RFC 4180 says. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | number | null | undefined)[]>,
): string {
  let text = `${csvRow(header)}\r\n`;
  for (const row of rows) text += `${csvRow(row)}\r\n`;
  return text;
}
