/**
 * What a map view of a tiled layer downloads, measured in Chromium: a 1280 x 900 MapLibre map fed
 * by the site's tile source (tests/bench/tile-view-page.ts) is opened at each view on a fresh page,
 * every file it fetches from the data folder is recorded, and the view's bytes are those files
 * brotli-compressed (quality 11, as a host pre-compresses them), added up. Views: below the first
 * tile zoom (the overview), and at and between the tile levels, centred on each level's largest tile.
 *
 *   npx tsx tests/bench/tile-views.ts [dataDir]   (default .atlas/bench/small-areas-data)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import type { Manifest } from '../../src/lib/manifest.ts';
import { latitudeOf } from '../../src/lib/geo/mercator-frame.ts';
import type { TiledBoundaryUrls } from '../../src/lib/geo/tile-view.ts';
import { launchBrowser } from '../e2e/harness/browser.ts';

const root = resolve(import.meta.dirname, '../..');

export interface TileViewFigures {
  label: string;
  zoom: number;
  center: [number, number];
  /** The level drawn: a tile zoom, or null for the overview. */
  level: number | null;
  features: number;
  /** Data files fetched (paths under the data folder), and their brotli total in KB. */
  files: string[];
  brotliKb: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** A file under `dir` for a URL path below it, or null (never outside `dir`). */
function inside(dir: string, rel: string): string | null {
  const file = resolve(dir, `.${sep}${decodeURIComponent(rel)}`);
  return file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

const brotliBytes = (file: string) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Centre [lon, lat] of tile "x/y" at `zoom`. */
function tileCentre(key: string, zoom: number): [number, number] {
  const [x = 0, y = 0] = key.split('/').map(Number);
  const n = 2 ** zoom;
  return [((x + 0.5) / n) * 360 - 180, latitudeOf((y + 0.5) / n)];
}

/** Per-view downloads of the first tiled layer in `dataDir` (a data step's output). */
export async function measureTileViews(dataDir: string): Promise<TileViewFigures[]> {
  const data = resolve(dataDir);
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
  const layer = manifest.layers.find((l) => l.files.boundaryTiles && l.files.boundaryOverview);
  const levels = layer?.files.boundaryTiles ?? [];
  if (!layer || !layer.files.boundaryOverview || levels.length === 0)
    throw new Error(`measureTileViews: ${dataDir} has no tiled layer (more than 5,000 areas)`);
  const urls: TiledBoundaryUrls = {
    overview: `/data/${layer.files.boundaryOverview}`,
    levels: levels.map((l) => ({ zoom: l.zoom, shardZoom: l.shardZoom, index: `/data/${l.index}` })),
    dataBase: '/data/',
  };
  const read = (path: string) => JSON.parse(readFileSync(join(data, path), 'utf8')) as Record<string, string>;
  const largest = (index: string) => {
    const tiles: Record<string, string> = Object.assign({}, ...Object.values(read(index)).map(read));
    return Object.entries(tiles).sort(
      ([, a], [, b]) => statSync(join(data, b)).size - statSync(join(data, a)).size,
    )[0]?.[0];
  };
  const [w, s, e, n] = layer.view;
  const middle: [number, number] = [(w + e) / 2, (s + n) / 2];
  const first = levels[0]?.zoom ?? 0;
  const views: { label: string; zoom: number; center: [number, number] }[] = [
    { label: 'whole layer', zoom: Math.max(0, first - 3), center: middle },
    { label: 'overview, one zoom below the first level', zoom: first - 1, center: middle },
  ];
  for (const [i, level] of levels.entries()) {
    const key = largest(level.index) ?? '0/0';
    const center = tileCentre(key, level.zoom);
    views.push({ label: `level ${level.zoom}, at its largest tile`, zoom: level.zoom, center });
    const next = levels[i + 1]?.zoom;
    views.push({
      label: `between levels, largest tile of ${level.zoom}`,
      zoom: next === undefined ? level.zoom + 2 : (level.zoom + next) / 2,
      center,
    });
  }

  const bundle = await build({
    entryPoints: [join(root, 'tests/bench/tile-view-page.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const maplibreDir = join(createRequire(import.meta.url).resolve('maplibre-gl/package.json'), '..', 'dist');
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>body{margin:0}#map{width:1280px;height:900px}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibre from '/maplibre/maplibre-gl.mjs';
import { openView } from '/tile-view.js';
maplibre.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
window.openView = (urls, center, zoom) => openView(maplibre, document.getElementById('map'), urls, center, zoom);
window.ready = true;
</script></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith('/data/')
      ? inside(data, path.slice(6))
      : path.startsWith('/maplibre/')
        ? inside(maplibreDir, path.slice(10))
        : null;
    if (path === '/') res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(page);
    else if (path === '/tile-view.js') res.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(script);
    else if (file)
      res
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser({ webgl: true });
  const out: TileViewFigures[] = [];
  try {
    for (const view of views) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const fetched: string[] = [];
      tab.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin !== origin) throw new Error(`tile view requested another host: ${r.url()}`);
        if (url.pathname.startsWith('/data/')) fetched.push(url.pathname.slice(6));
      });
      await tab.goto(`${origin}/`);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      const drawn = await tab.evaluate(
        ([u, c, z]) =>
          (
            window as unknown as {
              openView(u: unknown, c: unknown, z: number): Promise<{ level: number | null; features: number }>;
            }
          ).openView(u, c, z),
        [urls, view.center, view.zoom] as const,
      );
      const files = [...new Set(fetched)].sort();
      const bytes = files.reduce((sum, f) => sum + brotliBytes(join(data, f)), 0);
      out.push({ ...view, ...drawn, files, brotliKb: bytes / 1024 });
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  return out;
}

/** One line per view, as the bench prints them. */
export function printTileViews(views: TileViewFigures[]): void {
  for (const v of views)
    console.log(
      `${''.padEnd(16)} view z${v.zoom} (${v.label}): ${v.level === null ? 'overview' : `level ${v.level}`}, ` +
        `${v.features.toLocaleString('en-GB')} shapes, ${v.files.length} files, ${v.brotliKb.toFixed(1)} KB brotli`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const views = await measureTileViews(process.argv[2] ?? join(root, '.atlas/bench/small-areas-data'));
  printTileViews(views);
}
