/**
 * Cell parsers for the row validators: numbers with thousands separators,
 * dates in the few layouts councils publish, and "missing" markers. They run
 * several times per row on millions of rows, so they scan characters instead
 * of using regular expressions and allocate nothing on the common path.
 */
import type { DateFormat } from '../config/schema.ts';
import { civilDayNumber } from '../../lib/day-number.ts';
import { rowReasonText } from '../../lib/data-reasons.ts';

/** Values always treated as missing (compared trimmed and case-insensitively). */
export const DEFAULT_MISSING: readonly string[] = ['', '..', 'nan', '-', 'n/a', 'na', 'null'];

/** A missing-value set that also knows whether any of its values could parse as a number or date. */
class MissingValues extends Set<string> {
  /** False when no value starts like a number, so parsers may try the number first. */
  readonly numberLike: boolean;
  /** Length of the longest marker: longer values need no lookup. */
  readonly longest: number;
  constructor(values: readonly string[]) {
    super(values);
    this.numberLike = values.some((v) => /^[+\-.,]?\d/.test(v));
    this.longest = Math.max(0, ...values.map((v) => v.length));
  }
}

/** Whether a text value (a code, a name) is one of the `missing` markers, ignoring case and spaces. */
export function isMissingValue(raw: string, missing: ReadonlySet<string>): boolean {
  // Most values are far longer than any marker: skip the lower-casing for them.
  if (missing instanceof MissingValues && raw.length > missing.longest && raw.trim().length > missing.longest)
    return false;
  return missing.has(raw.trim().toLowerCase());
}

/** The default missing values plus `extra`, trimmed and lower-cased, for the parsers below. */
export function missingSet(extra: readonly string[]): ReadonlySet<string> {
  return new MissingValues([...DEFAULT_MISSING, ...extra.map((v) => v.trim().toLowerCase())]);
}

/**
 * The markers that make an area code missing: only the dataset's own `missingValues`. The built-in
 * ones are not codes' markers, since some are codes: `NA` is Navarra's ISO 3166-2 code (the
 * ISCIII's province file) and Namibia's; a blank code is missing anyway.
 */
export function codeMissingSet(extra: readonly string[]): ReadonlySet<string> {
  return new MissingValues(['', ...extra.map((v) => v.trim().toLowerCase())]);
}

/** Whether some value of `missing` could read as a number (so a number must be looked up in it first). */
export function missingMayBeNumber(missing: ReadonlySet<string>): boolean {
  return missingFirst(missing);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Whether `raw[start, end)` is a missing marker. */
function isMissing(raw: string, start: number, end: number, missing: ReadonlySet<string>): boolean {
  const token = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  return missing.has(token.toLowerCase());
}

/** Whether a value must be checked against `missing` before parsing (a marker might itself parse). */
function missingFirst(missing: ReadonlySet<string>): boolean {
  return !(missing instanceof MissingValues) || missing.numberLike;
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/**
 * Parses a number as written in a CSV cell: surrounding spaces, a leading sign,
 * thousands separators in groups of three (`1,234` or `1 234`; `.` or space when
 * `decimal` is `,`, as in `1.234,5`) and an exponent (`1.5E+3`) are accepted;
 * `%`, currency signs and mis-grouped separators (`1,23`) are not.
 * Returns null when the trimmed value is in `missing`, NaN when it is not a number.
 */
export function parseNumber(raw: string, missing: ReadonlySet<string>, decimal: '.' | ','): number | null {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  if (missingFirst(missing)) {
    if (isMissing(raw, start, end, missing)) return null;
    return scanNumber(raw, start, end, decimal);
  }
  const value = start === end ? NaN : scanNumber(raw, start, end, decimal);
  if (!Number.isNaN(value)) return value;
  return isMissing(raw, start, end, missing) ? null : NaN;
}

/** Like parseNumber, but NaN unless the value is a whole number within ±2^53. */
export function parseInteger(raw: string, missing: ReadonlySet<string>, decimal: '.' | ','): number | null {
  const value = parseNumber(raw, missing, decimal);
  if (value === null || Number.isSafeInteger(value)) return value;
  return NaN;
}

/** Character code at `i`, or -1 at or past `end` (reading past a string's end would deoptimise the caller). */
function codeAt(s: string, i: number, end: number): number {
  return i < end ? s.charCodeAt(i) : -1;
}

function scanNumber(s: string, start: number, end: number, decimal: '.' | ','): number {
  const decimalCode = decimal === '.' ? 46 : 44;
  const groupCode = decimal === '.' ? 44 : 46;
  let i = start;
  let c = codeAt(s, i, end);
  const negative = c === 45;
  if (c === 45 || c === 43) c = codeAt(s, ++i, end);

  let mantissa = 0;
  let digits = 0; // significant digits accumulated in `mantissa`
  let intDigits = 0;
  let group = 0; // digits since the last thousands separator
  let separator = -1; // the separator code once one has been seen
  for (; i < end; c = codeAt(s, ++i, end)) {
    if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++;
      mantissa = mantissa * 10 + (c - 48);
      intDigits++;
      group++;
    } else if (c === groupCode || c === 32 || c === 0xa0 || c === 0x202f) {
      // Separators must split the integer part into a 1–3 digit head and 3-digit groups, all with the same mark.
      if (group === 0 || (separator === -1 ? group > 3 : group !== 3 || c !== separator)) return NaN;
      separator = c;
      group = 0;
    } else break;
  }
  if (separator !== -1 && group !== 3) return NaN;

  let fraction = 0;
  if (c === decimalCode) {
    for (c = codeAt(s, ++i, end); c >= 48 && c <= 57; c = codeAt(s, ++i, end)) {
      if (digits > 0 || c !== 48) digits++;
      mantissa = mantissa * 10 + (c - 48);
      fraction++;
    }
  }
  if (intDigits + fraction === 0) return NaN;

  let exponent = 0;
  if (c === 101 || c === 69) {
    c = codeAt(s, ++i, end);
    const expNegative = c === 45;
    if (c === 45 || c === 43) c = codeAt(s, ++i, end);
    const expStart = i;
    for (; c >= 48 && c <= 57; c = codeAt(s, ++i, end)) exponent = exponent * 10 + (c - 48);
    if (i === expStart) return NaN;
    if (expNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;

  let value: number;
  const scale = exponent - fraction;
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    // Exact operands, one rounding: the same double that Number() would give.
    value = scale < 0 ? mantissa / (POW10[-scale] as number) : mantissa * (POW10[scale] as number);
  } else {
    value = Number(cleanNumber(s, start, end, decimalCode));
    if (!Number.isFinite(value)) return NaN;
  }
  return negative ? -value || 0 : value;
}

/** The digits, decimal point and exponent of a validated number, for Number(). */
function cleanNumber(s: string, start: number, end: number, decimalCode: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 101 || c === 69) out += s.charAt(i);
    else if (c === decimalCode) out += '.';
    else if ((c === 45 || c === 43) && i > start) out += s.charAt(i); // exponent sign; the leading sign is applied by the caller
  }
  return out;
}

// Dates repeat heavily: on consecutive rows (files sorted by date) and across areas (sorted by
// area, then date). A one-entry check catches the first case without hashing, a bounded map the second.
const DATE_CACHE_MAX = 4096;
const dateCache = new Map<string, number | null>();
let cacheFormat: DateFormat = 'auto';
let cacheMissing: ReadonlySet<string> | null = null;
let lastRaw = '';
let lastDay: number | null = null;

/**
 * Parses a calendar date to days since 1970-01-01 (UTC day number).
 * `auto` accepts YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, DD/MM/YYYY, D/M/YYYY,
 * DD-MM-YYYY, DD.MM.YYYY and YYYYMMDD; `iso` only YYYY-MM-DD; `ymd` year first
 * with `-`, `/` or `.`; `dmy`/`mdy` day or month first with `/`, `-` or `.`;
 * `yyyymmdd` 8 digits. Any layout may be followed by a time after
 * `T` or a space (ignored). Two-digit years are rejected.
 * Returns null when the trimmed value is in `missing`, NaN when it is not a
 * valid date (including impossible ones like 31/02/2021).
 */
export function parseDate(raw: string, format: DateFormat, missing: ReadonlySet<string>): number | null {
  if (format !== cacheFormat || missing !== cacheMissing) {
    dateCache.clear();
    cacheFormat = format;
    cacheMissing = missing;
    lastRaw = '\u0000';
  } else if (raw === lastRaw) {
    return lastDay;
  }
  let day = dateCache.get(raw);
  if (day === undefined) {
    day = scanDateOrMissing(raw, format, missing);
    if (dateCache.size >= DATE_CACHE_MAX) dateCache.clear();
    dateCache.set(raw, day);
  }
  lastRaw = raw;
  lastDay = day;
  return day;
}

/**
 * Whether `raw` reads as a date in `format`, without parseDate's cache (which one format at a time
 * keeps): for trying other formats on a rejected value without emptying the cache the file is read with.
 */
export function readsAsDate(raw: string, format: DateFormat): boolean {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  return !Number.isNaN(scanDate(raw, start, end, format));
}

function scanDateOrMissing(raw: string, format: DateFormat, missing: ReadonlySet<string>): number | null {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  if (missingFirst(missing) && isMissing(raw, start, end, missing)) return null;
  const day = scanDate(raw, start, end, format);
  return Number.isNaN(day) && isMissing(raw, start, end, missing) ? null : day;
}

/** Value of the `n` digits at `i` (all before `end`), or -1 when any is not a digit. */
function digitsAt(s: string, i: number, n: number, end: number): number {
  if (i + n > end) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a date ending at `i` is followed only by a time part (`T…` or ` …`). */
function endsDate(s: string, i: number, end: number): boolean {
  if (i === end) return true;
  const c = codeAt(s, i, end);
  return (c === 84 || c === 32) && i + 1 < end;
}

function scanDate(s: string, start: number, end: number, format: DateFormat): number {
  const len = end - start;
  if (len < 8) return NaN;
  if (format === 'yyyymmdd' || (format === 'auto' && len === 8 && digitsAt(s, start, 8, end) >= 0)) {
    if (len !== 8) return NaN;
    return civilDayNumber(digitsAt(s, start, 4, end), digitsAt(s, start + 4, 2, end), digitsAt(s, start + 6, 2, end));
  }
  const isoLike = codeAt(s, start + 4, end) === 45;
  if (format === 'iso' || (format === 'auto' && isoLike)) {
    if (!isoLike || codeAt(s, start + 7, end) !== 45 || !endsDate(s, start + 10, end)) return NaN;
    return civilDayNumber(digitsAt(s, start, 4, end), digitsAt(s, start + 5, 2, end), digitsAt(s, start + 8, 2, end));
  }
  // Year first with `/` or `.` (`2021/04/06 00:00:00+00`, as Esri and ArcGIS Hub exports write it):
  // a four-digit year cannot be a day or a month, so `auto` reads it too; `ymd` also takes `-`.
  const sep4 = codeAt(s, start + 4, end);
  if (format === 'ymd' || (format === 'auto' && (sep4 === 47 || sep4 === 46) && digitsAt(s, start, 4, end) >= 0)) {
    return scanYearFirst(s, start, end);
  }
  // Day-or-month first: 1–2 digits, separator, 1–2 digits, the same separator, 4-digit year.
  let i = start;
  const a = isDigit(codeAt(s, i + 1, end)) ? 2 : 1;
  const first = digitsAt(s, i, a, end);
  i += a;
  const sep = codeAt(s, i, end);
  if (first < 0 || (sep !== 47 && sep !== 45 && sep !== 46)) return NaN;
  i++;
  const b = isDigit(codeAt(s, i + 1, end)) ? 2 : 1;
  const second = digitsAt(s, i, b, end);
  i += b;
  if (second < 0 || codeAt(s, i, end) !== sep) return NaN;
  const y = digitsAt(s, i + 1, 4, end);
  if (!endsDate(s, i + 5, end)) return NaN;
  return format === 'mdy' ? civilDayNumber(y, first, second) : civilDayNumber(y, second, first);
}

/** `YYYY<sep>M<sep>D` with one separator (`-`, `/` or `.`) used twice; month and day of 1 or 2 digits. */
function scanYearFirst(s: string, start: number, end: number): number {
  const y = digitsAt(s, start, 4, end);
  const sep = codeAt(s, start + 4, end);
  if (y < 0 || (sep !== 47 && sep !== 45 && sep !== 46)) return NaN;
  let i = start + 5;
  const a = isDigit(codeAt(s, i + 1, end)) ? 2 : 1;
  const month = digitsAt(s, i, a, end);
  i += a;
  if (month < 0 || codeAt(s, i, end) !== sep) return NaN;
  i++;
  const b = isDigit(codeAt(s, i + 1, end)) ? 2 : 1;
  const dayOfMonth = digitsAt(s, i, b, end);
  if (dayOfMonth < 0 || !endsDate(s, i + b, end)) return NaN;
  return civilDayNumber(y, month, dayOfMonth);
}

/** The rejection reason for a value parseDate found invalid, naming the layouts `format` accepts. */
export function dateReason(format: DateFormat): string {
  return rowReasonText({ code: 'dateInvalid', layout: format });
}

/**
 * A value without the flags a publisher writes after it: a space and lower-case letters, as
 * Eurostat flags its figures (`82.5 b`, `81.3 ep`, `: c`); other values are returned as they are.
 */
export function withoutFlags(raw: string): string {
  const match = /^(.*?\S)\s+[a-z]+\s*$/.exec(raw);
  return match === null ? raw : (match[1] ?? raw);
}
