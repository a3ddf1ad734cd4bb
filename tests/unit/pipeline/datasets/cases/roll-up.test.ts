/**
 * Roll-ups through the whole data step on a tiny made-up geography: five districts
 * (one, U1, is also a county-level area), three parents, and a lookup file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../../../../src/lib/cases-files.ts';
import { tempDirs } from '../../../temp-dirs.ts';

const tempDir = tempDirs();

const rect = (x: number, width = 1): object => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + width, 0],
      [x + width, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
// Districts are unit squares side by side; each county covers its districts exactly.
const layer = (areas: [code: string, name: string, parent?: string][], widths?: number[]): string =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map(([code, name, parent], i) => ({
      type: 'Feature',
      properties: { code, name, ...(parent ? { parent } : {}) },
      geometry: widths
        ? rect(
            widths.slice(0, i).reduce((a, w) => a + w, 0),
            widths[i],
          )
        : rect(i),
    })),
  });

function project(rollUp: object[], parentProperty = false): string {
  const dir = tempDir('atlas-rollup-');
  writeFileSync(
    join(dir, 'districts.geojson'),
    layer([
      ['D1', 'Dale', 'C1'],
      ['D2', 'Down', 'C1'],
      ['D4', 'Fen', 'C2'],
      ['D5', 'Fell', 'C2'],
      ['U1', 'Unity'],
    ]),
  );
  writeFileSync(
    join(dir, 'counties.geojson'),
    layer(
      [
        ['C1', 'Northshire'],
        ['C2', 'Southshire'],
        ['U1', 'Unity'],
      ],
      [2, 2, 1],
    ),
  );
  writeFileSync(join(dir, 'population.csv'), 'code,population\nD1,1000\nD2,3000\nD4,200\nD5,100\nU1,500\n');
  writeFileSync(join(dir, 'lookup.csv'), 'district,county\nD1,C1\nD2,C1\nD4,C2\nD5,C2\n,C1\n');
  writeFileSync(
    join(dir, 'cases.csv'),
    'date,area,count\n2024-01-01,D1,1\n2024-01-02,D1,2\n2024-01-01,D2,3\n2024-01-01,U1,5\n2024-01-02,U1,6\n2024-01-01,D5,7\n2024-01-02,D5,8\n',
  );
  const config = {
    site: { title: 'Roll-up', council: 'Test' },
    areaLayers: {
      districts: {
        label: 'Districts',
        file: 'districts.geojson',
        codeProperty: 'code',
        nameProperty: 'name',
        ...(parentProperty ? { parentProperty: 'parent' } : {}),
        population: { file: 'population.csv', codeColumn: 'code', populationColumn: 'population' },
      },
      counties: { label: 'Counties', file: 'counties.geojson', codeProperty: 'code', nameProperty: 'name' },
    },
    datasets: [
      {
        id: 'cases',
        kind: 'cases',
        title: 'Cases',
        file: 'cases.csv',
        columns: { area: 'area', date: 'date', count: 'count' },
        join: { by: 'code', layer: 'districts' },
        rollUp,
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  return join(dir, 'atlas.config.json');
}

async function run(rollUp: object[], parentProperty = false): Promise<{ result: BuildResult; dir: string }> {
  const dir = tempDir('atlas-rollup-out-');
  const result = await buildData({ configPath: project(rollUp, parentProperty), dataDir: dir });
  return { result, dir };
}

function summaryOf(dir: string, entry: CasesDatasetEntry): CasesSummary {
  const metric = entry.metrics[0];
  return JSON.parse(readFileSync(join(dir, entry.files[metric?.summaryFile ?? ''] ?? ''), 'utf8')) as CasesSummary;
}

const lookup = { file: 'lookup.csv', childColumn: 'district', parentColumn: 'county' };

describe('cases roll-up', () => {
  it('writes a dataset per roll-up, summing children day by day, with the children’s population', async () => {
    const { result, dir } = await run([{ layer: 'counties', via: lookup }]);
    expect(result.manifest.datasets.map((d) => d.id)).toEqual(['cases', 'cases-counties']);
    const entry = result.manifest.datasets[1] as CasesDatasetEntry;
    // The data gives the parts, never English words: each page phrases "Cases by counties" in its language.
    expect(entry).toMatchObject({
      title: 'Cases',
      layer: 'counties',
      derivedFrom: 'cases',
      rollUp: { configuredTitle: false },
    });
    // The same rows, the same accounting.
    expect(entry.quality).toMatchObject({ rowsIn: 7, accepted: 7, rejected: 0 });
    const summary = summaryOf(dir, entry);
    expect(summary.areas.code).toEqual(['C1', 'C2', 'U1']);
    // Omitting partial parents, the summary has no partial sums to say.
    expect(summary.areas.partial).toBeUndefined();
    // Southshire has no figures: Fen (D4) has no data at all.
    expect(summary.areas.series[1]).toBeNull();
    expect(summary.areas.population).toEqual([4000, null, 500]);
    const series = (i: number): CasesSeries =>
      JSON.parse(readFileSync(join(dir, summary.areas.series[i] ?? ''), 'utf8')) as CasesSeries;
    // Northshire on 2 January: Down (D2) has no row, so the day is no data, not 2.
    expect(series(0).counts).toEqual([4, null]);
    expect(series(2).counts).toEqual([5, 6]);
  });

  it('says which children were missing, which stand for themselves and which lookup rows were not used', async () => {
    const { result } = await run([{ layer: 'counties', via: lookup }]);
    const warnings = result.manifest.datasets[1]?.quality.warnings ?? [];
    expect(warnings).toEqual([
      'Roll-up to counties: lookup.csv:6 district: child code is missing (""); the row is not used.',
      'Roll-up to counties: 1 of the districts is also one of the counties and stands for itself (U1).',
      'Roll-up to counties: 1 of the counties is left out because some of its districts have no data (set partial: "label" to show the sum of the others): Southshire (C2): no data for Fen (D4).',
      "Roll-up to counties: 1 parent-day has no figure because some of the parent's districts reported that day and others did not (Northshire).",
    ]);
    // Each is coded, so pages say it in their language.
    expect(result.manifest.datasets[1]?.quality.warningsCoded?.map((w) => w?.code)).toEqual([
      'rollUpRowNotUsed',
      'rollUpSelves',
      'rollUpOmitted',
      'rollUpGaps',
    ]);
    // The source dataset's own report is unchanged.
    expect(result.manifest.datasets[0]?.quality.warnings).toEqual([]);
  });

  it('with partial: "label", keeps a partial parent under its own name, saying in numbers how many of its areas are in', async () => {
    const { result, dir } = await run([{ layer: 'counties', via: 'parent', partial: 'label', id: 'by-county' }], true);
    const entry = result.manifest.datasets[1] as CasesDatasetEntry;
    expect(entry.id).toBe('by-county');
    const summary = summaryOf(dir, entry);
    // No English words in the data: the pages phrase the count in their language.
    expect(summary.areas.name).toEqual(['Northshire', 'Southshire', 'Unity']);
    expect(summary.areas.partial).toEqual([null, { counted: 1, of: 2 }, null]);
    expect(summary.areas.population).toEqual([4000, 100, 500]);
    const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
    const southshire = JSON.parse(read(summary.areas.series[1] ?? '')) as CasesSeries;
    expect(southshire).toMatchObject({ name: 'Southshire', partial: { counted: 1, of: 2 } });
    expect((JSON.parse(read(summary.areas.series[0] ?? '')) as CasesSeries).partial).toBeUndefined();
    expect(JSON.parse(read(summary.seriesIndex))).toMatchObject({
      name: ['Northshire', 'Southshire', 'Unity'],
      partial: [null, { counted: 1, of: 2 }, null],
    });
    // The monthly download says it in two columns of numbers, empty for a whole sum.
    expect(read(summary.monthly).split('\r\n').slice(0, 4)).toEqual([
      'area_code,area_name,month,total,days_reported,partial_counted,partial_of',
      'C1,Northshire,2024-01,4,1,,',
      'C2,Southshire,2024-01,15,2,1,2',
      'U1,Unity,2024-01,11,2,,',
    ]);
    expect(entry.quality.warnings).toContain(
      'Roll-up to counties: 1 of the counties is a partial sum, named with how many of its districts are in: Southshire (C2): no data for Fen (D4).',
    );
  });

  it('with via: "within", finds each district\'s county by a point inside it', async () => {
    const { result, dir } = await run([{ layer: 'counties', via: 'within', partial: 'label' }]);
    const entry = result.manifest.datasets[1] as CasesDatasetEntry;
    const summary = summaryOf(dir, entry);
    expect(summary.areas.name).toEqual(['Northshire', 'Southshire', 'Unity']);
    expect(summary.areas.partial).toEqual([null, { counted: 1, of: 2 }, null]);
    expect(summary.areas.population).toEqual([4000, 100, 500]);
    expect(entry.quality.warnings.some((w) => /stands? for/.test(w))).toBe(false);
  });

  it('refuses a roll-up by parent property when the layer has none, saying what to set', async () => {
    await expect(run([{ layer: 'counties', via: 'parent' }])).rejects.toThrow(
      /rollUp\[0\]\.via: "parent" needs areaLayers\.districts\.parentProperty/,
    );
  });
});
