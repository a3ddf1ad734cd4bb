/** Shapes of the files an indicator dataset writes (values by area and period). */
import type { HigherIs } from './higher-is.ts';
import type { Figure } from './manifest.ts';

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

/** How an area compares with its benchmark in one period (see `compareToBenchmark`). */
export type IndicatorComparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'same';

/** Where a benchmark value came from: the file's own row, or a mean of the areas. */
export type BenchmarkMethod = 'file' | 'population-weighted' | 'mean';

/** One benchmark (all areas, one parent, or a configured code) with a value per period. */
/**
 * The name the data step gives the every-area benchmark when the config names none. It is a
 * placeholder, not council text: pages show their own language's words for it instead.
 */
export const UNNAMED_ALL_AREAS = 'All areas';

export interface IndicatorBenchmark {
  /** Area code, or `"all"` for every area. */
  code: string;
  name: string;
  values: (number | null)[];
  /** Per period; null where there is no value. */
  method: (BenchmarkMethod | null)[];
  /** Areas the mean was taken over, per period (0 when the value is the file's own). */
  areas: number[];
}

/** One area's figures for every period; arrays are indexed like `IndicatorFile.periods`. */
export interface IndicatorArea {
  code: string;
  name: string;
  parent: string | null;
  /** Code of the benchmark in `IndicatorFile.benchmarks` this area is compared with; null for none. */
  benchmark: string | null;
  /** The value; `SUPPRESSED` where the publisher suppressed it, null where there is no row. */
  values: Figure[];
  /** Confidence limits, when the file has them (null per period where absent). */
  lower: (number | null)[] | null;
  upper: (number | null)[] | null;
  /** 1 = highest of all areas with a value in that period (ties share a rank). */
  rank: (number | null)[];
  compare: (IndicatorComparison | null)[];
  /** Map band per period (index into `IndicatorFile.bandLabels`), null without a value. */
  band: (number | null)[];
}

/** Spread of all areas' values in one period, for spine charts. */
export interface IndicatorSpread {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One indicator of an indicator dataset: the file its pages read (`indicators/<slug>`). */
export interface IndicatorFile {
  dataset: string;
  key: string;
  slug: string;
  label: string;
  description: string;
  unit: string;
  higherIs: 'bad' | 'good' | 'neutral';
  /** Decimals to show values with. */
  decimals: number;
  /** Ascending periods, as written in the file. */
  periods: string[];
  /** The configured rule: `all`, `parent`, or an area code. */
  benchmarkRule: string;
  /** True when the file gives confidence limits, so comparisons are better/similar/worse. */
  hasLimits: boolean;
  /** Map band thresholds (ascending lower bounds of every band but the first), fixed for all periods. */
  bands: number[];
  /** True when the bands come from the config rather than the data. */
  bandsConfigured: boolean;
  spread: (IndicatorSpread | null)[];
  /** Areas with a published value, per period. */
  ranked: number[];
  benchmarks: IndicatorBenchmark[];
  /** Sorted by code. */
  areas: IndicatorArea[];
}

/** An indicator's entry in the manifest. */
export interface IndicatorEntry {
  key: string;
  slug: string;
  label: string;
  /** Logical file name in the dataset's `files` (an `IndicatorFile`). */
  file: string;
}
