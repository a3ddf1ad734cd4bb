/**
 * Rows of no area (`unplacedValues`) in a roll-up: with `columns.parent` naming each row's parent,
 * a parent's figures are the sum of its areas plus its own rows of no area (its rate still its
 * areas' alone); without it, the roll-up warns once that its parents leave them out. Expected
 * figures are summed here from the fixture's rows, not by the pipeline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../../../../src/lib/cases-files.ts';
import { tempDirs } from '../../../temp-dirs.ts';

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
const layer = (areas: [string, string][]): string =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map(([code, name], i) => ({
      type: 'Feature',
      properties: { code, name },
      geometry: square(i),
    })),
  });

const COUNTY_OF: Record<string, string> = { D1: 'C1', D2: 'C1', D4: 'C2', D5: 'C2' };
const POPULATION: Record<string, number> = { D1: 1000, D2: 3000, D4: 200, D5: 100 };

/** A week of rows: every district each day; "Unknown" rows naming their county by name, by code, or a place that is none. */
function casesCsv(): string {
  const rows = ['date,area,state,count'];
  for (let d = 1; d <= 7; d++) {
    const date = `2024-01-0${d}`;
    rows.push(`${date},D1,Northshire,${d}`, `${date},D2,Northshire,${2 * d}`);
    rows.push(`${date},D4,Southshire,3`, `${date},D5,Southshire,1`);
    rows.push(`${date},Unknown,Northshire,5`);
    if (d === 2) rows.push(`${date},Unknown,Northshire,5`);
    if (d % 2 === 1) rows.push(`${date},unknown,C2,2`);
  }
  rows.push('2024-01-07,Unknown,Atlantis,4');
  return `${rows.join('\n')}\n`;
}

/** The fixture's rows as the test reads them: county (of the area, or the row's own for "Unknown"), count. */
function expected(csv: string): { areas: Map<string, number>; unplaced: Map<string, number>; all: number } {
  const areas = new Map<string, number>();
  const unplaced = new Map<string, number>();
  let all = 0;
  for (const line of csv.trim().split('\n').slice(1)) {
    const [, area = '', state = '', count = ''] = line.split(',');
    const n = Number(count);
    all += n;
    const county = COUNTY_OF[area];
    if (county !== undefined) areas.set(county, (areas.get(county) ?? 0) + n);
    else {
      const parent = state === 'Northshire' ? 'C1' : state;
      unplaced.set(parent, (unplaced.get(parent) ?? 0) + n);
    }
  }
  return { areas, unplaced, all };
}

async function build(parentColumn: boolean): Promise<{
  entries: CasesDatasetEntry[];
  summary: CasesSummary;
  read: <T>(path: string) => T;
}> {
  const dir = tempDir('atlas-np-');
  writeFileSync(
    join(dir, 'districts.geojson'),
    layer([
      ['D1', 'Dale'],
      ['D2', 'Down'],
      ['D4', 'Fen'],
      ['D5', 'Fell'],
    ]),
  );
  writeFileSync(
    join(dir, 'counties.geojson'),
    layer([
      ['C1', 'Northshire'],
      ['C2', 'Southshire'],
    ]),
  );
  writeFileSync(
    join(dir, 'population.csv'),
    `code,population\n${Object.entries(POPULATION)
      .map(([c, p]) => `${c},${p}`)
      .join('\n')}\n`,
  );
  writeFileSync(join(dir, 'lookup.csv'), 'district,county\nD1,C1\nD2,C1\nD4,C2\nD5,C2\n');
  writeFileSync(join(dir, 'cases.csv'), casesCsv());
  const config = {
    site: { title: 'Not placed', council: 'Test' },
    areaLayers: {
      districts: {
        label: 'Districts',
        file: 'districts.geojson',
        codeProperty: 'code',
        nameProperty: 'name',
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
        columns: { area: 'area', date: 'date', count: 'count', ...(parentColumn ? { parent: 'state' } : {}) },
        join: { by: 'code', layer: 'districts' },
        unplacedValues: ['Unknown'],
        rollUp: [{ layer: 'counties', via: { file: 'lookup.csv', childColumn: 'district', parentColumn: 'county' } }],
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const out = tempDir('atlas-np-out-');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir: out });
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
  const entries = result.manifest.datasets as CasesDatasetEntry[];
  const rolled = entries[1] as CasesDatasetEntry;
  return { entries, summary: read<CasesSummary>(rolled.files[rolled.metrics[0]?.summaryFile ?? ''] ?? ''), read };
}

describe('rows of no area in a roll-up', () => {
  it('with columns.parent, gives each parent the sum of its areas plus its own rows of no area, its rate its areas’ alone', async () => {
    const csv = casesCsv();
    const want = expected(csv);
    const { entries, summary, read } = await build(true);
    const rows = csv.trim().split('\n').length - 1;
    // Every row is accepted: the one whose parent is no county still counts in the total of all areas.
    expect(entries[0]?.quality).toMatchObject({ rowsIn: rows, accepted: rows, rejected: 0 });
    expect(entries[1]?.quality).toMatchObject({ rowsIn: rows, accepted: rows, rejected: 0 });
    const a = summary.areas;
    expect(a.code).toEqual(['C1', 'C2']);
    a.code.forEach((code, j) => {
      const areas = want.areas.get(code) ?? 0;
      const own = want.unplaced.get(code) ?? 0;
      expect(a.latest[j], code).toBe(areas + own);
      expect(a.notPlaced?.[j], code).toBe(own);
      const people = Object.keys(POPULATION)
        .filter((d) => COUNTY_OF[d] === code)
        .reduce((sum, d) => sum + (POPULATION[d] ?? 0), 0);
      expect(a.population[j], code).toBe(people);
      expect(a.rate[j], code).toBe(Math.round((areas / people) * 1e6) / 10);
    });
    // The trend too: Northshire's first day is Dale 1 + Down 2 + its Unknown 5; its second has two Unknown rows.
    const north = read<CasesSeries>(a.series[0] ?? '');
    expect(north.counts.slice(0, 2)).toEqual([1 + 2 + 5, 2 + 4 + 10]);
    // The total of all parents counts every row once, Atlantis's too, as the source dataset's total does.
    expect(summary.total.figures.latest).toBe(want.all);
    expect(summary.total.notPlaced).toBe([...want.unplaced.values()].reduce((s, n) => s + n, 0));
    const source = read<CasesSummary>(entries[0]?.files[entries[0]?.metrics[0]?.summaryFile ?? ''] ?? '');
    expect(source.total.figures.latest).toBe(want.all);
    // Rates and ranks are unchanged by the rows of no area: the total's rate divides the areas' cases.
    expect(summary.total.figures.rate).toBe(source.total.figures.rate);
  });

  it('warns of a parent value that is no parent area, with its file, line and column and the fix', async () => {
    const { entries } = await build(true);
    const warnings = entries[1]?.quality.warnings ?? [];
    expect(warnings).toEqual([
      'Roll-up to counties: 1 row not placed in an area names in column "state" a parent that is none of the counties: "Atlantis" (cases.csv:42, 1 row); it counts in the total of all areas and in no parent\'s figures. Write the parent\'s code or name as layer "counties" has it, or give the value the parent\'s code in areaLayers.counties.aliases.',
    ]);
    expect(entries[1]?.quality.warningsCoded?.[0]).toMatchObject({
      code: 'rollUpParentUnknown',
      column: 'state',
      items: [
        {
          value: 'Atlantis',
          file: 'cases.csv',
          line:
            casesCsv()
              .split('\n')
              .findIndex((l) => l.includes('Atlantis')) + 1,
          rows: 1,
        },
      ],
    });
    expect(entries[0]?.quality.warnings).toEqual([]);
  });

  it('without columns.parent, leaves them out of every parent and says so once, naming the setting', async () => {
    const csv = casesCsv();
    const want = expected(csv);
    const { entries, summary } = await build(false);
    const unplacedRows = csv.split('\n').filter((l) => /,unknown,/i.test(l)).length;
    expect(entries[1]?.quality.warnings).toEqual([
      `Roll-up to counties: ${unplacedRows} rows not placed in an area (unplacedValues) are counted in the total of all areas but in no parent's figures, as no column says which parent they belong to: each parent's total leaves them out. Set datasets[cases].columns.parent to the file's column that names each row's parent (such as "state") to add them to their parent's figures.`,
    ]);
    expect(summary.areas.latest).toEqual([want.areas.get('C1'), want.areas.get('C2')]);
    expect(summary.areas.notPlaced).toBeUndefined();
    expect(summary.total.figures.latest).toBe(want.all);
  });
});
