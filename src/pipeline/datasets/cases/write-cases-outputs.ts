/**
 * Writes a cases dataset's files from the figures (shapes and definitions in
 * `src/lib/cases-files.ts`), per metric:
 *
 * - `<metric>/summary`: headline figures of every area, the total and parents;
 * - `<metric>/areas/<code>`: daily series of one area (area page, comparisons);
 * - `<metric>/total`, `<metric>/parents/<code>`: the same for groups of areas;
 * - `<metric>/weeks/<end>`: 7-day totals, rates and ranks of every area for one
 *   week (the map's week control).
 *
 * so that no view downloads more than it shows. The figures are computed apart,
 * by `area-figures.ts`, `group-figures.ts`, `week-figures.ts` and
 * `monthly-totals.ts` (from the pure functions in `src/lib/cases/` the browser
 * uses too); suppression is applied there, once, to every figure written. This
 * module only writes them and puts the file names into the summary.
 */
import { areaPageName } from '../../../lib/area-page-name.ts';
import type { CasesDatasetConfig } from '../../config/schema.ts';
import type { KindFields, ProcessorContext } from '../dataset-processor.ts';
import type { MetricEntry } from '../../../lib/manifest.ts';
import type { CasesGroupSummary, CasesSeries, CasesSeriesIndex, CasesSummary } from '../../../lib/cases-files.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { measureNoun } from '../../../lib/cases/measure-noun.ts';
import { metricList, type MetricInfo } from './metric-list.ts';
import { groupByParent } from './group-areas.ts';
import { monthlyHeader, monthlyRows, monthsOf } from './monthly-totals.ts';
import { areaOrder, eachAreaFigures, type CasesAccumulated } from './area-figures.ts';
import { GroupSums, type GroupFigures } from './group-figures.ts';
import { completeWeekEnds, weekFiguresOf } from './week-figures.ts';
import { csvRow } from '../../../lib/csv.ts';
import { seriesFile } from './series-file.ts';
import { casesWindow } from './cases-window.ts';
import { parentName } from './parent-name.ts';
import { reportedSeries } from './reported-series.ts';
import { rollingSum } from '../../../lib/cases/rolling-sum.ts';
import { WEEK } from './cases-window.ts';

export function writeCasesOutputs(acc: CasesAccumulated, ctx: ProcessorContext<CasesDatasetConfig>): KindFields {
  if (!Number.isFinite(acc.firstDay) || !Number.isFinite(acc.lastDay) || acc.metricKeys.length === 0) {
    return { kind: 'cases', metrics: [], firstDate: null, lastDate: null };
  }
  const files: Record<string, string> = {};
  const metrics: MetricEntry[] = [];
  for (const metric of metricList(acc.metricKeys, ctx.config, ctx.language)) {
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

/**
 * Writes one metric's series, group, week, index and monthly files; returns its summary (written by
 * the caller). Areas are streamed in code order: each one's series is written and added to its
 * groups, its weeks' totals and its monthly rows, then dropped, so memory holds one area's series,
 * the groups' sums and a table of 7-day totals (weeks x areas), not every area's series.
 */
function writeMetric(
  acc: CasesAccumulated,
  ctx: ProcessorContext<CasesDatasetConfig>,
  metric: MetricInfo,
): CasesSummary {
  const { config, out, layer } = ctx;
  const below = config.suppressBelow;
  const window = casesWindow(acc.firstDay, acc.lastDay, config.reportingLagDays);
  const k = metric.key;
  const parentOf = (i: number): string | null => (layer !== null ? (layer.features[i]?.parent ?? null) : null);

  // The groups are known before any series is read: which areas have data, and their parents.
  const order = areaOrder(acc.areas);
  const hasData = order.map((i) => acc.counts.has(metric.index, i));
  const noun = layer !== null ? measureNoun(layer.config.label) : 'areas';
  const total = new GroupSums('all', `All ${hasData.filter(Boolean).length} ${noun}`, window);
  const parentGroups = groupByParent(order.map(parentOf), hasData);
  const parentSums = parentGroups.map((g) => new GroupSums(g.code, parentName(g.code, ctx.layers, layer), window));
  const parentAt = new Int32Array(order.length).fill(-1);
  parentGroups.forEach((g, p) => g.members.forEach((j) => (parentAt[j] = p)));

  const weekEnds = completeWeekEnds(window.completeIdx);
  // 7-day totals of every area at each week's end (NaN: none), for the week files.
  const weekTotals = new Float64Array(weekEnds.length * order.length).fill(Number.NaN);
  const monthOf = monthsOf(window.firstDay, window.nDays);
  // Written as it is produced where the writer can stream, else kept to be written whole.
  const monthlyFile = out.stream?.(`${k}/monthly`, 'csv') ?? null;
  let monthly = '';
  const addMonthly = (line: string): void => {
    if (monthlyFile !== null) monthlyFile.write(line);
    else monthly += line;
  };
  const partial = acc.partialSums === true;
  addMonthly(`${csvRow(monthlyHeader(partial))}\r\n`);
  const series: (string | null)[] = [];

  const { columns, ranked } = eachAreaFigures(
    acc,
    metric.index,
    { window, suppressBelow: below, rateBands: config.rateBands, parentOf },
    (w, j, i) => {
      if (w.daily === null || w.totals === null) {
        series.push(null);
        return;
      }
      // Days whose count covers several (cumulative gaps, weekly sources).
      const spans = acc.counts
        .spans(metric.index, i)
        .map(([day, days]): [number, number] => [day - window.firstDay, days]);
      const file = seriesFile({ ...w, daily: w.daily, totals: w.totals, start: window.start }, below);
      series.push(out.json(`${k}/areas/${areaPageName(w.code)}`, withSpans(file, spans)));
      // A roll-up parent's rows of no area are in the total through addNotPlaced below, and in no rate or map.
      const own = w.ofAreas === undefined ? w : { ...w, ...w.ofAreas };
      total.add(own, spans);
      parentSums[parentAt[j] as number]?.add(own, spans);
      for (let e = 0; e < weekEnds.length; e++) {
        const t = own.totals?.[weekEnds[e] as number] ?? null;
        if (t !== null) weekTotals[e * order.length + j] = t;
      }
      for (const row of monthlyRows(w, monthOf, below, partial)) addMonthly(`${csvRow(row)}\r\n`);
    },
  );

  // Counts of no area join the total (every area together); a layer's parent groups never (a roll-up's parents, through columns.parent).
  const unplaced = acc.unplaced;
  if (unplaced !== undefined) {
    const lastDay = window.firstDay + window.nDays - 1;
    for (let v = 0; v < unplaced.series; v++) {
      const daily = noRowIsNone(
        reportedSeries(unplaced.counts, metric.index, v, window.firstDay, lastDay),
        config.countType === 'cumulative',
      );
      const spans = unplaced.counts
        .spans(metric.index, v)
        .map(([day, days]): [number, number] => [day - window.firstDay, days]);
      total.addNotPlaced({ daily, totals: daily === null ? null : rollingSum(daily, WEEK) }, spans);
    }
    total.addNotPlaced({ daily: null, totals: null });
  }

  const writeGroup = (fileName: string, group: GroupFigures): CasesGroupSummary => ({
    ...group.summary,
    series: out.json(fileName, group.series),
  });
  const totalSummary = writeGroup(`${k}/total`, total.figures(below));
  // A code names its file as it names its page (`GM 0363` → `GM-0363-…`): safe on every host and in a URL.
  const parents = parentSums.map((g) => writeGroup(`${k}/parents/${areaPageName(g.code)}`, g.figures(below)));

  const weeks = { end: [] as string[], file: [] as string[] };
  const areas = columns.code.map((code, j) => ({ code, population: columns.population[j] ?? null }));
  weekEnds.forEach((e, n) => {
    const totalOf = (j: number): number | null => {
      const t = weekTotals[n * order.length + j] as number;
      return Number.isNaN(t) ? null : t;
    };
    const week = weekFiguresOf(isoDay(window.firstDay + e), areas, totalOf, below);
    weeks.end.push(week.end);
    weeks.file.push(out.json(`${k}/weeks/${week.end}`, week));
  });

  const index: CasesSeriesIndex = { code: columns.code, name: columns.name, series };
  if (columns.partial !== undefined) index.partial = columns.partial;
  const summary: CasesSummary = {
    dataset: config.id,
    metric: k,
    label: metric.label,
    ...(metric.forms === undefined ? {} : { forms: metric.forms }),
    higherIs: metric.higherIs,
    firstDate: window.start,
    lastDate: isoDay(acc.lastDay),
    completeUntil: window.completeIdx >= 0 ? isoDay(window.firstDay + window.completeIdx) : null,
    reportingLagDays: config.reportingLagDays,
    suppressBelow: below,
    rateBands: [...config.rateBands],
    layer: layer?.id ?? null,
    total: totalSummary,
    parents,
    areas: { ...columns, series },
    ranked,
    weeks,
    seriesIndex: out.json(`${k}/index`, index),
    monthly: monthlyFile !== null ? monthlyFile.end() : out.text(`${k}/monthly`, 'csv', monthly),
  };
  if (metric.description !== undefined) summary.description = metric.description;
  return summary;
}

/**
 * A series of no area with its days without a row as 0: a day without a row of "Unknown" had nothing
 * to place in no area (as a roll-up parent adds them), not a gap in an area's reporting. In a file of
 * running totals only the days after its first row: before it, its total is not known.
 */
function noRowIsNone(daily: (number | null)[] | null, cumulative: boolean): (number | null)[] | null {
  if (daily === null) return null;
  const first = cumulative ? daily.findIndex((v) => v !== null) : -1;
  return daily.map((v, d) => (v === null && d > first ? 0 : v));
}

/** The series with the days that carry several days' reports, when there are any. */
function withSpans(file: CasesSeries, spans: [number, number][]): CasesSeries {
  return spans.length === 0 ? file : { ...file, reportedFor: spans };
}
