/**
 * The disease pages' number and date formatter in the translator's language: figures and dates
 * as `createFormatter` prints them for `t.locale`, and the words for a suppressed or missing
 * figure from the catalogue, so no English word shows on a page in another language.
 */
import { createFormatter, type Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';
import { dateFormat, type MonthNames } from './month-names.ts';

/** `months`: the page's month names, for a browser without the language's calendar data (see month-names.ts). */
export function casesFormatter(t: Translator, months?: MonthNames): Formatter {
  const base = createFormatter(t.locale, { suppressed: t.t('format.suppressed'), missing: t.t('format.noData') });
  if (!months) return base;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const long = dateFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric' }, months);
  const short = dateFormat(t.locale, { day: 'numeric', month: 'short', year: 'numeric' }, months);
  return { ...base, date: (iso) => long.format(day(iso)), shortDate: (iso) => short.format(day(iso)) };
}
