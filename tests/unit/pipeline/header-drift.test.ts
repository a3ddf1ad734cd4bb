/**
 * Files of one dataset published by different bodies: headers spelled
 * differently, columns missing in some files, encodings that differ per file,
 * and codes built from several columns. End to end through the data step.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry, IndicatorDatasetEntry } from '../../../src/lib/manifest.ts';

const square = (code: string, x0: number): object => ({
  type: 'Feature',
  properties: { name: `County ${code}` },
  id: code,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, 40],
        [x0 + 0.1, 40],
        [x0 + 0.1, 40.1],
        [x0, 40.1],
        [x0, 40],
      ],
    ],
  },
});

function project(files: Record<string, string | Buffer>, datasets: object[], layer: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-drift-'));
  writeFileSync(
    join(dir, 'counties.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [square('01001', -86), square('06037', -118)] }),
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const config = {
    site: { title: 'Drift', council: 'Drift County' },
    areaLayers: {
      counties: { label: 'Counties', file: 'counties.geojson', codeProperty: '$id', nameProperty: 'name', ...layer },
    },
    datasets: datasets.map((d) => ({ source: { publisher: 'Test', licence: 'CC0' }, maxRejectedShare: 1, ...d })),
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  return join(dir, 'atlas.config.json');
}

const build = (config: string) => buildData({ configPath: config, dataDir: mkdtempSync(join(tmpdir(), 'drift-out-')) });

describe('header drift across the files of one dataset', () => {
  const columns = { area: ['Area Code', 'GEOID'], date: 'date', count: ['count', 'cases'] };

  it('matches each file by alternatives and by names that differ in hyphens, underscores and spaces', async () => {
    const config = project(
      {
        'a.csv': 'Area Code,Date,Count\n01001,2024-01-01,3\n',
        'b.csv': 'area_code,DATE,cases\n06037,2024-01-01,4\n',
        'c.csv': 'GEOID,date,cases\n01001,2024-01-02,1\n',
      },
      [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: ['a.csv', 'b.csv', 'c.csv'],
          columns,
          join: { by: 'code', layer: 'counties' },
        },
      ],
    );
    const { manifest } = await build(config);
    const entry = manifest.datasets[0] as CasesDatasetEntry;
    expect([entry.quality.rowsIn, entry.quality.accepted, entry.quality.rejected]).toEqual([3, 3, 0]);
  });

  it('reports every file that lacks a configured column at once, with what each file has', async () => {
    const config = project(
      {
        'a.csv': 'Area Code,Date,Count\n01001,2024-01-01,3\n',
        'b.csv': 'FIPS,Day,cases\n06037,2024-01-01,4\n',
        'c.csv': 'GEOID,date,n\n01001,2024-01-02,1\n',
      },
      [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: ['a.csv', 'b.csv', 'c.csv'],
          columns,
          join: { by: 'code', layer: 'counties' },
        },
      ],
    );
    const error = await build(config).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('c: 2 of 3 files lack configured columns:');
    expect(error?.message).toContain(
      'c: b.csv: columns "Area Code" or "GEOID" (config key columns.area) and "date" (config key columns.date) are not in the header. The file has: "FIPS", "Day", "cases".',
    );
    expect(error?.message).toContain(
      'c: c.csv: column "count" or "cases" (config key columns.count) is not in the header. The file has: "GEOID", "date", "n".',
    );
  });

  it('reads each file in its own declared encoding, and detects it per file otherwise', async () => {
    const latin = (day: string): Buffer => Buffer.from(`code,date,count,note\n01001,${day},3,caf\xe9\n`, 'latin1');
    const config = project(
      {
        'utf8.csv': 'code,date,count,note\n06037,2024-01-01,2,café\n',
        'latin.csv': latin('2024-01-01'),
        'auto.csv': latin('2024-01-02'),
      },
      [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: ['utf8.csv', { path: 'latin.csv', encoding: 'windows-1252' }, { path: 'auto.csv', delimiter: ',' }],
          columns: { area: 'code', date: 'date', count: 'count' },
          join: { by: 'code', layer: 'counties' },
        },
      ],
    );
    const { manifest } = await build(config);
    const q = (manifest.datasets[0] as CasesDatasetEntry).quality;
    expect(q.files.map((f) => [f.path, f.encoding, f.encodingDetected])).toEqual([
      ['utf8.csv', 'utf-8', true],
      ['latin.csv', 'windows-1252', false],
      ['auto.csv', 'windows-1252', true],
    ]);
    expect(q.accepted).toBe(3);
  });
});

describe('codes built from several columns', () => {
  it('joins a 5-digit FIPS built from state and county columns, in the data and the population file', async () => {
    const config = project(
      {
        'cases.csv':
          'STATE,COUNTY,date,count\n1,1,2024-01-01,3\n6,37,2024-01-01,4\n,37,2024-01-01,9\n6,999,2024-01-01,1\n',
        'pop.csv': 'STATEFP,COUNTYFP,POPESTIMATE\n01,001,58805\n06,037,9829544\n',
      },
      [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: 'cases.csv',
          columns: {
            area: {
              concat: [
                { column: 'STATE', pad: 2 },
                { column: 'COUNTY', pad: 3 },
              ],
            },
            date: 'date',
            count: 'count',
          },
          join: { by: 'code', layer: 'counties' },
        },
      ],
      {
        population: {
          file: 'pop.csv',
          codeColumn: {
            concat: [
              { column: 'STATEFP', pad: 2 },
              { column: 'COUNTYFP', pad: 3 },
            ],
          },
          populationColumn: 'POPESTIMATE',
        },
      },
    );
    const { manifest, warnings } = await build(config);
    const q = (manifest.datasets[0] as CasesDatasetEntry).quality;
    expect([q.rowsIn, q.accepted, q.rejected]).toEqual([4, 2, 2]);
    expect(q.rejectedByReason).toEqual([
      { reason: 'area code is missing', count: 1, reasonCoded: { code: 'areaCodeMissing' } },
      { reason: 'area code matches no area', count: 1, reasonCoded: { code: 'areaCodeUnknown' } },
    ]);
    expect(q.unknownCodes).toEqual([{ code: '06999', rows: 1 }]);
    expect(q.sampleRejections[0]?.column).toBe('STATE + COUNTY');
    // Both population rows joined: no area is left without a population.
    expect(warnings.filter((w) => w.includes('population'))).toEqual([]);
  });

  it('builds a period from year and month columns', async () => {
    const config = project({ 'ind.csv': 'fips,Year,Month,value\n1001,2024,3,5.5\n06037,2024,11,7\n' }, [
      {
        id: 'i',
        kind: 'indicator',
        title: 'I',
        file: 'ind.csv',
        columns: {
          area: { column: 'fips', pad: 5 },
          period: { concat: [{ column: 'Year' }, { column: 'Month', pad: 2 }], separator: '-' },
          value: 'value',
        },
        join: { by: 'code', layer: 'counties' },
      },
    ]);
    const { manifest } = await build(config);
    const entry = manifest.datasets[0] as IndicatorDatasetEntry;
    expect(entry.quality.accepted).toBe(2);
    expect(entry.periods).toEqual(['2024-03', '2024-11']);
  });
});
