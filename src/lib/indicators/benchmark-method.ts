/**
 * The words for how the site computed a benchmark, shown under its value on the indicator's cards:
 * a plain mean of totals (tonnes of waste, a population) is not their sum, and "All areas 177,031"
 * alone reads as one. A benchmark the file gives (method null) needs no words.
 */
export type BenchmarkMethodKey = 'indicators.benchmark.methodMean' | 'indicators.benchmark.methodWeighted';

export function benchmarkMethodKey(method: string | null | undefined): BenchmarkMethodKey | null {
  if (method === 'mean') return 'indicators.benchmark.methodMean';
  if (method === 'population-weighted') return 'indicators.benchmark.methodWeighted';
  return null;
}
