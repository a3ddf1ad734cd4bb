/**
 * National-scale sections of `npm run bench`: generated inputs well beyond one council
 * (tests/bench/generate-national.ts) built as a council would build them, reporting build time,
 * peak RSS, output size, page count and the largest page, and the data a view downloads.
 *
 * - 3,000-area cases site: data step and site build (every page), dist/ size, largest page.
 * - 100,000 asset points: data step and site build with `assetPages` "none" and "vacant" (a page
 *   per asset is 100,000 pages; see README), and on the "none" site the land map taking over the
 *   estate in Chromium (tests/bench/estate-takeover.ts).
 * - ~35,000 small-area polygons: data step only; the boundary file, the tiles and overview, and
 *   what a MapLibre map fed by the tile source fetches per view in Chromium (tests/bench/tile-views.ts).
 *
 *   npx tsx tests/bench/national-scale.ts [--skip-site]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Manifest } from '../../src/lib/manifest.ts';
import { htmlPageSizes, PAGE_BUDGET_BYTES } from '../e2e/harness/page-sizes.ts';
import { generateAssetPoints, generateNationalCases, generateSmallAreas } from './generate-national.ts';
import { measureTileViews, printTileViews, type TileViewFigures } from './tile-views.ts';
import { measureEstateTakeover, printEstateTakeover, type TakeoverFigures } from './estate-takeover.ts';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.atlas/bench');
const inputs = join(work, 'national');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

export interface StepFigures {
  seconds: number;
  /** Peak resident set size of the step's process, MB (null where it cannot be read). */
  peakRssMb: number | null;
}

export interface NationalFigures {
  name: string;
  rows: number;
  data: StepFigures;
  dataMb: number;
  site?: StepFigures & {
    distMb: number;
    pages: number;
    largestPage: string;
    largestPageKb: number;
    pagesOverBudget: number;
  };
  /** The largest single file a view fetches, brotli, KB (boundaries or estate). */
  largestViewFile?: { file: string; brotliKb: number };
  /** Tiled boundaries per zoom level: tile count and the heaviest 1280 x 900 view, brotli KB. */
  tileViews?: { zoom: number; tiles: number; viewBrotliKb: number; largestTileKb: number }[];
  /** The overview file views below the first tile level fetch, brotli KB. */
  overviewBrotliKb?: number;
  /** What MapLibre fed by the site's tile source fetched per view, in Chromium (tests/bench/tile-views.ts). */
  browserViews?: TileViewFigures[];
  /** The land page's map taking over the estate, in Chromium (tests/bench/estate-takeover.ts). */
  takeover?: TakeoverFigures[];
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const brotliKb = (file: string) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024;

/** The data step in a fresh Node process (measure-child.ts reports its own time and peak RSS). */
function dataStep(config: string, dataDir: string, heapMb: number): { rows: number; step: StepFigures } {
  rmSync(dataDir, { recursive: true, force: true });
  const out = execFileSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, tsxCli, join(root, 'tests/bench/measure-child.ts'), config, dataDir],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const m = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { rows: number; seconds: number; peakRssMb: number };
  return { rows: m.rows, step: { seconds: m.seconds, peakRssMb: m.peakRssMb } };
}

/** The Astro build of `dataDir` into `siteDir`, timed; peak RSS from /usr/bin/time when the machine has it. */
function siteBuild(config: string, dataDir: string, siteDir: string): StepFigures {
  const env = {
    ...process.env,
    ATLAS_CONFIG: config,
    ATLAS_DATA_DIR: dataDir,
    ATLAS_SITE_DIR: siteDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const args = [join(root, 'src/tools/astro.mjs'), 'build'];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`site build of ${config} failed:\n${(r.stderr ?? '').slice(-4000)}`);
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr ?? '');
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : null };
}

/** The 3,000-area cases site: data step, then (unless `skipSite`) the whole site. */
export async function benchNationalCases(skipSite = false): Promise<NationalFigures> {
  if (!existsSync(join(inputs, 'cases.csv'))) await generateNationalCases(inputs);
  const config = join(root, 'tests/bench/configs/national-cases.config.ts');
  const dataDir = join(work, 'national-cases-data');
  const { rows, step } = dataStep(config, dataDir, 256);
  const figures: NationalFigures = { name: 'national-cases', rows, data: step, dataMb: folderBytes(dataDir) / 1e6 };
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const boundaries = manifest.layers.map((l) => join(dataDir, l.files.boundaries));
  const largest = boundaries
    .map((f) => ({ file: f, brotliKb: brotliKb(f) }))
    .sort((a, b) => b.brotliKb - a.brotliKb)[0];
  if (largest) figures.largestViewFile = largest;
  if (skipSite) return figures;
  const siteDir = join(work, 'national-cases-site');
  rmSync(siteDir, { recursive: true, force: true });
  const site = siteBuild(config, dataDir, siteDir);
  const pages = htmlPageSizes(siteDir);
  figures.site = {
    ...site,
    distMb: folderBytes(siteDir) / 1e6,
    pages: pages.length,
    largestPage: pages[0]?.page ?? '',
    largestPageKb: (pages[0]?.bytes ?? 0) / 1024,
    pagesOverBudget: pages.filter((p) => p.bytes > PAGE_BUDGET_BYTES).length,
  };
  return figures;
}

/**
 * 100,000 asset points: the data step (placing every point in an area), the estate file the map
 * fetches and, unless `skipSite`, the site built with `assetPages` set to `pages` (a page per
 * record, "all", is about 100,000 pages: hours on 2 cores, so the bench builds "none" and one
 * category and the README gives the per-page cost).
 */
export async function benchAssetPoints(skipSite = false, pages = 'none'): Promise<NationalFigures> {
  if (!existsSync(join(inputs, 'assets.csv'))) await generateAssetPoints(inputs);
  const config = join(root, 'tests/bench/configs/national-assets.config.ts');
  const dataDir = join(work, `national-assets-data-${pages}`);
  // The config reads assetPages from here, in the data step's process and the site build's.
  process.env['ATLAS_BENCH_ASSET_PAGES'] = pages;
  const { rows, step } = dataStep(config, dataDir, 2048);
  const figures: NationalFigures = {
    name: `assets-100k (assetPages ${pages})`,
    rows,
    data: step,
    dataMb: folderBytes(dataDir) / 1e6,
  };
  const json = readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && e.name !== 'manifest.json')
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (json) figures.largestViewFile = { file: json, brotliKb: brotliKb(json) };
  if (!skipSite) {
    const siteDir = join(work, `national-assets-site-${pages}`);
    rmSync(siteDir, { recursive: true, force: true });
    const site = siteBuild(config, dataDir, siteDir);
    const built = htmlPageSizes(siteDir);
    figures.site = {
      ...site,
      distMb: folderBytes(siteDir) / 1e6,
      pages: built.length,
      largestPage: built[0]?.page ?? '',
      largestPageKb: (built[0]?.bytes ?? 0) / 1024,
      pagesOverBudget: built.filter((p) => p.bytes > PAGE_BUDGET_BYTES).length,
    };
    // The land page is the same whichever records have pages: measured once.
    if (pages === 'none') figures.takeover = await measureEstateTakeover(siteDir);
  }
  delete process.env['ATLAS_BENCH_ASSET_PAGES'];
  return figures;
}

/** ~35,000 small-area polygons: the data step and the boundary file a map view of them fetches. */
export async function benchSmallAreas(): Promise<NationalFigures> {
  if (!existsSync(join(inputs, 'small-areas.geojson'))) await generateSmallAreas(inputs);
  const config = join(root, 'tests/bench/configs/small-areas.config.ts');
  const dataDir = join(work, 'small-areas-data');
  const { rows, step } = dataStep(config, dataDir, 2048);
  const figures: NationalFigures = { name: 'small-areas-35k', rows, data: step, dataMb: folderBytes(dataDir) / 1e6 };
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const file = manifest.layers[0] ? join(dataDir, manifest.layers[0].files.boundaries) : null;
  if (file) figures.largestViewFile = { file, brotliKb: brotliKb(file) };
  figures.tileViews = (manifest.layers[0]?.files.boundaryTiles ?? []).map((level) => {
    const read = (path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as Record<string, string>;
    // The index is split by parent tile; every part together names every tile of the level.
    const index: Record<string, string> = Object.assign({}, ...Object.values(read(level.index)).map(read));
    return { zoom: level.zoom, tiles: Object.keys(index).length, ...densestView(dataDir, index) };
  });
  const overview = manifest.layers[0]?.files.boundaryOverview;
  if (overview) figures.overviewBrotliKb = brotliKb(join(dataDir, overview));
  if (overview) figures.browserViews = await measureTileViews(dataDir);
  return figures;
}

/**
 * The view of 1280 x 900 pixels at a level's own zoom (4 x 3 tiles of 512 pixels at most) around
 * its largest tile: every tile of that window, brotli-compressed, added up.
 */
function densestView(dataDir: string, index: Record<string, string>): { viewBrotliKb: number; largestTileKb: number } {
  const [largest] = Object.entries(index).sort(
    ([, a], [, b]) => statSync(join(dataDir, b)).size - statSync(join(dataDir, a)).size,
  );
  if (!largest) return { viewBrotliKb: 0, largestTileKb: 0 };
  const [x, y] = largest[0].split('/').map(Number) as [number, number];
  let best = 0;
  // Every 4 x 3 window that holds the largest tile; the heaviest is the view reported.
  for (let ox = -3; ox <= 0; ox++)
    for (let oy = -2; oy <= 0; oy++) {
      let kb = 0;
      for (let dx = 0; dx < 4; dx++)
        for (let dy = 0; dy < 3; dy++) {
          const tile = index[`${x + ox + dx}/${y + oy + dy}`];
          if (tile) kb += brotliKb(join(dataDir, tile));
        }
      best = Math.max(best, kb);
    }
  return { viewBrotliKb: best, largestTileKb: brotliKb(join(dataDir, largest[1])) };
}

/** One line per figure set, as `npm run bench` prints them. */
export function printNational(f: NationalFigures): void {
  const rss = (s: StepFigures) => (s.peakRssMb === null ? 'n/a' : `${s.peakRssMb.toFixed(0)} MB`);
  console.log(
    `${f.name.padEnd(16)} ${f.rows.toLocaleString('en-GB').padStart(10)} rows  data step ${f.data.seconds.toFixed(1)} s, peak RSS ${rss(f.data)}, output ${f.dataMb.toFixed(1)} MB`,
  );
  if (f.largestViewFile)
    console.log(
      `${''.padEnd(16)} largest file a view fetches: ${f.largestViewFile.file.slice(root.length + 1)} ${f.largestViewFile.brotliKb.toFixed(1)} KB brotli`,
    );
  for (const t of f.tileViews ?? [])
    console.log(
      `${''.padEnd(16)} tiles at zoom ${t.zoom}: ${t.tiles.toLocaleString('en-GB')} tiles, largest ${t.largestTileKb.toFixed(1)} KB, heaviest 1280x900 view ${t.viewBrotliKb.toFixed(1)} KB brotli`,
    );
  if (f.overviewBrotliKb !== undefined)
    console.log(`${''.padEnd(16)} overview below the first tile zoom: ${f.overviewBrotliKb.toFixed(1)} KB brotli`);
  if (f.browserViews) printTileViews(f.browserViews);
  if (f.site)
    console.log(
      `${''.padEnd(16)} site build ${f.site.seconds.toFixed(0)} s, peak RSS ${rss(f.site)}, dist ${f.site.distMb.toFixed(0)} MB, ` +
        `${f.site.pages.toLocaleString('en-GB')} pages, largest ${f.site.largestPage} ${f.site.largestPageKb.toFixed(0)} KB, ` +
        `${f.site.pagesOverBudget} over ${PAGE_BUDGET_BYTES / 1024} KB`,
    );
  if (f.takeover) printEstateTakeover(f.takeover);
}

/** Every national section in turn (the cases site build takes many minutes on 2 cores). */
export async function benchNational(skipSite = false): Promise<Record<string, NationalFigures>> {
  const out: Record<string, NationalFigures> = {};
  for (const run of [
    () => benchNationalCases(skipSite),
    () => benchAssetPoints(skipSite, 'none'),
    () => benchAssetPoints(skipSite, 'vacant'),
    benchSmallAreas,
  ]) {
    const f = await run();
    printNational(f);
    out[f.name] = f;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchNational(process.argv.includes('--skip-site'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}
