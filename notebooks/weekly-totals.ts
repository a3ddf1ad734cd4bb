/**
 * Prints the last 12 weekly totals of each cases metric of a config, from the
 * pipeline's own outputs: a quick sanity check of a council's data before publishing.
 * Usage: npx tsx notebooks/weekly-totals.ts [config, default data/atlas.config.ts]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aq from 'arquero';
import { buildData } from '../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../src/lib/cases-files.ts';
import { dayNumber, isoDay } from '../src/lib/day-number.ts';

const configPath = process.argv[2] ?? 'data/atlas.config.ts';
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-notebook-'));
const { manifest } = await buildData({ configPath, dataDir });
const read = (rel: string): unknown => JSON.parse(readFileSync(join(dataDir, rel), 'utf8'));

for (const dataset of manifest.datasets.filter((d): d is CasesDatasetEntry => d.kind === 'cases')) {
  for (const metric of dataset.metrics) {
    const summary = read(dataset.files[metric.summaryFile] ?? '') as CasesSummary;
    const series = read(summary.total.series) as CasesSeries;
    const start = dayNumber(series.start);
    // 7-day totals at each week end, counted back from the last complete day: whole weeks
    // are rarely suppressed, where single days often are.
    const last = summary.completeUntil === null ? series.total7.length - 1 : dayNumber(summary.completeUntil) - start;
    const ends = series.total7.map((_, i) => i).filter((i) => i <= last && (last - i) % 7 === 0);
    const weeks = aq
      .table({
        weekEnding: ends.map((i) => isoDay(start + i)),
        total: ends.map((i) => series.total7[i] ?? null),
      })
      .derive({
        change: (d: { total: number | null }) =>
          d.total === null || d.total < 0 || aq.op.lag(d.total, 1) === null || aq.op.lag(d.total, 1) < 0
            ? null
            : d.total - aq.op.lag(d.total, 1),
      });
    console.log(
      `\n${dataset.title} / ${metric.label}: ${summary.total.name}, complete until ${summary.completeUntil ?? 'n/a'}`,
    );
    weeks.slice(-12).print(12);
    console.log('(total -1 means suppressed: fewer than the suppression threshold)');
  }
}
