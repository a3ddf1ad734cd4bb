/**
 * The disease pages' number and date formatter in the translator's language: figures and dates
 * as `createFormatter` prints them for `t.locale`, and the words for a suppressed or missing
 * figure from the catalogue, so no English word shows on a page in another language.
 */
import { createFormatter, type Formatter } from '../format.ts';
import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Translator } from '../i18n/translator.ts';
import { dateFormat, type MonthNames } from './month-names.ts';

/** `months`: the page's month names, for a browser without the language's calendar data (see month-names.ts). */
export function casesFormatter(t: Translator, months?: MonthNames): Formatter {
  const base = createFormatter(t.locale);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const long = months && dateFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric' }, months);
  const short = months && dateFormat(t.locale, { day: 'numeric', month: 'short', year: 'numeric' }, months);
  const word = (v: Figure): string | null =>
    v === SUPPRESSED ? t.t('format.suppressed') : v === null || Number.isNaN(v) ? t.t('format.noData') : null;
  return {
    count: (v) => word(v) ?? base.count(v),
    decimal: (v, d) => word(v) ?? base.decimal(v, d),
    percent: (v, d) => word(v) ?? base.percent(v, d),
    date: long ? (iso) => long.format(day(iso)) : base.date,
    shortDate: short ? (iso) => short.format(day(iso)) : base.shortDate,
  };
}
