/**
 * Every area's figures for the latest week of the map, as CSV
 * (`disease/<dataset>/<metric>/areas.csv`): what the overview's area table shows, for all areas
 * when the table shows only some. Suppressed figures are written "suppressed", no data as empty.
 * The file is the same in every language: an area is named by its own name, and a roll-up that
 * sums parents in part says how many of each parent's areas are in its sum as numbers
 * (`partial_counted`, `partial_of`; empty for a whole sum), not in words.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PARTIAL_COLUMNS, type CasesWeek } from '../../../../lib/cases-files.ts';
import { SUPPRESSED, type Figure } from '../../../../lib/manifest.ts';
import { toCsv } from '../../../../lib/csv.ts';
import { areaTableRows, sortAreaRows } from '../../../../lib/cases/area-table-rows.ts';
import { metricPages, rawMetricPage } from '../../../../site/cases/cases-data.ts';
import { readData } from '../../../../site/manifest.ts';

export const getStaticPaths = (() =>
  metricPages().map((p) => ({ params: { dataset: p.dataset.id, metric: p.metric.key } }))) satisfies GetStaticPaths;

const cell = (f: Figure) => (f === SUPPRESSED ? 'suppressed' : f);

export const GET: APIRoute = ({ params }) => {
  // The summary as the data step wrote it: the areas' own names, not the page's phrasing.
  const { summary } = rawMetricPage(params['dataset'] ?? '', params['metric'] ?? '');
  const file = summary.weeks.file.at(-1);
  const week = file ? readData<CasesWeek>(file) : null;
  const rows = sortAreaRows(areaTableRows(summary.areas.code, summary.areas.name, week), 'name', 'ascending');
  const partial = summary.areas.partial;
  const partialOf = new Map(summary.areas.code.map((code, i) => [code, partial?.[i] ?? null]));
  const csv = toCsv(
    [
      'area_code',
      'area_name',
      'week_ending',
      'total_7_days',
      'rate_per_100000_7_days',
      'rank',
      ...(partial === undefined ? [] : PARTIAL_COLUMNS),
    ],
    rows.map((r) => [
      r.code,
      r.name,
      week?.end ?? '',
      cell(r.total),
      cell(r.rate),
      r.rank,
      ...(partial === undefined ? [] : [partialOf.get(r.code)?.counted ?? '', partialOf.get(r.code)?.of ?? '']),
    ]),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
