/**
 * Deterministic national-scale inputs for `npm run bench` and the page-weight e2e test, written
 * under `.atlas/bench/` (never committed): a 3,000-area cases site (areas, regions, population,
 * daily counts), 100,000 asset points over the same areas, and ~35,000 small-area polygons.
 * Every figure comes from a hash of its indices, so two runs write byte-identical files.
 *
 *   npx tsx tests/bench/generate-national.ts [outDir]
 */
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { gridCells, hash, writeGridGeoJson, writeRegionsGeoJson, type GridOptions } from './generate-grid-areas.ts';

/** 60 x 50 = 3,000 areas over a made-up country, in 25 regions. */
export const NATIONAL_GRID: GridOptions = {
  cols: 60,
  rows: 50,
  bbox: [-8, 40, 12, 55],
  prefix: 'N',
  regionsPerSide: 5,
  edgePoints: 2,
};

/** 200 x 175 = 35,000 small areas (LSOA-like: ~1,500 people each) over the same country. */
export const SMALL_AREA_GRID: GridOptions = {
  cols: 200,
  rows: 175,
  bbox: [-8, 40, 12, 55],
  prefix: 'S',
  regionsPerSide: 5,
  edgePoints: 3,
};

export const NATIONAL_DAYS = 120;
export const ASSET_POINTS = 100_000;

async function writeLines(path: string, header: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  let chunk = `${header}\n`;
  for (const line of lines) {
    chunk += `${line}\n`;
    n++;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
  return n;
}

/** Daily counts per area: a winter wave whose timing and height vary by area. */
function* caseLines(days: number): Generator<string> {
  const cells = gridCells(NATIONAL_GRID);
  const start = Date.UTC(2025, 0, 1);
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const peak = 40 + (hash(i, 21) % 40);
      const height = (cell.population / 1e5) * (20 + (hash(i, 22) % 80));
      const expected = height * Math.exp(-(((d - peak) / 18) ** 2)) + 0.3;
      const count = Math.floor(expected + (hash(i, d, 23) % 1000) / 1000);
      yield `${date},${cell.code},${count}`;
    }
  }
}

export interface NationalCasesFiles {
  dir: string;
  areas: number;
  rows: number;
}

/** The 3,000-area cases inputs in `dir`: areas.geojson, regions.geojson, population.csv, cases.csv. */
export async function generateNationalCases(dir: string): Promise<NationalCasesFiles> {
  mkdirSync(dir, { recursive: true });
  const areas = await writeGridGeoJson(join(dir, 'areas.geojson'), NATIONAL_GRID);
  await writeRegionsGeoJson(join(dir, 'regions.geojson'), NATIONAL_GRID);
  await writeLines(
    join(dir, 'population.csv'),
    'area_code,population',
    gridCells(NATIONAL_GRID).map((c) => `${c.code},${c.population}`),
  );
  const rows = await writeLines(join(dir, 'cases.csv'), 'date,area_code,cases', caseLines(NATIONAL_DAYS));
  return { dir, areas, rows };
}

const STATUSES = ['Occupied', 'Occupied', 'Occupied', 'Occupied', 'Vacant', 'Under-used', 'Unknown'];
const KINDS = ['Land', 'Building', 'Land and building'];

/** `n` asset points spread over the national grid's areas, clustered around a few towns per region. */
function* assetLines(n: number): Generator<string> {
  const [w, s, e, north] = NATIONAL_GRID.bbox;
  for (let i = 0; i < n; i++) {
    // Half the points near one of 200 town centres, half anywhere: dense clusters and sparse country.
    const town = hash(i, 31) % 200;
    const near = hash(i, 32) % 2 === 0;
    const tx = w + ((hash(town, 33) % 10_000) / 10_000) * (e - w);
    const ty = s + ((hash(town, 34) % 10_000) / 10_000) * (north - s);
    const ux = (hash(i, 35) % 1_000_000) / 1_000_000;
    const uy = (hash(i, 36) % 1_000_000) / 1_000_000;
    const lon = near ? tx + (ux - 0.5) * 0.3 : w + ux * (e - w);
    const lat = near ? ty + (uy - 0.5) * 0.2 : s + uy * (north - s);
    const status = STATUSES[hash(i, 37) % STATUSES.length] ?? 'Unknown';
    const kind = KINDS[hash(i, 38) % KINDS.length] ?? 'Land';
    const size = ((hash(i, 39) % 5000) / 1000).toFixed(2);
    const ref = `G${String(i + 1).padStart(6, '0')}`;
    yield `${ref},"${i + 1} Generated Street, Town ${town + 1}",${lon.toFixed(6)},${lat.toFixed(6)},${kind},Freehold,${status},${size}`;
  }
}

/** `n` asset points in `dir`/assets.csv, over the national areas (which it also writes). */
export async function generateAssetPoints(dir: string, n = ASSET_POINTS): Promise<{ dir: string; rows: number }> {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'areas.geojson'))) await writeGridGeoJson(join(dir, 'areas.geojson'), NATIONAL_GRID);
  const rows = await writeLines(
    join(dir, 'assets.csv'),
    'asset_ref,address,longitude,latitude,holding_type,tenure,occupancy,site_area_ha',
    assetLines(n),
  );
  return { dir, rows };
}

/** ~35,000 small-area polygons in `dir`/small-areas.geojson, with one indicator value per area. */
export async function generateSmallAreas(dir: string): Promise<{ dir: string; areas: number }> {
  mkdirSync(dir, { recursive: true });
  const areas = await writeGridGeoJson(join(dir, 'small-areas.geojson'), SMALL_AREA_GRID);
  await writeLines(
    join(dir, 'small-area-values.csv'),
    'area_code,period,value',
    gridCells(SMALL_AREA_GRID).map((c, i) => `${c.code},2025,${(20 + (hash(i, 41) % 600) / 10).toFixed(1)}`),
  );
  return { dir, areas };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? '.atlas/bench/national');
  const cases = await generateNationalCases(out);
  const assets = await generateAssetPoints(out);
  const small = await generateSmallAreas(out);
  writeFileSync(
    join(out, 'README.txt'),
    'Generated by tests/bench/generate-national.ts: fictional, not real places.\n',
  );
  console.log(
    `${out}: ${cases.areas} areas, ${cases.rows} case rows, ${assets.rows} assets, ${small.areas} small areas`,
  );
}
