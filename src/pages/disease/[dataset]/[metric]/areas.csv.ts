/**
 * Every area's figures for the latest week of the map, as CSV
 * (`disease/<dataset>/<metric>/areas.csv`): what the overview's area table shows, for all areas
 * when the table shows only some. Suppressed figures are written "suppressed", no data as empty.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CasesWeek } from '../../../../lib/cases-files.ts';
import { SUPPRESSED, type Figure } from '../../../../lib/manifest.ts';
import { toCsv } from '../../../../lib/csv.ts';
import { areaTableRows, sortAreaRows } from '../../../../lib/cases/area-table-rows.ts';
import { findMetricPage, metricPages } from '../../../../site/cases/cases-data.ts';
import { readData } from '../../../../site/manifest.ts';

export const getStaticPaths = (() =>
  metricPages().map((p) => ({ params: { dataset: p.dataset.id, metric: p.metric.key } }))) satisfies GetStaticPaths;

const cell = (f: Figure) => (f === SUPPRESSED ? 'suppressed' : f);

export const GET: APIRoute = ({ params }) => {
  const { summary } = findMetricPage(params['dataset'] ?? '', params['metric'] ?? '');
  const file = summary.weeks.file.at(-1);
  const week = file ? readData<CasesWeek>(file) : null;
  const rows = sortAreaRows(areaTableRows(summary.areas.code, summary.areas.name, week), 'name', 'ascending');
  const csv = toCsv(
    ['area_code', 'area_name', 'week_ending', 'total_7_days', 'rate_per_100000_7_days', 'rank'],
    rows.map((r) => [r.code, r.name, week?.end ?? '', cell(r.total), cell(r.rate), r.rank]),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
