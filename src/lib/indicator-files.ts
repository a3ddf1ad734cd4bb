/** Shapes of the files an indicator dataset writes (values by area and period). */
import type { HigherIs } from './higher-is.ts';

export interface IndicatorSeries {
  /** Indicator name as in the file ('value' when the file has one indicator). */
  key: string;
  /** Periods in ascending order, as written in the file (e.g. "2019/20"). */
  periods: string[];
  /** One row per area, sorted by code; `values[i]` belongs to `periods[i]`, null when absent. */
  areas: { code: string; name: string; values: (number | null)[] }[];
}

/** The `values` file of an indicator dataset. */
export interface IndicatorValues {
  unit: string;
  higherIs: HigherIs;
  series: IndicatorSeries[];
}
