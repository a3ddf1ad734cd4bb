/**
 * Number and date formatting for people, in the site's locale. Shared by pages
 * (build time) and browser code so both print figures the same way.
 */
import { SUPPRESSED, type Figure } from './manifest.ts';
import { catalogueLanguageOf } from './i18n/catalogue-languages.ts';
import { wordsLocale } from './i18n/translator.ts';

export interface Formatter {
  /** Integer count with grouping, e.g. "12,345"; suppressed and missing values as words. */
  count(value: Figure): string;
  /** Number with fixed decimals (default 1). */
  decimal(value: Figure, decimals?: number): string;
  /** Number with the decimals it has, at most `maxDecimals` and no trailing zeros: "424", "415.05". */
  upTo(value: Figure, maxDecimals: number): string;
  /** Signed percentage, e.g. "+12.5%"; suppressed and missing values as words. */
  percent(value: Figure, decimals?: number): string;
  /** Long date, e.g. "3 March 2025", from an ISO day. */
  date(iso: string): string;
  /** Short date, e.g. "3 Mar 2025". */
  shortDate(iso: string): string;
}

export const SUPPRESSED_TEXT = 'suppressed';
export const MISSING_TEXT = 'no data';

/** The words a formatter writes for a figure that is not a number. */
export interface FigureWords {
  suppressed: string;
  missing: string;
}

/**
 * Formatter for a BCP 47 locale; dates are calendar days, formatted in UTC. `words` are the
 * page language's words for suppressed and missing figures (English unless given).
 */
export function createFormatter(
  locale: string,
  words: FigureWords = { suppressed: SUPPRESSED_TEXT, missing: MISSING_TEXT },
): Formatter {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let f = cache.get(key);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, options);
      cache.set(key, f);
    }
    return f;
  };
  const word = (value: Figure): string | null =>
    value === SUPPRESSED ? words.suppressed : value === null || Number.isNaN(value) ? words.missing : null;
  // Made on first use: a page that prints no date (most in the browser) does not pay for them.
  let longDate: Intl.DateTimeFormat | undefined;
  let shortDate: Intl.DateTimeFormat | undefined;
  const dateFormat = (month: 'long' | 'short'): Intl.DateTimeFormat =>
    // Month names are words: in the interface's language when the locale has no catalogue (nb-NO).
    new Intl.DateTimeFormat(wordsLocale(locale, catalogueLanguageOf(locale)), {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
  return {
    count: (v) => word(v) ?? nf('count', { maximumFractionDigits: 0 }).format(v as number),
    decimal: (v, d = 1) =>
      word(v) ?? nf(`dec${d}`, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v as number),
    upTo: (v, d) => word(v) ?? nf(`upto${d}`, { maximumFractionDigits: d }).format(v as number),
    percent: (v, d = 1) =>
      word(v) ??
      nf(`pct${d}`, {
        style: 'percent',
        minimumFractionDigits: d,
        maximumFractionDigits: d,
        signDisplay: 'exceptZero',
      }).format((v as number) / 100),
    date: (iso) => (longDate ??= dateFormat('long')).format(new Date(`${iso}T00:00:00Z`)),
    shortDate: (iso) => (shortDate ??= dateFormat('short')).format(new Date(`${iso}T00:00:00Z`)),
  };
}
