/**
 * Month names for browsers without the page language's calendar data. Chromium ships without
 * Welsh dates (`Intl.DateTimeFormat('cy')` falls back to English), so the build, whose `Intl`
 * has every language, hands the page its month names, and a date drawn in the browser takes
 * them in the en-GB order (day month year, the order Welsh uses too).
 */

export interface MonthNames {
  long: string[];
  short: string[];
}

const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 15)));

/** The month names of `locale` as this runtime's `Intl` gives them (at build time: every language). */
export function monthNames(locale: string): MonthNames {
  const name = (month: 'long' | 'short') => {
    const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    return MONTHS.map((d) => f.format(d));
  };
  return { long: name('long'), short: name('short') };
}

/** Something that formats a date. */
export interface DateFormat {
  format(d: Date): string;
}

/**
 * `Intl.DateTimeFormat(locale, options)`, or, where this runtime has no data for `locale` and
 * `names` are given, the en-GB layout of `options` with the month from `names`.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions, names?: MonthNames): DateFormat {
  const utc = { ...options, timeZone: 'UTC' };
  if (names === undefined || Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0)
    return new Intl.DateTimeFormat(locale, utc);
  const fallback = new Intl.DateTimeFormat('en-GB', utc);
  const list = options.month === 'long' ? names.long : names.short;
  return {
    format: (d) =>
      fallback
        .formatToParts(d)
        .map((p) => (p.type === 'month' ? (list[d.getUTCMonth()] ?? p.value) : p.value))
        .join(''),
  };
}
