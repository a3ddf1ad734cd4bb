/**
 * Publishers that withhold a figure often leave its cell blank (Statbel's median sale prices of
 * fewer than 10 sales). A blank is a missing value unless the config says otherwise; the build
 * that stops on them names the setting that reads them as suppressed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../../src/lib/manifest.ts';

const csv = 'y,nis,type,n,p50,name\n2010,11001,apartments,42,160000,AARTSELAAR\n2010,11005,apartments,3,,BOOM\n';

function project(extra: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-blank-'));
  writeFileSync(join(dir, 'prices.csv'), csv);
  const config = {
    site: { title: 'Prices', council: 'Statbel' },
    datasets: [
      {
        kind: 'indicator',
        id: 'median-price',
        title: 'Median price',
        file: 'prices.csv',
        columns: { area: 'nis', areaName: 'name', period: 'y', value: 'p50', indicator: 'type' },
        join: { by: 'code' },
        source: { publisher: 'Statbel', licence: 'CC BY 4.0' },
        ...extra,
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  return join(dir, 'atlas.config.json');
}

const dataDir = () => mkdtempSync(join(tmpdir(), 'blank-out-'));

describe('blank cells a publisher left for suppressed values', () => {
  it('stops the build naming suppressedValues: [""] as the way to read blanks as suppressed', async () => {
    const result = await buildData({ configPath: project({}), dataDir: dataDir() });
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.message).toMatch(/value is missing \(1\)\..*suppressedValues: \[""\]/);
  });

  it('reads blank cells as suppressed with suppressedValues: [""]', async () => {
    const out = dataDir();
    const result = await buildData({ configPath: project({ suppressedValues: [''] }), dataDir: out });
    const entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    expect(entry.quality).toMatchObject({ rowsIn: 2, accepted: 2, rejected: 0 });
    const figures = JSON.parse(
      readFileSync(join(out, entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? ''), 'utf8'),
    ) as { areas: { code: string; values: (number | string | null)[] }[] };
    expect(figures.areas.map((a) => [a.code, a.values[0]])).toEqual([
      ['11001', 160000],
      ['11005', 's'],
    ]);
  });
});
