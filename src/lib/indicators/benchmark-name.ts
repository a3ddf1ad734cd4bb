/**
 * The name a page shows for a benchmark: the every-area benchmark the config did not name is
 * said in the page's language; any other name is council or data text, shown as given.
 */
import { UNNAMED_ALL_AREAS, type IndicatorBenchmark } from '../indicator-files.ts';
import type { Translator } from '../i18n/translator.ts';

export function benchmarkName(
  benchmark: Pick<IndicatorBenchmark, 'code' | 'name'>,
  t: Translator,
  asGiven: (name: string) => string = (name) => name,
): string {
  return benchmark.code === 'all' && benchmark.name === UNNAMED_ALL_AREAS
    ? t.t('indicators.benchmark.allAreas')
    : asGiven(benchmark.name);
}
