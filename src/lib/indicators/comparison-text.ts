/**
 * Words and colours for comparisons with a benchmark. Colours follow the
 * Fingertips scheme's meaning (better, similar, worse) in a palette that stays
 * distinct for the common colour-blindnesses (blue / pale yellow / orange);
 * "higher" and "lower" without confidence limits share one neutral grey, so no
 * colour implies a difference that may be chance.
 */
import type { IndicatorComparison } from '../indicator-files.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';

export const COMPARISON_COLOURS: Record<IndicatorComparison | 'none', string> = {
  better: '#2166ac',
  similar: '#f4d35e',
  worse: '#d95f02',
  higher: '#8c96a6',
  lower: '#8c96a6',
  same: '#8c96a6',
  none: '#ffffff',
};

/**
 * How an area's value relates to its benchmark, as a clause naming it: "significantly
 * better than England", "similar to All wards", "higher than …" (one message each).
 */
export function comparisonPhrase(
  c: IndicatorComparison | null,
  benchmark: string,
  t: Translator = sourceTranslator(),
): string {
  return t.t(`indicators.compare.phrase.${c ?? 'none'}`, { benchmark });
}

/** Short label for tables and legends: "Better", "Similar", "Higher", "No comparison". */
export function comparisonLabel(c: IndicatorComparison | null, t: Translator = sourceTranslator()): string {
  return t.t(`indicators.compare.label.${c ?? 'none'}`);
}
