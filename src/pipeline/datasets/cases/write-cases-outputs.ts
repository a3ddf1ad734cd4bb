/**
 * Turns a cases dataset's accumulated daily counts into the files pages read
 * (shapes and definitions in `src/lib/cases-files.ts`), per metric:
 *
 * - `<metric>/summary`: headline figures of every area, the total and parents;
 * - `<metric>/areas/<code>`: daily series of one area (area page, comparisons);
 * - `<metric>/total`, `<metric>/parents/<code>`: the same for groups of areas;
 * - `<metric>/weeks/<end>`: 7-day totals, rates and ranks of every area for one
 *   week (the map's week control).
 *
 * so that no view downloads more than it shows. Figures come from the pure
 * functions in `src/lib/cases/` (the browser uses the same ones); suppression is
 * applied once, here, to every figure written.
 */
import type { CasesDatasetConfig } from '../../config/schema.ts';
import type { KindFields, ProcessorContext } from '../dataset-processor.ts';
import type { DailyCounts } from '../../aggregate/daily-counts.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import type { Figure, MetricEntry } from '../../../lib/manifest.ts';
import type {
  CasesAreaColumns,
  CasesGroupSummary,
  CasesSeries,
  CasesSeriesIndex,
  CasesSummary,
  CasesWeek,
} from '../../../lib/cases-files.ts';
import { SUPPRESSED } from '../../../lib/manifest.ts';
import { round } from '../../../lib/round.ts';
import { isoDay } from '../../../lib/cases/day-number.ts';
import { rollingSum } from '../../../lib/cases/rolling-sum.ts';
import { ratePer100k } from '../../../lib/cases/rate-per-100k.ts';
import { suppressCount, suppressDerived } from '../../../lib/cases/suppress.ts';
import { headlineFigures, type HeadlineFigures } from '../../../lib/cases/headline-figures.ts';
import { rateBand } from '../../../lib/cases/rate-band.ts';
import { measureNoun } from '../../../lib/cases/measure-noun.ts';
import { reportedSeries } from './reported-series.ts';
import { metricList, type MetricInfo } from './metric-list.ts';
import { rankAreas } from './rank-areas.ts';
import { groupByParent } from './group-areas.ts';
import { monthlyTotalsCsv } from './monthly-totals.ts';

export interface AreaRef {
  code: string;
  name: string;
  population: number | null;
}

export interface CasesAccumulated {
  counts: DailyCounts;
  metricKeys: string[];
  areas: AreaRef[];
  /** First day with a row (days since 1970-01-01); +Infinity when no rows. */
  firstDay: number;
  lastDay: number;
}

const WEEK = 7;

export function writeCasesOutputs(acc: CasesAccumulated, ctx: ProcessorContext<CasesDatasetConfig>): KindFields {
  if (!Number.isFinite(acc.firstDay) || !Number.isFinite(acc.lastDay) || acc.metricKeys.length === 0) {
    return { kind: 'cases', metrics: [], firstDate: null, lastDate: null };
  }
  const files: Record<string, string> = {};
  const metrics: MetricEntry[] = [];
  for (const metric of metricList(acc.metricKeys, ctx.config)) {
    const summary = writeMetric(acc, ctx, metric);
    const name = `summary-${metric.key}`;
    files[name] = ctx.out.json(`${metric.key}/summary`, summary);
    files[`monthly-${metric.key}`] = summary.monthly;
    const entry: MetricEntry = { key: metric.key, label: metric.label, higherIs: metric.higherIs, summaryFile: name };
    if (metric.description !== undefined) entry.description = metric.description;
    metrics.push(entry);
  }
  return { kind: 'cases', metrics, firstDate: isoDay(acc.firstDay), lastDate: isoDay(acc.lastDay), files };
}

/** What the group and week computations need of one area. */
interface AreaWork {
  code: string;
  population: number | null;
  /** Raw (unsuppressed) daily counts, null on days without a row; null when the area has no data. */
  daily: (number | null)[] | null;
  /** Raw trailing 7-day totals; null when the area has no data. */
  totals: (number | null)[] | null;
}

function writeMetric(
  acc: CasesAccumulated,
  ctx: ProcessorContext<CasesDatasetConfig>,
  metric: MetricInfo,
): CasesSummary {
  const { config, out, layer } = ctx;
  const below = config.suppressBelow;
  const firstDay = acc.firstDay;
  const lastDay = acc.lastDay;
  const nDays = lastDay - firstDay + 1;
  const start = isoDay(firstDay);
  const completeIdx = nDays - 1 - config.reportingLagDays;
  const completeUntil = completeIdx >= 0 ? isoDay(firstDay + completeIdx) : null;
  const k = metric.key;

  // Areas in code order (a layer's already are; free areas come in first-seen order).
  const order = acc.areas.map((_, i) => i).sort((a, b) => cmp(acc.areas[a]?.code ?? '', acc.areas[b]?.code ?? ''));
  const parentOf = (i: number): string | null => (layer !== null ? (layer.features[i]?.parent ?? null) : null);

  const work: AreaWork[] = [];
  const columns: CasesAreaColumns = {
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
    series: [],
  };
  for (const i of order) {
    const area = acc.areas[i] as AreaRef;
    const daily = reportedSeries(acc.counts, metric.index, i, firstDay, lastDay);
    const totals = daily === null ? null : rollingSum(daily, WEEK);
    work.push({ code: area.code, population: area.population, daily, totals });
    const figures = headlineAt(totals, completeIdx, area.population, below);
    columns.code.push(area.code);
    columns.name.push(area.name);
    columns.parent.push(parentOf(i));
    columns.population.push(area.population);
    columns.lastDate.push(daily === null ? null : lastReported(daily, firstDay));
    columns.latest.push(figures.latest);
    columns.previous.push(figures.previous);
    columns.change.push(figures.change);
    columns.changePct.push(figures.changePct);
    columns.rate.push(figures.rate);
    columns.band.push(publishedBand(figures.rate, config.rateBands));
    columns.series.push(
      daily === null || totals === null
        ? null
        : out.json(
            `${k}/areas/${area.code}`,
            seriesFile(area.code, area.name, area.population, start, daily, totals, below),
          ),
    );
  }
  const { rank, ranked } = rankAreas(columns.rate);
  columns.rank = rank;

  const noun = layer !== null ? measureNoun(layer.config.label) : 'areas';
  const withData = work.map((_, j) => j).filter((j) => work[j]?.totals !== null);
  const total = writeGroup(
    out,
    `${k}/total`,
    'all',
    `All ${withData.length} ${noun}`,
    withData,
    work,
    start,
    nDays,
    completeIdx,
    below,
  );
  const parents = groupByParent(
    columns.parent,
    work.map((w) => w.totals !== null),
  ).map((g) =>
    writeGroup(
      out,
      `${k}/parents/${g.code}`,
      g.code,
      parentName(g.code, ctx.layers, layer),
      g.members,
      work,
      start,
      nDays,
      completeIdx,
      below,
    ),
  );

  // One map file per complete week, ending on completeUntil and every 7 days before.
  const weekEnds: number[] = [];
  for (let e = completeIdx; e - (WEEK - 1) >= 0; e -= WEEK) weekEnds.unshift(e);
  const weeks = { end: [] as string[], file: [] as string[] };
  for (const e of weekEnds) {
    const week = weekFile(isoDay(firstDay + e), work, e, below);
    weeks.end.push(week.end);
    weeks.file.push(out.json(`${k}/weeks/${week.end}`, week));
  }

  const index: CasesSeriesIndex = { code: columns.code, series: columns.series };
  const summary: CasesSummary = {
    dataset: config.id,
    metric: k,
    label: metric.label,
    higherIs: metric.higherIs,
    firstDate: start,
    lastDate: isoDay(lastDay),
    completeUntil,
    reportingLagDays: config.reportingLagDays,
    suppressBelow: below,
    rateBands: [...config.rateBands],
    layer: layer?.id ?? null,
    total,
    parents,
    areas: columns,
    ranked,
    weeks,
    seriesIndex: out.json(`${k}/index`, index),
    monthly: out.text(
      `${k}/monthly`,
      'csv',
      monthlyTotalsCsv(
        work.map((w, j) => ({ code: w.code, name: columns.name[j] ?? w.code, daily: w.daily })),
        firstDay,
        nDays,
        below,
      ),
    ),
  };
  if (metric.description !== undefined) summary.description = metric.description;
  return summary;
}

/** Headline figures of one area for the 7 days ending on day index `e`. */
function headlineAt(
  totals: readonly (number | null)[] | null,
  e: number,
  population: number | null,
  below: number,
): HeadlineFigures {
  const latest = totals !== null && e >= 0 ? (totals[e] ?? null) : null;
  const previous = totals !== null && e - WEEK >= 0 ? (totals[e - WEEK] ?? null) : null;
  return headlineFigures({ latest, previous, rateCount: latest, population }, below);
}

function publishedBand(rate: Figure, bands: readonly number[]): number | null {
  return rate === null || rate === SUPPRESSED ? null : rateBand(rate, bands);
}

/**
 * A series file. For a group, `rate` gives the rate of each day (from its member
 * areas with a population); an area's rate follows from `total7` and `population`.
 */
function seriesFile(
  code: string,
  name: string,
  population: number | null,
  start: string,
  daily: readonly (number | null)[],
  totals: readonly (number | null)[],
  below: number,
  group?: { rateTotals: readonly (number | null)[]; populations: readonly (number | null)[]; areas7: number[] },
): CasesSeries {
  const file: CasesSeries = {
    code,
    name,
    population,
    start,
    counts: daily.map((c) => suppressCount(c, below)),
    total7: totals.map((t) => suppressCount(t, below)),
  };
  if (group !== undefined) {
    file.rate7 = totals.map((_, d) => {
      const t = group.rateTotals[d] ?? null;
      const r = ratePer100k(t, group.populations[d] ?? null);
      return r === null ? null : suppressDerived(round(r, 1), below, t);
    });
    file.areas7 = group.areas7;
  }
  return file;
}

/** Sums member areas day by day, writes the group's series and returns its summary. */
function writeGroup(
  out: ProcessorContext['out'],
  fileName: string,
  code: string,
  name: string,
  members: readonly number[],
  work: readonly AreaWork[],
  start: string,
  nDays: number,
  completeIdx: number,
  below: number,
): CasesGroupSummary {
  const daily: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const totals: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const rateTotals: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const populations: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const areas7: number[] = new Array<number>(nDays).fill(0);
  for (const j of members) {
    const w = work[j] as AreaWork;
    if (w.totals === null) continue;
    for (let d = 0; d < nDays; d++) {
      const t = w.totals[d] ?? null;
      if (t === null) continue;
      totals[d] = (totals[d] ?? 0) + t;
      areas7[d] = (areas7[d] ?? 0) + 1;
      if (w.population !== null && w.population > 0) {
        rateTotals[d] = (rateTotals[d] ?? 0) + t;
        populations[d] = (populations[d] ?? 0) + w.population;
      }
    }
  }
  // A group's day is the sum over the member areas that reported that day.
  for (const j of members) {
    const own = (work[j] as AreaWork).daily;
    if (own === null) continue;
    for (let d = 0; d < nDays; d++) {
      const c = own[d] ?? null;
      if (c !== null) daily[d] = (daily[d] ?? 0) + c;
    }
  }
  const series = out.json(
    fileName,
    seriesFile(code, name, null, start, daily, totals, below, { rateTotals, populations, areas7 }),
  );

  // Latest and previous over the same areas: those complete in both weeks.
  let latest: number | null = null;
  let previous: number | null = null;
  let rateCount: number | null = null;
  let population: number | null = null;
  let inLatest = 0;
  let withData = 0;
  for (const j of members) {
    const w = work[j] as AreaWork;
    if (w.totals === null) continue;
    withData++;
    const a = completeIdx >= 0 ? (w.totals[completeIdx] ?? null) : null;
    const b = completeIdx - WEEK >= 0 ? (w.totals[completeIdx - WEEK] ?? null) : null;
    if (a === null) continue;
    if (b === null && completeIdx - WEEK >= 0) continue;
    inLatest++;
    latest = (latest ?? 0) + a;
    if (b !== null) previous = (previous ?? 0) + b;
    if (w.population !== null && w.population > 0) {
      rateCount = (rateCount ?? 0) + a;
      population = (population ?? 0) + w.population;
    }
  }
  return {
    code,
    name,
    areaCount: withData,
    areasInLatest: inLatest,
    population,
    figures: headlineFigures({ latest, previous, rateCount, population }, below),
    series,
  };
}

function weekFile(end: string, work: readonly AreaWork[], e: number, below: number): CasesWeek {
  const total: Figure[] = [];
  const rate: Figure[] = [];
  for (const w of work) {
    const t = w.totals === null ? null : (w.totals[e] ?? null);
    total.push(suppressCount(t, below));
    const r = ratePer100k(t, w.population);
    rate.push(r === null ? null : suppressDerived(round(r, 1), below, t));
  }
  const { rank, ranked } = rankAreas(rate);
  return { end, code: work.map((w) => w.code), total, rate, rank, ranked };
}

/** ISO day of the last non-null entry (the area's last report). */
function lastReported(daily: readonly (number | null)[], firstDay: number): string | null {
  for (let d = daily.length - 1; d >= 0; d--) if (daily[d] !== null) return isoDay(firstDay + d);
  return null;
}

/** A parent's name from any layer with a feature of that code, else the code itself. */
function parentName(code: string, layers: ReadonlyMap<string, LoadedLayer>, own: LoadedLayer | null): string {
  for (const l of [...layers.values()].filter((x) => x !== own)) {
    const i = l.resolveCode(code);
    if (i >= 0) return l.features[i]?.name ?? code;
  }
  if (own !== null) {
    const i = own.resolveCode(code);
    if (i >= 0) return own.features[i]?.name ?? code;
  }
  return code;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
