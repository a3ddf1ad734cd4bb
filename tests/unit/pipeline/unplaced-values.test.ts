/**
 * Rows of no area ("Unknown", "NA", "Out of state"): with `unplacedValues` they are accepted, counted
 * in the total of all areas and in no area (no page, no map entry, no rank); without it a value that
 * looks like one is warned of, naming the file, column, value, rows and the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry, IndicatorDatasetEntry } from '../../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../../src/lib/cases-files.ts';
import { looksUnplaced, UnplacedValues } from '../../../src/pipeline/run/unplaced-values.ts';
import { summaryTable } from '../../../src/pipeline/cli/summary-table.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs();

const square = (x: number): object => ({
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
});
const districts = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ['D1', 'Dale'],
    ['D2', 'Down'],
  ].map(([code, name], i) => ({ type: 'Feature', properties: { code, name }, geometry: square(i) })),
});

/** 14 days of D1 (1 a day), D2 (2 a day) and "Unknown" (3 a day), one row each a day. */
const days = Array.from({ length: 14 }, (_, d) => `2024-01-${String(d + 1).padStart(2, '0')}`);
const LONG = ['date,area,count', ...days.flatMap((d) => [`${d},D1,1`, `${d},D2,2`, `${d},Unknown,3`])].join('\n');

async function build(csv: string, dataset: object, layer = true) {
  const dir = tempDir('atlas-unplaced-');
  writeFileSync(join(dir, 'districts.geojson'), districts);
  writeFileSync(join(dir, 'cases.csv'), csv);
  const config = {
    site: { title: 'No area', council: 'Test' },
    ...(layer
      ? {
          areaLayers: {
            districts: { label: 'Districts', file: 'districts.geojson', codeProperty: 'code', nameProperty: 'name' },
          },
        }
      : {}),
    datasets: [
      {
        id: 'cases',
        kind: 'cases',
        title: 'Cases',
        file: 'cases.csv',
        columns: { area: 'area', date: 'date', count: 'count' },
        join: layer ? { by: 'code', layer: 'districts' } : { by: 'code' },
        maxRejectedShare: 0.5,
        suppressBelow: 0,
        source: { publisher: 'Test', licence: 'CC0' },
        ...dataset,
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = join(dir, 'out');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const entry = result.manifest.datasets[0] as CasesDatasetEntry;
  const summary = read<CasesSummary>(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  return { result, entry, summary, read };
}

describe('values that place a row in no area', () => {
  it.each([
    ['Unknown', true],
    ['  onbekend ', true],
    ['UNBEKANNT', true],
    ['Ukendt', true],
    ['Ukjent', true],
    ['Anhysbys', true],
    ['In fase di definizione/aggiornamento', true],
    ['NA', true],
    ['n/a', true],
    ['-', true],
    ['Navarra', false],
    ['E06000001', false],
  ])('tells %j as looking like no area: %s', (value, looks) => {
    expect(looksUnplaced(value)).toBe(looks);
  });

  it('matches a configured value by code, ignoring case and spaces, and by name only when the code is blank', () => {
    const u = new UnplacedValues(['Unknown', ' Out of state']);
    expect(u.match(' unknown ', '')).toBe(0);
    expect(u.match('OUT OF STATE', '')).toBe(1);
    expect(u.match('', 'Unknown')).toBe(0);
    expect(u.match('01001', 'Unknown')).toBe(-1);
    expect(u.match('D1', '')).toBe(-1);
  });

  it('accepts them, counts them in the total and in no area, and says how many rows they were', async () => {
    const { entry, summary, read, result } = await build(LONG, { unplacedValues: ['unknown'] });
    const q = entry.quality;
    expect(q).toMatchObject({ rowsIn: 42, accepted: 42, rejected: 0, notPlaced: 14 });
    expect(q.notPlacedBy).toEqual([{ value: 'unknown', count: 14 }]);
    expect(q.rowsIn).toBe(q.accepted + q.rejected + (q.leftOut ?? 0));
    // No area page, map entry or rank: the areas are the layer's two.
    expect(summary.areas.code).toEqual(['D1', 'D2']);
    expect(summary.weeks.file.map((f) => read<{ code: string[] }>(f).code.length)).toEqual([2, 2]);
    // The total of the latest 7 days: (1 + 2 + 3) × 7, of which 3 × 7 in no area.
    expect(summary.total.figures.latest).toBe(42);
    expect(summary.total.notPlaced).toBe(21);
    expect(summary.total.areaCount).toBe(2);
    expect(read<CasesSeries>(summary.total.series).counts.slice(0, 2)).toEqual([6, 6]);
    expect(q.warnings).toEqual([]);
    // The data step's closing table says so too.
    expect(summaryTable(result.datasets)).toContain(
      'cases: 14 of the 42 accepted rows not placed in an area ("unknown": 14), counted in the total of all areas only',
    );
  });

  it('adds several rows of one value on one day (one per state, say) in a file of daily counts', async () => {
    const csv = ['date,area,count', ...days.flatMap((d) => [`${d},D1,1`, `${d},Unknown,3`, `${d},Unknown,4`])].join(
      '\n',
    );
    const { entry, summary } = await build(csv, { unplacedValues: ['Unknown'] });
    expect(entry.quality).toMatchObject({ rowsIn: 42, accepted: 42, notPlaced: 28 });
    expect(summary.total.notPlaced).toBe(49);
    expect(summary.total.figures.latest).toBe(56);
  });

  it('takes a blank code with a listed name as no area (the NYT writes "Unknown" counties without a FIPS)', async () => {
    const csv = ['date,fips,county,count', ...days.flatMap((d) => [`${d},D1,Dale,1`, `${d},,Unknown,5`])].join('\n');
    const { entry, summary } = await build(csv, {
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'count' },
      unplacedValues: ['Unknown'],
    });
    expect(entry.quality).toMatchObject({ rowsIn: 28, accepted: 28, rejected: 0, notPlaced: 14 });
    expect(summary.total.notPlaced).toBe(35);
  });

  it('differences a cumulative file each value on its own, and rejects a repeated day of it as a duplicate', async () => {
    const csv = [
      'date,area,count',
      ...days.flatMap((d, i) => [`${d},D1,${i + 1}`, `${d},Unknown,${10 * (i + 1)}`]),
      `${days[3] ?? ''},Unknown,999`,
    ].join('\n');
    const { entry, summary } = await build(csv, {
      countType: 'cumulative',
      cumulativeStart: 'zero',
      unplacedValues: ['Unknown'],
    });
    expect(entry.quality).toMatchObject({ rowsIn: 29, accepted: 28, rejected: 1, duplicates: 1, notPlaced: 14 });
    expect(summary.total.notPlaced).toBe(70);
    expect(summary.total.figures.latest).toBe(77);
  });

  it("takes the first total of a value of no area as its baseline, as an area's, in a cumulative file", async () => {
    const csv = [
      'date,area,count',
      ...days.flatMap((d, i) => [`${d},D1,${100 + i + 1}`, `${d},Unknown,${500 + 10 * (i + 1)}`]),
    ].join('\n');
    const { summary, read } = await build(csv, { countType: 'cumulative', unplacedValues: ['Unknown'] });
    // The file's first day is where both series start, not 610 new cases that day.
    const counts = read<CasesSeries>(summary.total.series).counts;
    expect(counts.slice(0, 2)).toEqual([null, 11]);
    expect(counts.at(-1)).toBe(11);
  });

  it('differences the running totals of one value in several places (a state column) each on its own', async () => {
    const csv = [
      'date,area,state,count,deaths',
      ...days.flatMap((d, i) => [
        `${d},D1,North,${i + 1},0`,
        `${d},Unknown,Arkansas,${10 * (i + 1)},${i}`,
        `${d},Unknown,Colorado,${5 * (i + 1)},${2 * i}`,
      ]),
    ].join('\n');
    const { entry, summary } = await build(csv, {
      countType: 'cumulative',
      cumulativeStart: 'zero',
      unplacedValues: ['Unknown'],
    });
    expect(entry.quality).toMatchObject({ rowsIn: 42, accepted: 42, rejected: 0, notPlaced: 28 });
    expect(summary.total.notPlaced).toBe(105);
    expect(summary.total.figures.latest).toBe(112);
  });

  it('accepts the cells of a column of no area in a file wide by area', async () => {
    const csv = ['Date,D1,D2,Ukendt', ...days.map((d) => `${d},1,2,3`)].join('\n');
    const { entry, summary } = await build(csv, {
      columns: { date: 'Date', areas: ['D1', 'D2', 'Ukendt'] },
      unplacedValues: ['Ukendt'],
    });
    expect(entry.quality).toMatchObject({ unit: 'cells', rowsIn: 42, accepted: 42, notPlaced: 14 });
    expect(summary.areas.code).toEqual(['D1', 'D2']);
    expect(summary.total.notPlaced).toBe(21);
  });

  it('without the config, warns that "Unknown" became an area, naming the file, column, value, rows and fix', async () => {
    const { entry, summary } = await build(LONG, {}, false);
    expect(summary.areas.code).toContain('Unknown');
    expect(entry.quality.notPlaced).toBeUndefined();
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'areaPlaceholder',
      dataset: 'cases',
      file: 'cases.csv',
      column: 'area',
      value: 'Unknown',
      rows: 14,
      layer: false,
    });
    expect(entry.quality.warnings.join('\n')).toMatch(
      /cases\.csv: 14 rows have "Unknown" in area column "area".*datasets\[cases\]\.unplacedValues \(unplacedValues: \["Unknown"\]\)/,
    );
  });

  it('with a layer, warns of a placeholder rejected as an unknown code, but not of a code the layer has', async () => {
    const csv = ['date,area,count', ...days.flatMap((d) => [`${d},D1,1`, `${d},Onbekend,3`])].join('\n');
    const { entry } = await build(csv, {});
    expect(entry.quality).toMatchObject({ rejected: 14 });
    expect(entry.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'areaPlaceholder', value: 'Onbekend', rows: 14, layer: true }),
    );
    expect(entry.quality.warnings.join('\n')).toMatch(/rejected as an unknown area code/);
  });

  it('accepts an indicator row of no area and keeps it out of every area and benchmark', async () => {
    const dir = tempDir('atlas-unplaced-ind-');
    writeFileSync(join(dir, 'districts.geojson'), districts);
    writeFileSync(join(dir, 'rates.csv'), 'area,year,rate\nD1,2023,10\nD2,2023,20\nNA,2023,90\n');
    const config = {
      site: { title: 'No area', council: 'Test' },
      areaLayers: {
        districts: { label: 'Districts', file: 'districts.geojson', codeProperty: 'code', nameProperty: 'name' },
      },
      datasets: [
        {
          id: 'rates',
          kind: 'indicator',
          title: 'Rates',
          file: 'rates.csv',
          columns: { area: 'area', period: 'year', value: 'rate' },
          join: { by: 'code', layer: 'districts' },
          unplacedValues: ['NA'],
          source: { publisher: 'Test', licence: 'CC0' },
        },
      ],
    };
    writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
    const dataDir = join(dir, 'out');
    const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
    const entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    expect(entry.quality).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0, notPlaced: 1 });
    const figures = JSON.parse(
      readFileSync(join(dataDir, entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? ''), 'utf8'),
    ) as { areas: { code: string }[] };
    expect(figures.areas.map((a) => a.code)).toEqual(['D1', 'D2']);
  });
});
