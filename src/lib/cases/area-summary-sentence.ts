import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';

export interface SummarySentenceInput {
  /** Where: an area name, or e.g. "12 of 14 wards with complete data". */
  place: string;
  /**
   * Where, with the preposition that opens the sentence, when the catalogue says it its own way:
   * all the areas together (`cases.summary.inTotal`, Welsh "Ym mhob un o’r 12 ward"). Default:
   * `place` after the catalogue's preposition (`cases.summary.inPlace`).
   */
  inPlace?: string;
  /** What is counted, as it reads in a sentence ("cases"). */
  measure: string;
  /** ISO day the 7 days end on. */
  weekEnd: string;
  latest: Figure;
  changePct: Figure;
  change: Figure;
  rate: Figure;
  /** 1 = highest rate; null when not ranked. */
  rank?: number | null;
  /** True when another area has the same rank. */
  tied?: boolean;
  /** True when every ranked area has the same rate: "joint highest" would say nothing. */
  allTied?: boolean;
  /** How many areas were ranked. */
  ranked?: number;
  /** The suppression threshold, to say "fewer than 3". */
  suppressBelow: number;
}

/**
 * One plain-language sentence for an area's latest week, e.g. "In Leeds, cases
 * in the 7 days to 3 March 2021 fell 12.0% to 45.1 per 100,000 people, the 37th
 * highest of 381 areas." Every branch (no data, suppressed, no population, no
 * earlier figure, no change) is one whole sentence of the catalogue of `t` (the site's
 * language; en-GB when not given), filled with its parts, never English fragments joined.
 */
export function areaSummarySentence(
  input: SummarySentenceInput,
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): string {
  const { place, measure, latest, changePct, change, rate, suppressBelow } = input;
  const when = t.t('cases.summary.when', { date: fmt.date(input.weekEnd) });
  const inPlace = input.inPlace ?? t.t('cases.summary.inPlace', { place });
  if (latest === null) return t.t('cases.summary.noData', { inPlace, measure, when });
  if (latest === SUPPRESSED) {
    return t.t('cases.summary.suppressed', { inPlace, measure, when, threshold: fmt.count(suppressBelow) });
  }
  const level =
    rate !== null && rate !== SUPPRESSED
      ? t.t('cases.summary.rate', { rate: fmt.decimal(rate, 1) })
      : `${fmt.count(latest)}`;
  let rank = '';
  if (input.rank != null && input.ranked != null) {
    const ranked = fmt.count(input.ranked);
    const ordinal = t.t('number.ordinal', { n: input.rank });
    if (input.rank === 1 && input.allTied) rank = t.t('cases.summary.rankAllSame', { ranked });
    else if (input.rank === 1)
      rank = t.t(input.tied ? 'cases.summary.rankFirstJoint' : 'cases.summary.rankFirst', { ranked });
    else rank = t.t(input.tied ? 'cases.summary.rankJoint' : 'cases.summary.rank', { ordinal, ranked });
  }
  const parts = { inPlace, measure, when, level, rank };
  if (change === SUPPRESSED || changePct === SUPPRESSED) return t.t('cases.summary.changeSuppressed', parts);
  if (change === null) return t.t('cases.summary.noEarlier', parts);
  if (change === 0) return t.t('cases.summary.unchanged', parts);
  if (changePct === null) return t.t(change > 0 ? 'cases.summary.roseFromZero' : 'cases.summary.fellFromZero', parts);
  const pct = t.percent(Math.abs(changePct) / 100, 1);
  return t.t(change > 0 ? 'cases.summary.rose' : 'cases.summary.fell', { ...parts, pct });
}
