/**
 * Words and colours for comparisons with a benchmark. Colours follow the
 * Fingertips scheme's meaning (better, similar, worse) in a palette that stays
 * distinct for the common colour-blindnesses (blue / pale yellow / orange);
 * "higher" and "lower" without confidence limits share one neutral grey, so no
 * colour implies a difference that may be chance. The grey is dark enough for 3:1 against the
 * page, panel and map backgrounds (WCAG 1.4.11: the bar's fill carries its meaning, not only
 * its 1 px border) and has no blue in it, to stay apart from "better" for tritanopes too.
 */
import type { IndicatorArea, IndicatorComparison } from '../indicator-files.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';

export const COMPARISON_COLOURS: Record<IndicatorComparison | 'none', string> = {
  better: '#2166ac',
  similar: '#f4d35e',
  worse: '#d95f02',
  higher: '#787878',
  lower: '#787878',
  same: '#787878',
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

/** The comparisons drawn in the one neutral grey: they say which side, never better or worse. */
const SIDE_ONLY: ReadonlySet<IndicatorComparison> = new Set(['higher', 'lower', 'same']);

/** One area's comparison, and whether it rests on that area's confidence limits for the period. */
export interface ComparedArea {
  compare: IndicatorComparison | null;
  /** True when the area has both limits for the period (so "higher" means significantly higher). */
  tested: boolean;
}

/** An area's comparison in period `p`, tested when the file gives both its limits for that period. */
export function comparedInPeriod(area: Pick<IndicatorArea, 'compare' | 'lower' | 'upper'>, p: number): ComparedArea {
  return { compare: area.compare[p] ?? null, tested: area.lower?.[p] != null && area.upper?.[p] != null };
}

/** One entry of a chart's key: a swatch colour and its words. */
export interface ComparisonKeyEntry {
  colour: string;
  label: string;
}

/**
 * A table cell for one area's comparison, in the key's words: "Better", "Similar", "Significantly
 * higher" (limits, no direction of good), "Higher (not tested for significance)" (no limits),
 * "No comparison".
 */
export function comparisonCell(area: ComparedArea, t: Translator = sourceTranslator()): string {
  const c = area.compare;
  if (c === null || !SIDE_ONLY.has(c)) return comparisonLabel(c, t);
  if (area.tested && (c === 'higher' || c === 'lower')) return t.t(`indicators.compare.cell.${c}Tested`);
  return t.t('indicators.compare.untested', { label: comparisonLabel(c, t) });
}

/**
 * The key of a chart coloured by comparison, for the areas it draws: better, similar and worse
 * each by name (in that order) when present, then one entry for all the grey bars, worded by
 * what they share: untested ("Higher or lower than the benchmark (not tested for
 * significance)"), tested with no direction of good, or a mix of both. Several grey swatches
 * with different words would promise a difference the colour cannot show.
 */
export function comparisonKey(
  areas: readonly ComparedArea[],
  t: Translator = sourceTranslator(),
): ComparisonKeyEntry[] {
  const present = new Set(areas.map((a) => a.compare));
  const entries: ComparisonKeyEntry[] = (['better', 'similar', 'worse'] as const)
    .filter((c) => present.has(c))
    .map((c) => ({ colour: COMPARISON_COLOURS[c], label: comparisonLabel(c, t) }));
  const grey = areas.filter((a) => a.compare !== null && SIDE_ONLY.has(a.compare));
  if (grey.length === 0) return entries;
  const tested = grey.some((a) => a.tested && a.compare !== 'same');
  const untested = grey.some((a) => !a.tested || a.compare === 'same');
  const key =
    tested && untested
      ? 'indicators.compare.key.mixed'
      : tested
        ? 'indicators.compare.key.tested'
        : grey.some((a) => a.compare === 'same')
          ? 'indicators.compare.key.untestedSame'
          : 'indicators.compare.key.untested';
  return [...entries, { colour: COMPARISON_COLOURS.higher, label: t.t(key) }];
}
