// A cases file that names its areas, spelling some of them two ways: each name is an area (a name
// with spaces gets a code made from it), the spellings of one area are one area, and the dataset
// warns with each spelling merged and its rows. Before, every name with a space was rejected as
// an unsafe code and the build failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { CasesSummary } from '../../../../../src/lib/cases-files.ts';
import { casesDataset, writeSite } from '../../../test-site.ts';

async function build(rows: string[], header = 'date,neighborhood,count', columns: Record<string, string> = {}) {
  const dataset = casesDataset({ columns: { area: 'neighborhood', date: 'date', count: 'count', ...columns } });
  const { configPath, dir } = writeSite(
    { site: { title: 'Spellings', council: 'Test' }, datasets: [dataset] },
    { 'cases.csv': [header, ...rows].join('\n') + '\n' },
  );
  const outDir = join(dir, 'out');
  const result = await buildData({ configPath, dataDir: outDir });
  const entry = result.manifest.datasets[0] as CasesDatasetEntry;
  const summaryFile = entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '';
  const summary = JSON.parse(readFileSync(join(outDir, summaryFile), 'utf8')) as CasesSummary;
  return { entry, summary };
}

describe('cases areas named, with spellings that differ', () => {
  it('counts "Mid Cambridge" and "Mid-Cambridge" as one area, keeps the others apart, and warns', async () => {
    const days = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'];
    const rows = days.flatMap((d, i) => [
      `${d},${i < 4 ? 'Mid Cambridge' : 'Mid-Cambridge'},2`,
      `${d},Cambridgeport,1`,
      `${d},North Cambridge,3`,
    ]);
    const { entry, summary } = await build(rows);
    expect(entry.quality).toMatchObject({ rowsIn: 21, accepted: 21, rejected: 0 });
    const at = (code: string) => summary.areas.code.indexOf(code);
    expect([...summary.areas.code].sort()).toEqual(['Cambridgeport', 'mid-cambridge', 'north-cambridge']);
    expect(summary.areas.name[at('mid-cambridge')]).toBe('Mid Cambridge');
    expect(summary.areas.name[at('north-cambridge')]).toBe('North Cambridge');
    // Seven days of 2 under either spelling, as one series.
    expect(summary.areas.latest[at('mid-cambridge')]).toBe(14);
    expect(summary.areas.latest[at('Cambridgeport')]).toBe(7);
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'spellingsMerged',
      spellings: 1,
      items: [{ value: 'Mid-Cambridge', as: 'Mid Cambridge', count: 3 }],
      more: 0,
    });
  });

  it('warns when a code is named two ways that are not one spelling, counting the rows', async () => {
    const rows = [
      '2024-01-01,01,Schleswig-Holstein,5',
      '2024-01-02,01,SCHLESWIG HOLSTEIN,4',
      '2024-01-03,01,Hamburg,3',
      '2024-01-01,02,Hamburg,2',
    ];
    const { entry, summary } = await build(rows, 'date,code,land,count', { area: 'code', areaName: 'land' });
    expect(entry.quality).toMatchObject({ rowsIn: 4, accepted: 4, rejected: 0 });
    expect(summary.areas.name[summary.areas.code.indexOf('01')]).toBe('Schleswig-Holstein');
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'areaNameMismatch',
      rows: 1,
      items: [{ areaCode: '01', name: 'Hamburg', expected: 'Schleswig-Holstein', count: 1 }],
      more: 0,
    });
  });
});
