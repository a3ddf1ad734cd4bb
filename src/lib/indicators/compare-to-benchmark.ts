/**
 * How an area's value compares with its benchmark, as the Fingertips profiles
 * say it. With confidence limits, a difference counts only when the interval
 * [lower, upper] does not contain the benchmark value: then it is "better" or
 * "worse" by `higherIs` ("higher" or "lower" when neither direction is good),
 * and otherwise "similar". Without limits nothing can be said about
 * significance, so the answer is only "higher", "lower" or "same".
 */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'same';

export type HigherIs = 'bad' | 'good' | 'neutral';

export interface Estimate {
  value: number | null;
  lower?: number | null;
  upper?: number | null;
}

export function compareToBenchmark(area: Estimate, benchmark: number | null, higherIs: HigherIs): Comparison | null {
  const { value } = area;
  if (value === null || benchmark === null || !Number.isFinite(value) || !Number.isFinite(benchmark)) return null;
  const lower = area.lower ?? null;
  const upper = area.upper ?? null;
  if (lower === null || upper === null) {
    if (value > benchmark) return 'higher';
    if (value < benchmark) return 'lower';
    return 'same';
  }
  if (lower <= benchmark && benchmark <= upper) return 'similar';
  const above = lower > benchmark;
  if (higherIs === 'neutral') return above ? 'higher' : 'lower';
  return above === (higherIs === 'good') ? 'better' : 'worse';
}

/** True when the comparison rests on confidence limits (and so may be called significant). */
export function isSignificanceComparison(c: Comparison | null): boolean {
  return c === 'better' || c === 'worse' || c === 'similar';
}
