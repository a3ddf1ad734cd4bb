/**
 * The area profile's summary sentences for its disease and land figures, in the page's language.
 * A withheld (suppressed) or missing count gets a sentence of its own shape instead of its word
 * standing where a number would ("figure withheld (small numbers) for the 7 days to …").
 */
import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';

/**
 * "Campylobacter: 3 in the 7 days to 9 November 2025." and its withheld and missing forms; with
 * `partial` (a roll-up's parent summed from only some of its areas, said in words) the disease is
 * named with it: "Campylobacter (sum of 1 of 2 districts): 3 in …".
 */
export function diseaseSentence(
  d: { label: string; latest: Figure; completeUntil: string; partial?: string | null },
  t: Pick<Translator, 't'>,
  fmt: Pick<Formatter, 'count' | 'date'>,
): string {
  const label =
    d.partial == null ? d.label : t.t('areas.profile.diseasePartialLabel', { label: d.label, partial: d.partial });
  const said = { label, date: fmt.date(d.completeUntil) };
  if (d.latest === SUPPRESSED) return t.t('areas.profile.diseaseSuppressed', said);
  if (d.latest === null) return t.t('areas.profile.diseaseMissing', said);
  return t.t('areas.profile.disease', { ...said, count: fmt.count(d.latest) });
}

/**
 * "Council land and buildings: 5 in the area, 1 of them vacant or under-used.": `categories` are
 * the dataset's, labelled in the page's language (see `localDefaults`), in display order, and
 * `counts` the area's records in each.
 */
export function landSentence(
  l: {
    title: string;
    total: number;
    counts: readonly number[];
    categories: readonly { label: string; available?: boolean }[];
  },
  t: Pick<Translator, 't' | 'list'>,
  fmt: Pick<Formatter, 'count'>,
  inSentence: (label: string) => string,
): string {
  const available = l.categories.reduce((n, c, i) => n + (c.available === true ? (l.counts[i] ?? 0) : 0), 0);
  const words = l.categories.filter((c) => c.available === true).map((c) => inSentence(c.label));
  if (words.length === 0) return t.t('areas.profile.land', { title: l.title, count: fmt.count(l.total) });
  return t.t('areas.profile.landAvailable', {
    title: l.title,
    count: fmt.count(l.total),
    available: fmt.count(available),
    words: t.list(words, 'disjunction'),
  });
}
