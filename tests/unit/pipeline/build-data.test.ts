import { appendFileSync, cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildData } from '../../../src/pipeline/build-data.ts';
import { dirFiles } from '../dir-files.ts';
import { tempDirs } from '../temp-dirs.ts';

const config = 'tests/fixtures/build/tiny/tiny.config.ts';
const tempDir = tempDirs();
const fresh = (): string => tempDir('atlas-build-');

describe('buildData on a tiny config', () => {
  it('accounts for every row: accepted plus rejected, each rejection with line, column and reason', async () => {
    const result = await buildData({ configPath: config, dataDir: fresh() });
    const q = result.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 9, accepted: 4, rejected: 5, duplicates: 1 });
    expect(q?.unknownCodes).toEqual([{ code: 'A9', rows: 1 }]);
    expect(q?.sampleRejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [5, 'count', 'count is missing'],
      [6, 'area', 'area code matches no area'],
      [7, 'date', expect.stringMatching(/^not a date/)],
      [8, '', 'duplicate of an earlier row'],
      [9, 'count', 'count is negative'],
    ]);
  });

  it('writes byte-identical files for the same inputs', async () => {
    const a = fresh();
    const b = fresh();
    await buildData({ configPath: config, dataDir: a });
    await buildData({ configPath: config, dataDir: b });
    const sa = dirFiles(a);
    const sb = dirFiles(b);
    delete sa['.cache/cases.json'];
    delete sb['.cache/cases.json'];
    expect(Object.keys(sa).length).toBeGreaterThan(3);
    expect(sa).toEqual(sb);
  });

  it('reuses an unchanged dataset and recomputes it when forced', async () => {
    const dir = fresh();
    const first = await buildData({ configPath: config, dataDir: dir });
    const second = await buildData({ configPath: config, dataDir: dir });
    const forced = await buildData({ configPath: config, dataDir: dir, force: true });
    expect(first.datasets[0]?.cached).toBe(false);
    expect(second.datasets[0]?.cached).toBe(true);
    expect(forced.datasets[0]?.cached).toBe(false);
    expect(second.manifest).toEqual(first.manifest);
  });

  it('recomputes a dataset whose input file changed', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    const dir = fresh();
    const configPath = join(project, 'tiny.config.ts');
    await buildData({ configPath, dataDir: dir });
    appendFileSync(join(project, 'cases.csv'), '2024-01-05,A1,4\n');
    const after = await buildData({ configPath, dataDir: dir });
    expect(after.datasets[0]?.cached).toBe(false);
    expect(after.manifest.datasets[0]?.quality).toMatchObject({ rowsIn: 10, accepted: 5 });
  });

  it('recomputes a dataset whose input was edited to the same size with its modification time put back', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    const csv = join(project, 'cases.csv');
    const dir = fresh();
    const configPath = join(project, 'tiny.config.ts');
    // A whole-millisecond time, so putting it back restores exactly what the first build saw.
    const time = new Date('2024-02-01T10:00:00Z');
    utimesSync(csv, time, time);
    const first = await buildData({ configPath, dataDir: dir });
    const { size } = statSync(csv);
    // "2024-01-04,A2,3" -> "2024-01-04,A2,8": same length, another count.
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/A2,3$/m, 'A2,8'));
    utimesSync(csv, time, time);
    expect(statSync(csv)).toMatchObject({ size, mtimeMs: time.getTime() });
    const after = await buildData({ configPath, dataDir: dir });
    expect(after.datasets[0]?.cached).toBe(false);
    expect(after.manifest).not.toEqual(first.manifest);
  });

  it('reuses a dataset whose input was rewritten with the same bytes (hashed again, not recomputed)', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    const csv = join(project, 'cases.csv');
    const dir = fresh();
    const configPath = join(project, 'tiny.config.ts');
    await buildData({ configPath, dataDir: dir });
    writeFileSync(csv, readFileSync(csv));
    const again = await buildData({ configPath, dataDir: dir });
    const third = await buildData({ configPath, dataDir: dir });
    expect(again.datasets[0]?.cached).toBe(true);
    expect(third.datasets[0]?.cached).toBe(true);
  });

  it('fails a dataset over its rejection threshold with the top reasons', async () => {
    const { failed } = await buildData({
      configPath: 'tests/fixtures/build/tiny/tiny-strict.config.ts',
      dataDir: fresh(),
    });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toMatch(/cases: 5 of 9 rows rejected \(55\.6%\), over maxRejectedShare 50\.0%/);
  });

  it('rejects --only with an unknown dataset id, listing the ids', async () => {
    await expect(buildData({ configPath: config, dataDir: fresh(), only: ['nope'] })).rejects.toThrow(
      /--only nope: no dataset with that id\. Datasets: cases\./,
    );
  });

  it('lists each rejected row with the code, name and date it was about', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    writeFileSync(
      join(project, 'named.csv'),
      'date,area,name,count\n2024-01-01,A1,North Ward,1\n2024-01-01,,New York City,9\n2024-01-02,Z7,Elsewhere,2\n',
    );
    const configPath = join(project, 'named.json');
    writeFileSync(configPath, JSON.stringify(tinyWith({ file: 'named.csv', areaName: 'name' })));
    const dir = fresh();
    const result = await buildData({ configPath, dataDir: dir });
    const entry = result.manifest.datasets[0];
    expect(entry?.quality.unknownCodes).toEqual([{ code: 'Z7', name: 'Elsewhere', rows: 1 }]);
    const csv = readFileSync(join(dir, entry?.files.rejections ?? ''), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv).toEqual([
      'file,line,column,reason,value,code,name,date',
      'named.csv,3,area,area code is missing,,,New York City,2024-01-01',
      'named.csv,4,area,area code matches no area,Z7,Z7,Elsewhere,2024-01-02',
    ]);
  });

  it('builds a dataset one of whose files has every row rejected, listing each of them under that file', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    writeFileSync(join(project, 'good.csv'), 'date,area,count\n2024-01-01,A1,1\n2024-01-02,A1,2\n2024-01-02,A2,4\n');
    // Every date written month first, which `auto` reads as day first: the whole file is rejected, row by row.
    writeFileSync(join(project, 'dmy.csv'), 'date,area,count\n01/13/2024,A1,3\n01/14/2024,A1,1\n01/14/2024,A2,2\n');
    const configPath = join(project, 'two.json');
    const two = tinyWith({ file: 'good.csv' }) as { datasets: { file: unknown }[] };
    (two.datasets[0] as { file: unknown }).file = ['good.csv', 'dmy.csv'];
    writeFileSync(configPath, JSON.stringify(two));
    const dir = fresh();
    const result = await buildData({ configPath, dataDir: dir });
    expect(result.failed).toEqual([]);
    const entry = result.manifest.datasets[0];
    expect(entry?.quality).toMatchObject({ rowsIn: 6, accepted: 3, rejected: 3 });
    expect(entry?.quality.files.map((f) => [f.path, f.rows])).toEqual([
      ['good.csv', 3],
      ['dmy.csv', 3],
    ]);
    const csv = Papa.parse<string[]>(readFileSync(join(dir, entry?.files.rejections ?? ''), 'utf8').trim()).data;
    expect(csv.map((row) => row.slice(0, 5))).toEqual([
      ['file', 'line', 'column', 'reason', 'value'],
      ['dmy.csv', '2', 'date', expect.stringMatching(/^not a date/), '01/13/2024'],
      ['dmy.csv', '3', 'date', expect.stringMatching(/^not a date/), '01/14/2024'],
      ['dmy.csv', '4', 'date', expect.stringMatching(/^not a date/), '01/14/2024'],
    ]);
    // The accepted rows' figures are the good file's alone.
    expect(entry?.kind === 'cases' ? [entry.firstDate, entry.lastDate] : null).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('fails a dataset of which no row was accepted, whatever maxRejectedShare allows, naming the file and reasons', async () => {
    const project = fresh();
    cpSync('tests/fixtures/build/tiny', project, { recursive: true });
    writeFileSync(join(project, 'msoa.csv'), 'date,area,count\n2024-01-01,E02000001,1\n2024-01-01,E02000002,3\n');
    const configPath = join(project, 'msoa.json');
    writeFileSync(configPath, JSON.stringify(tinyWith({ file: 'msoa.csv', maxRejectedShare: 1 })));
    const { failed } = await buildData({ configPath, dataDir: fresh() });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.message).toMatch(
      /^cases \(msoa\.csv\): none of the 2 rows was accepted\. Top reasons: area code matches no area \(2\)\. 2 codes \(E02000001, E02000002\) look like middle layer super output areas \(MSOAs\) in England/,
    );
  });

  it('builds cases and indicator datasets joined by code without a layer: areas named from the file, no map layer', async () => {
    const project = fresh();
    writeFileSync(
      join(project, 'cases.csv'),
      'date,fips,county,count\n2024-01-01,36061,New York,4\n2024-01-02,36061,New York,5\n2024-01-01,17001,Adams,1\n',
    );
    writeFileSync(join(project, 'rates.csv'), 'code,place,year,rate\n36061,New York,2023,41.5\n17001,Adams,2023,12\n');
    const configPath = join(project, 'free.json');
    const source = { publisher: 'Test', licence: 'CC0' };
    writeFileSync(
      configPath,
      JSON.stringify({
        site: { title: 'Free', council: 'Test' },
        datasets: [
          {
            id: 'cases',
            kind: 'cases',
            title: 'Cases',
            file: 'cases.csv',
            columns: { area: 'fips', areaName: 'county', date: 'date', count: 'count' },
            join: { by: 'code' },
            source,
          },
          {
            id: 'rates',
            kind: 'indicator',
            title: 'Rates',
            file: 'rates.csv',
            columns: { area: 'code', areaName: 'place', period: 'year', value: 'rate' },
            join: { by: 'code' },
            source,
          },
        ],
      }),
    );
    const dir = fresh();
    const result = await buildData({ configPath, dataDir: dir });
    const [cases, rates] = result.manifest.datasets;
    expect(result.manifest.layers).toEqual([]);
    expect(cases).toMatchObject({ layer: null, quality: { rowsIn: 3, accepted: 3 } });
    const metric = cases?.kind === 'cases' ? cases.metrics[0] : undefined;
    const summary = JSON.parse(readFileSync(join(dir, cases?.files[metric?.summaryFile ?? ''] ?? ''), 'utf8')) as {
      layer: string | null;
      areas: { code: string[]; name: string[]; series: (string | null)[] };
      total: { name: string };
    };
    expect(summary).toMatchObject({ layer: null, total: { name: 'All 2 areas' } });
    expect(summary.areas.code).toEqual(['17001', '36061']);
    expect(summary.areas.name).toEqual(['Adams', 'New York']);
    expect(summary.areas.series.every((s) => s !== null)).toBe(true);
    expect(rates).toMatchObject({ layer: null, quality: { rowsIn: 2, accepted: 2 }, periods: ['2023'] });
    const values = JSON.parse(readFileSync(join(dir, rates?.files.values ?? ''), 'utf8')) as {
      series: { areas: { code: string; name: string; values: number[] }[] }[];
    };
    expect(values.series[0]?.areas).toEqual([
      { code: '17001', name: 'Adams', values: [12] },
      { code: '36061', name: 'New York', values: [41.5] },
    ]);
  });

  it('names the codes of a code-only file from areaNames when there is no layer', async () => {
    // As the RKI publishes its Bundesland figures: a two-digit id, no name column, no boundaries.
    const project = fresh();
    writeFileSync(
      join(project, 'laender.csv'),
      'Meldedatum,Bundesland_id,Faelle_neu\n2020-11-04,01,219\n2020-11-05,01,246\n2020-11-05,11,1244\n2020-11-05,16,333\n',
    );
    writeFileSync(join(project, 'gisd.csv'), 'kreis_id,year,gisd_score\n10044,2021,0.42771\n10045,2021,0\n');
    const configPath = join(project, 'names.json');
    const source = { publisher: 'Test', licence: 'CC0' };
    writeFileSync(
      configPath,
      JSON.stringify({
        site: { title: 'Names', council: 'Test', locale: 'de-DE' },
        datasets: [
          {
            id: 'cases',
            kind: 'cases',
            title: 'Fälle',
            file: 'laender.csv',
            columns: { area: 'Bundesland_id', date: 'Meldedatum', count: 'Faelle_neu' },
            areaNames: { '01': 'Schleswig-Holstein', '11': 'Berlin' },
            join: { by: 'code' },
            source,
          },
          {
            id: 'gisd',
            kind: 'indicator',
            title: 'GISD',
            file: 'gisd.csv',
            columns: { area: 'kreis_id', period: 'year', value: 'gisd_score' },
            areaNames: { '10044': 'Saarlouis' },
            join: { by: 'code' },
            source,
          },
        ],
      }),
    );
    const dir = fresh();
    const result = await buildData({ configPath, dataDir: dir });
    const [cases, gisd] = result.manifest.datasets;
    const metric = cases?.kind === 'cases' ? cases.metrics[0] : undefined;
    const summary = JSON.parse(readFileSync(join(dir, cases?.files[metric?.summaryFile ?? ''] ?? ''), 'utf8')) as {
      areas: { code: string[]; name: string[] };
    };
    expect(summary.areas.code).toEqual(['01', '11', '16']);
    // A code the config does not name keeps its code.
    expect(summary.areas.name).toEqual(['Schleswig-Holstein', 'Berlin', '16']);
    const values = JSON.parse(readFileSync(join(dir, gisd?.files.values ?? ''), 'utf8')) as {
      series: { areas: { code: string; name: string }[] }[];
    };
    expect(values.series[0]?.areas.map((a) => [a.code, a.name])).toEqual([
      ['10044', 'Saarlouis'],
      ['10045', '10045'],
    ]);
  });

  it('shows areas whose names repeat in a layer with their parent, in the area list and the figures', async () => {
    const project = fresh();
    const feature = (code: string, name: string, x: number, state?: string): object => ({
      type: 'Feature',
      properties: { code, name, ...(state ? { state } : {}) },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 0],
            [x + 1, 0],
            [x + 1, 1],
            [x, 1],
            [x, 0],
          ],
        ],
      },
    });
    const fc = (features: object[]): string => JSON.stringify({ type: 'FeatureCollection', features });
    writeFileSync(
      join(project, 'counties.geojson'),
      fc([feature('08001', 'Adams', 0, '08'), feature('17001', 'Adams', 1, '17'), feature('17031', 'Cook', 2, '17')]),
    );
    writeFileSync(join(project, 'states.geojson'), fc([feature('08', 'Colorado', 0), feature('17', 'Illinois', 1)]));
    writeFileSync(join(project, 'cases.csv'), 'date,fips,count\n2024-01-01,08001,4\n2024-01-01,17001,5\n');
    const configPath = join(project, 'us.json');
    const layer = (file: string, extra: object = {}): object => ({
      label: file,
      file,
      codeProperty: 'code',
      nameProperty: 'name',
      ...extra,
    });
    writeFileSync(
      configPath,
      JSON.stringify({
        site: { title: 'US', council: 'Test' },
        areaLayers: {
          counties: layer('counties.geojson', { parentProperty: 'state' }),
          states: layer('states.geojson'),
        },
        datasets: [
          {
            id: 'cases',
            kind: 'cases',
            title: 'Cases',
            file: 'cases.csv',
            columns: { area: 'fips', date: 'date', count: 'count' },
            join: { by: 'code', layer: 'counties' },
            source: { publisher: 'Test', licence: 'CC0' },
          },
        ],
      }),
    );
    const dir = fresh();
    const result = await buildData({ configPath, dataDir: dir });
    const counties = result.manifest.layers.find((l) => l.id === 'counties');
    const list = JSON.parse(readFileSync(join(dir, counties?.files.areas ?? ''), 'utf8')) as {
      areas: { name: string }[];
    };
    expect(list.areas.map((a) => a.name)).toEqual(['Adams, Colorado', 'Adams, Illinois', 'Cook']);
    const cases = result.manifest.datasets[0];
    const metric = cases?.kind === 'cases' ? cases.metrics[0] : undefined;
    const summary = JSON.parse(readFileSync(join(dir, cases?.files[metric?.summaryFile ?? ''] ?? ''), 'utf8')) as {
      areas: { name: string[] };
      parents: { name: string }[];
    };
    expect(summary.areas.name).toEqual(['Adams, Colorado', 'Adams, Illinois', 'Cook']);
    expect(summary.parents.map((p) => p.name)).toEqual(['Colorado', 'Illinois']);
    // The map opens on the areas with data (Cook has none), the layer's own view on all of them.
    expect(counties).toMatchObject({ view: [0, 0, 3, 1], viewConfigured: false });
    expect(cases).toMatchObject({ view: [0, 0, 2, 1] });
  });
});

/** The tiny config as JSON, with its cases dataset reading another file. */
function tinyWith(options: { file: string; areaName?: string; maxRejectedShare?: number }): object {
  return {
    site: { title: 'Tiny', council: 'Tiny Council' },
    areaLayers: { areas: { label: 'Areas', file: 'areas.geojson', codeProperty: 'code', nameProperty: 'name' } },
    datasets: [
      {
        id: 'cases',
        kind: 'cases',
        title: 'Cases',
        file: options.file,
        columns: {
          area: 'area',
          date: 'date',
          count: 'count',
          ...(options.areaName ? { areaName: options.areaName } : {}),
        },
        join: { by: 'code', layer: 'areas' },
        maxRejectedShare: options.maxRejectedShare ?? 0.9,
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  };
}
