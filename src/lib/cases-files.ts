/**
 * Shapes of the files a cases dataset writes, per metric (see
 * `src/pipeline/datasets/cases/write-cases-outputs.ts`). Every view fetches only
 * what it shows: the summary (headline figures of every area), one series per
 * area or group, one file per week for the map. No node:* imports.
 *
 * Figures follow the manifest conventions: counts are integers, averages and
 * rates 1 decimal place, `SUPPRESSED` ("s") marks a figure hidden by small-number
 * suppression, `null` means no data. Daily arrays start on `start` and have one
 * entry per day up to the dataset's `lastDate`.
 *
 * Definitions (also on every page's "About" tab):
 * - A day with no row in the source file is "no data", not zero; any 7-day
 *   figure touching such a day is null.
 * - 7-day total on day d: the sum of the counts of days d−6 … d.
 * - 7-day average on day d: that total / 7 (trailing, as the UKHSA dashboard).
 * - 7-day rate on day d: that total / population × 100,000.
 * - Latest 7 days: those ending on `completeUntil` = lastDate − reportingLagDays;
 *   previous 7 days: the seven before them.
 * - Suppression (suppressBelow = s): a count c with 1 ≤ c < s is SUPPRESSED; 0
 *   stays 0; a figure derived from such a count (average, rate, change) is
 *   SUPPRESSED too.
 * - Rank: 1 = highest published rate; areas with equal rates share a rank.
 * - Groups (all areas, parent areas): a day's count is the sum over areas that
 *   reported it; a 7-day total sums the areas with a complete 7 days; the rate
 *   divides the total of those with a population by their population.
 */
import type { Figure } from './manifest.ts';
import type { HeadlineFigures } from './cases/headline-figures.ts';
import type { HigherIs } from './higher-is.ts';
import type { NounForms } from './i18n/noun-forms.ts';

export type { HeadlineFigures };

/**
 * Daily series of one area or group (`areas/<code>`, `total`, `parents/<code>`).
 * The 7-day average and an area's rate are not stored: they follow exactly from
 * `total7` (see `seriesAvg7`, `seriesRate7` in `src/lib/cases/`), which keeps
 * the files small.
 */
/**
 * A parent area summed from only some of its areas (a roll-up with `partial: "label"`): `counted`
 * of its `of` areas had data. The name stays the area's own; pages say the coverage in their
 * language ("Southshire (1 of 2 districts)", see src/lib/cases/partial-name.ts).
 */
export interface PartialSum {
  counted: number;
  of: number;
}

/**
 * The columns a CSV download of a roll-up that sums parents in part adds: how many of the parent's
 * areas are in its sum, and of how many; empty for a whole sum. Numbers, not words, so the file
 * reads the same in every language and a spreadsheet can filter on them (the name stays its own).
 */
export const PARTIAL_COLUMNS = ['partial_counted', 'partial_of'] as const;

export interface CasesSeries {
  code: string;
  name: string;
  /** A partial sum of a roll-up's parent area: how many of its areas are in it. */
  partial?: PartialSum;
  /** The area's population (null for groups: their rate is in `rate7`). */
  population: number | null;
  /** ISO day of index 0 of every array (the dataset's first date). */
  start: string;
  /** Count per day. */
  counts: Figure[];
  /** Trailing 7-day total ending on each day. */
  total7: Figure[];
  /** Groups only: 7-day rate per 100,000 of the member areas with a population, 1 dp. */
  rate7?: Figure[];
  /** Groups only: how many areas make up each day's 7-day total. */
  areas7?: number[];
  /**
   * Cumulative sources with missing days: `[index, days]` for each day whose count was reported
   * for several days (the rise since the last report); the days before it in the span count 0.
   */
  reportedFor?: [number, number][];
  /**
   * Groups only: `[index, areas]` for each day of `reportedFor`, how many member areas' counts
   * that day cover several days (`reportedFor` then gives the most days any of them covers).
   */
  reportedForAreas?: [number, number][];
}

/** A group of areas (all areas, or the areas of one parent) in the summary. */
export interface CasesGroupSummary {
  /** `all` for the total; the parent's code otherwise. */
  code: string;
  /** E.g. "All 381 local authorities", or the parent's name. */
  name: string;
  /** Areas of the group with any data for this metric. */
  areaCount: number;
  /** Areas whose latest 7 days are complete (the latest figures cover these). */
  areasInLatest: number;
  /** Population of the areas in the latest rate. */
  population: number | null;
  figures: HeadlineFigures;
  /**
   * The total, when the dataset lists `unplacedValues`: the part of `figures.latest` counted in no
   * area (its rows name no area; suppressed when small). Absent otherwise.
   */
  notPlaced?: Figure;
  /** Path of the group's `CasesSeries`, relative to the data root. */
  series: string;
}

/** Headline figures of every area of the layer, columnar, sorted by code. */
export interface CasesAreaColumns {
  code: string[];
  name: string[];
  parent: (string | null)[];
  population: (number | null)[];
  /** Last day with a row for this area (null: no data at all). */
  lastDate: (string | null)[];
  latest: Figure[];
  previous: Figure[];
  change: Figure[];
  changePct: Figure[];
  rate: Figure[];
  /** Map band of `rate` (index into the legend); null when no published rate. */
  band: (number | null)[];
  /** 1 = highest published rate; null when not ranked. */
  rank: (number | null)[];
  /** Path of the area's `CasesSeries`; null when the area has no data. */
  series: (string | null)[];
  /** A roll-up that sums parents in part (`partial: "label"`): each area's partial sum, null when whole. */
  partial?: (PartialSum | null)[];
  /**
   * A roll-up whose rows of no area name their parent (`columns.parent`): the part of each area's
   * `latest` counted in no area (suppressed when small), null when none. Absent otherwise.
   */
  notPlaced?: Figure[];
}

/** One metric of a cases dataset: everything the overview and area pages need at build time. */
export interface CasesSummary {
  dataset: string;
  /** URL-safe metric key. */
  metric: string;
  label: string;
  /** The unit's noun in each plural form, by language, when the config gives them (`metricForms`, a metric's `forms`). */
  forms?: NounForms;
  higherIs: HigherIs;
  description?: string;
  firstDate: string | null;
  lastDate: string | null;
  /** Last day whose counts are taken as complete: lastDate − reportingLagDays. */
  completeUntil: string | null;
  reportingLagDays: number;
  suppressBelow: number;
  /** Lower bounds of every map band but the first (per 100,000). */
  rateBands: number[];
  layer: string | null;
  total: CasesGroupSummary;
  /** Parent areas (regions), when the layer has a parent property with more than one value. */
  parents: CasesGroupSummary[];
  areas: CasesAreaColumns;
  /** How many areas have a rank for the latest week. */
  ranked: number;
  /** Weeks for the map, oldest first: each is the 7 days ending on `end`. */
  weeks: { end: string[]; file: string[] };
  /** Path of the `CasesSeriesIndex` (what a comparison picker fetches instead of this summary). */
  seriesIndex: string;
  /** Calendar-month totals per area (CSV: area_code, area_name, month, total, days_reported). */
  monthly: string;
}

/**
 * Where each area's series is (`index`): codes, names and paths only, loaded by the comparison
 * picker and the area search when first used (pages do not carry every area's name).
 */
export interface CasesSeriesIndex {
  code: string[];
  /** The area's name as pages show it (a repeated name carries its parent), same order as `code`. */
  name: string[];
  /** Path of the area's `CasesSeries`; null when it has no data. */
  series: (string | null)[];
  /** As the summary's `areas.partial`: given only by a roll-up that sums parents in part. */
  partial?: (PartialSum | null)[];
}

/** One week of the map (`weeks/<end>`): the 7 days ending on `end`, for every area. */
export interface CasesWeek {
  end: string;
  /** Area codes, the same order as the summary's `areas.code`. */
  code: string[];
  /** 7-day total. */
  total: Figure[];
  /** 7-day rate per 100,000, 1 dp. */
  rate: Figure[];
  rank: (number | null)[];
  ranked: number;
}
