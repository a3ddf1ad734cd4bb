/**
 * The ingest and geometry layer on real published data in ../shared/data (see its README).
 * Counts are exact, measured on those files; a fresh clone without the folder skips visibly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvFileInfo } from '../../src/pipeline/ingest/read-csv.ts';
import { readPopulation } from '../../src/pipeline/ingest/read-population.ts';
import { readAreaLayer } from '../../src/pipeline/ingest/read-boundaries.ts';
import { makeProjector, placePoint } from '../../src/pipeline/ingest/coordinates.ts';
import { createAreaIndex } from '../../src/pipeline/geo/area-index.ts';
import { simplifyBoundaries } from '../../src/pipeline/geo/simplify-boundaries.ts';
import type { AreaLayerConfig } from '../../src/pipeline/config/schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.resolve(root, '../shared/data');
const exists = fs.existsSync(DATA);
if (!exists) console.warn('skipping real-data tests: ../shared/data not found');

const auto = { encoding: 'auto', delimiter: 'auto' } as const;

/** Reads a file, keeping only the header and the rows `keep` asks for. */
async function scan(
  file: string,
  keep: (fields: string[], names: string[]) => boolean = () => false,
): Promise<{ info: CsvFileInfo; names: string[]; kept: number; lines: number[] }> {
  let names: string[] = [];
  let kept = 0;
  const lines: number[] = [];
  const info = await readCsv(path.join(DATA, file), auto, {
    header(n) {
      names = n;
    },
    row(fields, line, error) {
      if (error !== undefined) throw new Error(`${file}:${line}: ${error}`);
      if (lines.length < 1) lines.push(line);
      lines[1] = line;
      if (keep(fields, names)) kept++;
    },
  });
  return { info, names, kept, lines };
}

const ltla = (year: number): AreaLayerConfig => ({
  label: 'Local authorities',
  file: 'boundaries/uk_ons_boundaries_2014_2025.topo.json',
  format: 'auto',
  layer: 'ltla',
  codeProperty: 'areacd',
  nameProperty: 'areanm',
  vintage: { year, startProperty: 'start', endProperty: 'end' },
  aliases: {},
});

describe.skipIf(!exists)('real data: CSV files', () => {
  it('UK cases: 512,050 quoted rows, UTF-8, comma, exact first and last line', async () => {
    const r = await scan('disease/uk_ltla_covid19_cases_daily_2020-01-30_2023-12-13.csv');
    expect(r.info).toEqual({
      encoding: 'utf-8',
      encodingDetected: true,
      delimiter: ',',
      rows: 512_050,
      blankLines: 0,
      bytes: 29_016_491,
      warnings: [],
      notes: [],
    });
    expect(r.names).toEqual(['code', 'name', 'codetype', 'date', 'count', 'population']);
    expect(r.lines).toEqual([2, 512_051]);
  });

  it('NYT counties: 1,294,282 rows, 11,811 with a blank fips', async () => {
    const r = await scan('disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv', (f) => f[3] === '');
    expect(r.info).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 1_294_282, blankLines: 0, warnings: [] });
    expect(r.kept).toBe(11_811);
  });

  it('NLUD 2012: 8,860 rows, Mac Roman detected with a warning, 1,084 owned by a local authority', async () => {
    const r = await scan(
      'property/uk_nlud_previously_developed_land_sites_2012.csv',
      (f, names) => f[names.indexOf('owner')]?.trim() === 'Local Authority',
    );
    expect(r.info).toMatchObject({
      encoding: 'macintosh',
      encodingDetected: true,
      delimiter: ',',
      rows: 8_860,
      blankLines: 0,
    });
    expect(r.info.warnings).toEqual([
      'uk_nlud_previously_developed_land_sites_2012.csv is not valid UTF-8; read as Mac Roman (detected). Declare `encoding` in the config to silence this.',
    ]);
    expect(r.names.slice(0, 5)).toEqual(['site reference', 'la reference', 'start date', 'easting', 'northing']);
    expect(r.names.slice(-2)).toEqual(['column 31', 'column 32']);
    expect(r.kept).toBe(1_084);
    // The file ends its lines with CRLF but holds 206 lone CRs inside fields; they count as line
    // breaks, as editors show them, so the last row starts on line 8,861 + 206 = 9,067.
    expect(r.lines).toEqual([2, 9_067]);
  });

  it('NLUD 2012: decoded text has curly apostrophes and no replacement characters', async () => {
    const curly = await scan('property/uk_nlud_previously_developed_land_sites_2012.csv', (f) =>
      f.some((v) => v.includes('’')),
    );
    const broken = await scan('property/uk_nlud_previously_developed_land_sites_2012.csv', (f) =>
      f.some((v) => v.includes('\uFFFD')),
    );
    expect(curly.kept).toBe(3_427);
    expect(broken.kept).toBe(0);
  });

  it('Cheltenham land and assets register: 461 rows, 2 of them delimiter-only', async () => {
    const r = await scan('property/cheltenham_E07000078_land_and_assets_2023.csv');
    expect(r.info).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 461, blankLines: 0, warnings: [] });
  });

  it.each([
    ['083bcaab', 47, 'utf-8'],
    ['3b08e37c', 37, 'utf-8'],
    ['45e645b8', 56, 'windows-1252'],
    ['5ed5da3e', 128, 'utf-8'],
    ['66012b17', 4, 'utf-8'],
    ['a6f17c3b', 2, 'utf-8'],
    ['c0f874ac', 58, 'utf-8'],
    ['cd5ea36b', 38, 'utf-8'],
    ['f19782ae', 13, 'utf-8'],
  ])('brownfield register %s…: %i rows, comma, %s', async (prefix, rows, encoding) => {
    const dir = path.join(DATA, 'property/brownfield_registers');
    const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
    expect(file).toBeDefined();
    const r = await scan(`property/brownfield_registers/${file}`);
    expect(r.info).toMatchObject({ encoding, encodingDetected: true, delimiter: ',', rows, blankLines: 0 });
    if (encoding === 'utf-8') expect(r.info.warnings).toEqual([]);
    else expect(r.info.warnings[0]).toMatch(/is not valid UTF-8; read as Windows-1252 \(detected\)/);
  });

  it('all nine brownfield registers are covered above', () => {
    expect(
      fs.readdirSync(path.join(DATA, 'property/brownfield_registers')).filter((f) => f.endsWith('.csv')),
    ).toHaveLength(9);
  });
});

describe.skipIf(!exists)('real data: population and boundaries', () => {
  it('mid-2019 population: 398 codes, none rejected', async () => {
    const table = await readPopulation(
      {
        file: 'population/uk_population_mid2019_lad19.csv',
        encoding: 'auto',
        delimiter: 'auto',
        codeColumn: 'code',
        populationColumn: 'population',
      },
      DATA,
    );
    expect(table.info.rows).toBe(398);
    expect(table.byCode.size).toBe(398);
    expect(table.rejected).toEqual([]);
    expect(table.byCode.get('K02000001')).toBe(66_796_807);
  });

  it('ONS ltla layer: vintage 2019 has exactly 382 areas', async () => {
    const data = await readAreaLayer('ltla', ltla(2019), DATA);
    expect(data.features).toHaveLength(382);
    expect(data.warnings).toEqual([]);
    const codes = data.features.map((f) => f.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('E07000078');
    expect(codes).not.toContain('S12000049'); // 2019 code change: absent from this vintage
    expect(data.bbox[0]).toBeLessThan(-8);
    expect(data.bbox[3]).toBeGreaterThan(60);
  });

  it('places Cheltenham Town Hall (BNG) in Cheltenham (E07000078)', async () => {
    const data = await readAreaLayer('ltla', ltla(2019), DATA);
    const index = createAreaIndex(data.features);
    const placed = placePoint(394945, 222286, makeProjector('EPSG:27700'), data.bbox, true);
    expect(placed.ok).toBe(true);
    if (placed.ok) expect(data.features[index.locate(placed.lon, placed.lat)]?.code).toBe('E07000078');
  });

  it('simplified ltla 2019 boundaries are under 250 KB of JSON with every area kept', async () => {
    const data = await readAreaLayer('ltla', ltla(2019), DATA);
    const fc = simplifyBoundaries(data.features);
    expect(fc.features.map((f) => f.properties?.['code'])).toEqual(data.features.map((f) => f.code));
    expect(JSON.stringify(fc).length).toBeLessThan(250_000);
  });
});
