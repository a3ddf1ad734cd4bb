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
import type { CasesDatasetConfig } from '../../config/schema.ts';
import type { KindFields, ProcessorContext } from '../dataset-processor.ts';
import type { MetricEntry } from '../../../lib/manifest.ts';
import type { CasesGroupSummary, CasesSeries, CasesSeriesIndex, CasesSummary } from '../../../lib/cases-files.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { measureNoun } from '../../../lib/cases/measure-noun.ts';
import { metricList, type MetricInfo } from './metric-list.ts';
import { groupByParent } from './group-areas.ts';
import { monthlyTotalsCsv } from './monthly-totals.ts';
import { areaFigures, type CasesAccumulated } from './area-figures.ts';
import { groupFigures, type GroupFigures } from './group-figures.ts';
import { completeWeekEnds, weekFigures } from './week-figures.ts';
import { seriesFile } from './series-file.ts';
import { casesWindow } from './cases-window.ts';
import { parentName } from './parent-name.ts';

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

/** Writes one metric's series, group, week, index and monthly files; returns its summary (written by the caller). */
function writeMetric(
  acc: CasesAccumulated,
  ctx: ProcessorContext<CasesDatasetConfig>,
  metric: MetricInfo,
): CasesSummary {
  const { config, out, layer } = ctx;
  const below = config.suppressBelow;
  const window = casesWindow(acc.firstDay, acc.lastDay, config.reportingLagDays);
  const k = metric.key;
  const { work, columns, ranked } = areaFigures(acc, metric.index, {
    window,
    suppressBelow: below,
    rateBands: config.rateBands,
    parentOf: (i) => (layer !== null ? (layer.features[i]?.parent ?? null) : null),
  });
  // Days whose count covers several (cumulative gaps, weekly sources), by area code.
  const areaIndex = new Map(acc.areas.map((a, i) => [a.code, i]));
  const spansOf = (code: string): [number, number][] =>
    acc.counts.spans(metric.index, areaIndex.get(code) ?? -1).map(([day, days]) => [day - window.firstDay, days]);
  // One area's series at a time, so that only one is held in memory.
  const series = work.map((w) =>
    w.daily === null || w.totals === null
      ? null
      : out.json(
          `${k}/areas/${w.code}`,
          withSpans(
            seriesFile({ ...w, daily: w.daily, totals: w.totals, start: window.start }, below),
            spansOf(w.code),
          ),
        ),
  );
  const writeGroup = (fileName: string, group: GroupFigures): CasesGroupSummary => ({
    ...group.summary,
    series: out.json(fileName, group.series),
  });

  const noun = layer !== null ? measureNoun(layer.config.label) : 'areas';
  const withData = work.map((_, j) => j).filter((j) => work[j]?.totals !== null);
  const all = { code: 'all', name: `All ${withData.length} ${noun}`, members: withData };
  const total = writeGroup(`${k}/total`, groupFigures(all, work, window, below));
  const parents = groupByParent(
    columns.parent,
    work.map((w) => w.totals !== null),
  ).map((g) =>
    writeGroup(
      `${k}/parents/${g.code}`,
      groupFigures(
        { code: g.code, name: parentName(g.code, ctx.layers, layer), members: g.members },
        work,
        window,
        below,
      ),
    ),
  );

  const weeks = { end: [] as string[], file: [] as string[] };
  for (const e of completeWeekEnds(window.completeIdx)) {
    const week = weekFigures(isoDay(window.firstDay + e), work, e, below);
    weeks.end.push(week.end);
    weeks.file.push(out.json(`${k}/weeks/${week.end}`, week));
  }

  const index: CasesSeriesIndex = { code: columns.code, series };
  const summary: CasesSummary = {
    dataset: config.id,
    metric: k,
    label: metric.label,
    higherIs: metric.higherIs,
    firstDate: window.start,
    lastDate: isoDay(acc.lastDay),
    completeUntil: window.completeIdx >= 0 ? isoDay(window.firstDay + window.completeIdx) : null,
    reportingLagDays: config.reportingLagDays,
    suppressBelow: below,
    rateBands: [...config.rateBands],
    layer: layer?.id ?? null,
    total,
    parents,
    areas: { ...columns, series },
    ranked,
    weeks,
    seriesIndex: out.json(`${k}/index`, index),
    monthly: out.text(`${k}/monthly`, 'csv', monthlyTotalsCsv(work, window.firstDay, window.nDays, below)),
  };
  if (metric.description !== undefined) summary.description = metric.description;
  return summary;
}

/** The series with the days that carry several days' reports, when there are any. */
function withSpans(file: CasesSeries, spans: [number, number][]): CasesSeries {
  return spans.length === 0 ? file : { ...file, reportedFor: spans };
}
