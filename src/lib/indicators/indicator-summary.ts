/**
 * Plain-language sentences drawn from an indicator's figures, for the top of
 * its pages. Significance words appear only when the file gave confidence
 * limits; without them the counts are of areas above and below the benchmark.
 */
import type { BenchmarkMethod, IndicatorComparison } from '../indicator-files.ts';
import { comparisonPhrase } from './comparison-text.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';
import { countedLabel } from '../i18n/counted-label.ts';
import type { NounForms } from '../i18n/noun-forms.ts';
import { dativePlural } from '../cases/measure-noun.ts';

export interface OverviewInput {
  label: string;
  period: string;
  /**
   * Benchmark name and value, when there is one benchmark, and how the site computed it (a mean of
   * totals is not their sum, so the sentence says "mean"); null or absent for the file's own figure.
   */
  benchmark: { name: string; value: number | null; method?: BenchmarkMethod | null } | null;
  compare: (IndicatorComparison | null)[];
  /** The areas as a sentence names them ("wards"), and their forms by language (a layer's `forms`). */
  areaNoun: string;
  areaForms?: NounForms | undefined;
  hasLimits: boolean;
  format: (v: number) => string;
}

const HEAD_BENCHMARK = {
  file: 'indicators.overview.headBenchmark',
  mean: 'indicators.overview.headBenchmarkMean',
  'population-weighted': 'indicators.overview.headBenchmarkWeighted',
} as const satisfies Record<BenchmarkMethod, string>;

export function overviewSentence(input: OverviewInput, t: Translator = sourceTranslator()): string {
  const { compare } = input;
  const count = (c: IndicatorComparison) => compare.filter((x) => x === c).length;
  const compared = compare.filter((c) => c !== null).length;
  const head =
    input.benchmark !== null && input.benchmark.value !== null
      ? t.t(HEAD_BENCHMARK[input.benchmark.method ?? 'file'], {
          label: input.label,
          period: input.period,
          benchmark: input.benchmark.name,
          value: input.format(input.benchmark.value),
        })
      : t.t('indicators.overview.head', { label: input.label, period: input.period });
  const areas = input.areaNoun;
  if (compared === 0) return `${head} ${t.t('indicators.overview.noneCompared', { areas })}`;
  // "Of 12 wards compared": the form the count takes; after "von", German's dative.
  const comparedNoun = countedLabel({ label: areas, forms: input.areaForms }, compared, t, (plural) =>
    dativePlural(plural, t.locale),
  );
  const of = {
    compared,
    comparedNoun,
    benchmark: input.benchmark?.name ?? t.t('indicators.benchmark.their'),
  };
  if (input.hasLimits) {
    const higher = count('higher');
    const lower = count('lower');
    const counts = { ...of, better: count('better'), similar: count('similar'), worse: count('worse') };
    return `${head} ${
      higher + lower > 0
        ? t.t('indicators.overview.limitsNeutral', { ...counts, higher, lower })
        : t.t('indicators.overview.limits', counts)
    }`;
  }
  const same = count('same');
  const counts = { ...of, higher: count('higher'), lower: count('lower') };
  return `${head} ${
    same > 0
      ? t.t('indicators.overview.noLimitsSame', { ...counts, same })
      : t.t('indicators.overview.noLimits', counts)
  }`;
}

export interface AreaInput {
  name: string;
  label: string;
  period: string;
  value: string;
  benchmarkName: string;
  benchmarkValue: string | null;
  compare: IndicatorComparison | null;
  rank: number | null;
  ranked: number;
  /** The previous period's value and label, when there is one. */
  previous: { period: string; value: string; change: 'up' | 'down' | 'same' } | null;
}

export function areaSentence(a: AreaInput, t: Translator = sourceTranslator()): string {
  const place = { label: a.label, name: a.name, period: a.period, value: a.value };
  const parts = [
    a.benchmarkValue !== null && a.compare !== null
      ? t.t('indicators.area.valueCompared', {
          ...place,
          comparison: comparisonPhrase(a.compare, a.benchmarkName, t),
          benchmarkValue: a.benchmarkValue,
        })
      : t.t('indicators.area.value', place),
  ];
  if (a.rank !== null)
    parts.push(t.t('indicators.area.rank', { ordinal: t.t('number.ordinal', { n: a.rank }), ranked: a.ranked }));
  if (a.previous !== null) {
    const { period, value, change } = a.previous;
    parts.push(
      t.t(
        change === 'same'
          ? 'indicators.area.unchanged'
          : change === 'up'
            ? 'indicators.area.up'
            : 'indicators.area.down',
        { period, value },
      ),
    );
  }
  return parts.join(' ');
}
