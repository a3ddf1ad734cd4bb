/**
 * The headline figures of every area for one metric, in code order: the columns of the metric's
 * summary (all but the series file names, which the writer adds) and what the group, week and
 * monthly figures are computed from.
 */
import type { DailyCounts } from '../../aggregate/daily-counts.ts';
import type { CasesAreaColumns, PartialSum } from '../../../lib/cases-files.ts';
import { SUPPRESSED, type Figure } from '../../../lib/manifest.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { rollingSum } from '../../../lib/cases/rolling-sum.ts';
import { headlineFigures, type HeadlineFigures } from '../../../lib/cases/headline-figures.ts';
import { rateBand } from '../../../lib/cases/rate-band.ts';
import { suppressCount } from '../../../lib/cases/suppress.ts';
import { reportedSeries } from './reported-series.ts';
import { rankAreas } from './rank-areas.ts';
import { WEEK, type CasesWindow } from './cases-window.ts';

export interface AreaRef {
  code: string;
  name: string;
  population: number | null;
  /** A roll-up's parent summed from only some of its areas. */
  partial?: PartialSum;
}

/** A series of no area's parent as the file's `columns.parent` writes it, and where its rows are (the first's file and line). */
export interface UnplacedParent {
  value: string;
  file: string;
  line: number;
  column: string;
  /** Accepted rows of the series. */
  rows: number;
}

/** What the cases processor accumulated from the rows. */
export interface CasesAccumulated {
  counts: DailyCounts;
  metricKeys: string[];
  areas: AreaRef[];
  /** True for a roll-up that sums parents in part: the outputs then say each area's `partial` (null when whole). */
  partialSums?: boolean;
  /**
   * Counts of no area (the dataset's `unplacedValues`): `series` series (`counts`' area indexes 0 to
   * series − 1) per metric, added to the total, and with `parents` (from `columns.parent`, by series)
   * to a roll-up parent's figures too; `rows`, the rows accepted. Absent when the config lists none.
   */
  unplaced?: { counts: DailyCounts; series: number; rows: number; parents?: UnplacedParent[] };
  /**
   * A roll-up's counts of no area by parent (`counts`' area index = the parent's, as in `counts`):
   * added to the parent's counts, 7-day totals and change but not its rate. Absent without `columns.parent`.
   */
  parentNotPlaced?: DailyCounts;
  /** First day with a row (days since 1970-01-01); +Infinity when no rows. */
  firstDay: number;
  lastDay: number;
}

/** One area's raw figures, as the group, week and monthly computations need them. */
export interface AreaWork extends AreaRef {
  /** Raw (unsuppressed) daily counts, null on days without a row; null when the area has no data. */
  daily: (number | null)[] | null;
  /** Raw trailing 7-day totals; null when the area has no data. */
  totals: (number | null)[] | null;
  /**
   * A roll-up parent whose `daily` and `totals` include rows of no area (`parentNotPlaced`): its areas'
   * own series, which the groups, rates and maps sum.
   */
  ofAreas?: { daily: (number | null)[] | null; totals: (number | null)[] | null };
}

export interface AreaFigures {
  /** Every area, in code order. */
  work: AreaWork[];
  /** The summary's area columns, in the same order; `series` is left to the writer. */
  columns: Omit<CasesAreaColumns, 'series'>;
  /** How many areas have a rank. */
  ranked: number;
}

export interface AreaFigureOptions {
  window: CasesWindow;
  /** Counts below this are suppressed. */
  suppressBelow: number;
  rateBands: readonly number[];
  /** Parent code of area `i` (index into `acc.areas`), null when none. */
  parentOf(i: number): string | null;
}

/** Headline figures of every area of `acc` for the metric at `metricIndex`, for the latest complete week. */
export function areaFigures(acc: CasesAccumulated, metricIndex: number, options: AreaFigureOptions): AreaFigures {
  const work: AreaWork[] = [];
  const { columns, ranked } = eachAreaFigures(acc, metricIndex, options, (w) => work.push(w));
  return { work, columns, ranked };
}

/** Indices of `areas` in code order (a layer's already are; free areas come in first-seen order). */
export function areaOrder(areas: readonly AreaRef[]): number[] {
  return areas.map((_, i) => i).sort((a, b) => cmp(areas[a]?.code ?? '', areas[b]?.code ?? ''));
}

/**
 * {@link areaFigures} one area at a time: `each` gets every area's raw figures in code order (`j`,
 * its position there; `i`, its index in `acc.areas`) and may drop them, so that only one area's
 * series is held at once. Returns the summary columns.
 */
export function eachAreaFigures(
  acc: CasesAccumulated,
  metricIndex: number,
  options: AreaFigureOptions,
  each: (w: AreaWork, j: number, i: number) => void,
): Omit<AreaFigures, 'work'> {
  const { window, suppressBelow: below } = options;
  const lastDay = window.firstDay + window.nDays - 1;
  const columns: Omit<CasesAreaColumns, 'series'> = {
    code: [],
    name: [],
    parent: [],
    population: [],
    lastDate: [],
    latest: [],
    previous: [],
    change: [],
    changePct: [],
    rate: [],
    band: [],
    rank: [],
  };
  const partial: (PartialSum | null)[] = [];
  const notPlaced: Figure[] = [];
  const np = acc.parentNotPlaced;
  areaOrder(acc.areas).forEach((i, j) => {
    const area = acc.areas[i] as AreaRef;
    const own = reportedSeries(acc.counts, metricIndex, i, window.firstDay, lastDay);
    const ownTotals = own === null ? null : rollingSum(own, WEEK);
    const extra = np === undefined ? null : reportedSeries(np, metricIndex, i, window.firstDay, lastDay);
    const daily = extra === null ? own : addSeries(own, extra);
    const totals = extra === null ? ownTotals : rollingSum(daily as (number | null)[], WEEK);
    const figures = headlineAt(totals, window.completeIdx, area.population, below, ownTotals);
    // The part of no area of the latest 7 days: a day its rows lack had none to add.
    const e = window.completeIdx;
    const withThem = extra !== null && e >= 0 ? (totals?.[e] ?? null) : null;
    const without = e >= 0 ? (ownTotals?.[e] ?? null) : null;
    notPlaced.push(withThem === null || without === null ? null : suppressCount(withThem - without, below));
    columns.code.push(area.code);
    columns.name.push(area.name);
    columns.parent.push(options.parentOf(i));
    columns.population.push(area.population);
    columns.lastDate.push(daily === null ? null : lastReported(daily, window.firstDay));
    columns.latest.push(figures.latest);
    columns.previous.push(figures.previous);
    columns.change.push(figures.change);
    columns.changePct.push(figures.changePct);
    columns.rate.push(figures.rate);
    columns.band.push(publishedBand(figures.rate, options.rateBands));
    partial.push(area.partial ?? null);
    const work: AreaWork = { code: area.code, name: area.name, population: area.population, daily, totals };
    if (area.partial !== undefined) work.partial = area.partial;
    if (extra !== null) work.ofAreas = { daily: own, totals: ownTotals };
    each(work, j, i);
  });
  const { rank, ranked } = rankAreas(columns.rate);
  columns.rank = rank;
  if (acc.partialSums === true) columns.partial = partial;
  if (np !== undefined) columns.notPlaced = notPlaced;
  return { columns, ranked };
}

/**
 * Headline figures of one area for the 7 days ending on day index `e`; the rate from `rateTotals`
 * (its areas' own, when `totals` include rows of no area), as its population is theirs.
 */
function headlineAt(
  totals: readonly (number | null)[] | null,
  e: number,
  population: number | null,
  below: number,
  rateTotals: readonly (number | null)[] | null = totals,
): HeadlineFigures {
  const latest = totals !== null && e >= 0 ? (totals[e] ?? null) : null;
  const previous = totals !== null && e - WEEK >= 0 ? (totals[e - WEEK] ?? null) : null;
  const rateCount = rateTotals !== null && e >= 0 ? (rateTotals[e] ?? null) : null;
  return headlineFigures({ latest, previous, rateCount, population }, below);
}

/** Day-by-day sum of two series; a day is null only when neither has it. */
function addSeries(a: readonly (number | null)[] | null, b: readonly (number | null)[]): (number | null)[] {
  return b.map((v, d) => {
    const u = a?.[d] ?? null;
    return u === null ? v : v === null ? u : u + v;
  });
}

function publishedBand(rate: Figure, bands: readonly number[]): number | null {
  return rate === null || rate === SUPPRESSED ? null : rateBand(rate, bands);
}

/** ISO day of the last non-null entry (the area's last report). */
function lastReported(daily: readonly (number | null)[], firstDay: number): string | null {
  for (let d = daily.length - 1; d >= 0; d--) if (daily[d] !== null) return isoDay(firstDay + d);
  return null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
