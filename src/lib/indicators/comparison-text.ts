/**
 * Words and colours for comparisons with a benchmark. Colours follow the
 * Fingertips scheme's meaning (better, similar, worse) in a palette that stays
 * distinct for the common colour-blindnesses (blue / pale yellow / orange);
 * "higher" and "lower" without confidence limits share one neutral grey, so no
 * colour implies a difference that may be chance.
 */
import type { IndicatorComparison } from '../indicator-files.ts';

export const COMPARISON_COLOURS: Record<IndicatorComparison | 'none', string> = {
  better: '#2166ac',
  similar: '#f4d35e',
  worse: '#d95f02',
  higher: '#8c96a6',
  lower: '#8c96a6',
  same: '#8c96a6',
  none: '#ffffff',
};

/** "better than", "similar to", "higher than" … the benchmark. */
export function comparisonPhrase(c: IndicatorComparison | null): string {
  switch (c) {
    case 'better':
      return 'significantly better than';
    case 'worse':
      return 'significantly worse than';
    case 'similar':
      return 'similar to';
    case 'higher':
      return 'higher than';
    case 'lower':
      return 'lower than';
    case 'same':
      return 'the same as';
    default:
      return 'not comparable with';
  }
}

/** Short label for tables and legends: "Better", "Similar", "Higher", "No data". */
export function comparisonLabel(c: IndicatorComparison | null): string {
  if (c === null) return 'No comparison';
  return c.charAt(0).toUpperCase() + c.slice(1);
}
