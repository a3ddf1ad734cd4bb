/**
 * Page weight of the disease pages of a built site: JavaScript each page type
 * loads up front (its module scripts and everything they import statically),
 * the chunks it may load later (Plot on first control change, MapLibre when the
 * map shows), and the data each view downloads, all brotli-compressed as a host
 * would serve them. Figures, not a timed benchmark.
 *
 *   npx tsx tests/bench/page-weight.ts [siteDir] [basePath]
 *
 * Defaults to dist/ and "/". Budgets (issue #3): 30 KB of JavaScript on pages
 * without a map, 50 KB of data per view.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { CasesDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { CasesSeriesIndex, CasesSummary } from '../../src/lib/cases-files.ts';

export const JS_BUDGET_KB = 30;
export const DATA_BUDGET_KB = 50;

const brCache = new Map<string, number>();
/** Brotli size in bytes of a file (quality 11, as static hosts pre-compress). */
export function brotliSize(file: string): number {
  let n = brCache.get(file);
  if (n === undefined) {
    n = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    brCache.set(file, n);
  }
  return n;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Module scripts of a page, and every chunk they import statically (lazy `import()` excluded). */
export function pageScripts(siteDir: string, base: string, html: string): { eager: string[]; lazy: string[] } {
  const toFile = (url: string) => join(siteDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => toFile(m[1] as string));
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, isLazy: boolean) => {
    if ((isLazy ? lazy : eager).has(file) || (isLazy && eager.has(file)) || !existsSync(file)) return;
    (isLazy ? lazy : eager).add(file);
    const code = readFileSync(file, 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/'));
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g))
      visit(resolve(dir, m[1] as string), isLazy);
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) visit(resolve(dir, m[1] as string), true);
  };
  for (const e of entries) visit(e, false);
  // Inline module scripts: Astro hoists small ones into the page.
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const i of (m[1] ?? '').matchAll(/import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g))
      visit(toFile(i[1] as string), false);
  }
  for (const f of eager) lazy.delete(f);
  return { eager: [...eager], lazy: [...lazy] };
}

function inlineScriptBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    n += brotliCompressSync(Buffer.from(m[1] ?? '')).length;
  return n;
}

export interface PageWeight {
  page: string;
  eagerJsKb: number;
  lazyJsKb: number;
  htmlKb: number;
  hasMap: boolean;
}

export function measurePage(siteDir: string, base: string, path: string): PageWeight {
  const file = join(siteDir, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const { eager, lazy } = pageScripts(siteDir, base, html);
  return {
    page: path,
    eagerJsKb: kb(eager.reduce((s, f) => s + brotliSize(f), 0) + inlineScriptBytes(html)),
    lazyJsKb: kb(lazy.reduce((s, f) => s + brotliSize(f), 0)),
    htmlKb: kb(brotliSize(file)),
    hasMap: html.includes('data-rate-map'),
  };
}

export interface ViewWeight {
  view: string;
  files: number;
  dataKb: number;
}

/** Data each view downloads, for the worst case in the built data (largest files). */
export function measureViews(siteDir: string): ViewWeight[] {
  const dataDir = join(siteDir, 'data');
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const size = (rel: string) => brotliSize(join(dataDir, rel));
  const views: ViewWeight[] = [];
  const add = (view: string, files: string[]) => {
    const unique = [...new Set(files)];
    views.push({ view, files: unique.length, dataKb: kb(unique.reduce((s, f) => s + size(f), 0)) });
  };
  for (const d of manifest.datasets.filter((x): x is CasesDatasetEntry => x.kind === 'cases')) {
    for (const m of d.metrics) {
      const summary = JSON.parse(readFileSync(join(dataDir, d.files[m.summaryFile] ?? ''), 'utf8')) as CasesSummary;
      const layer = manifest.layers.find((l) => l.id === summary.layer);
      const areaFiles = summary.areas.series.filter((s): s is string => s !== null).sort((a, b) => size(b) - size(a));
      const biggestWeek = [...summary.weeks.file].sort((a, b) => size(b) - size(a))[0];
      const parents = summary.parents.slice(0, 3).map((p) => p.series);
      const groups = [summary.total.series, ...summary.parents.map((p) => p.series)].sort((a, b) => size(b) - size(a));
      const name = `${d.id}/${m.key}`;
      if (layer && biggestWeek)
        add(`${name} overview: map (boundaries + largest week)`, [layer.files.boundaries, biggestWeek]);
      add(`${name} overview: charts redrawn`, [summary.total.series, ...parents]);
      add(`${name} overview: charts + 4 compared areas`, [
        summary.total.series,
        ...parents,
        summary.seriesIndex,
        ...areaFiles.slice(0, 4),
      ]);
      if (areaFiles[0] && groups[0]) {
        add(`${name} area page: charts redrawn (largest area)`, [areaFiles[0], groups[0]]);
        add(`${name} area page: + 4 compared areas (largest)`, [
          areaFiles[0],
          groups[0],
          summary.seriesIndex,
          ...areaFiles.slice(1, 5),
        ]);
      }
      // Keep the index type-checked against the file.
      JSON.parse(readFileSync(join(dataDir, summary.seriesIndex), 'utf8')) as CasesSeriesIndex;
    }
  }
  return views;
}

/** One page per disease page type: the disease index, an overview, an area page and the area list. */
export function samplePages(siteDir: string): { type: string; path: string }[] {
  const root = join(siteDir, 'disease');
  if (!existsSync(root)) return [];
  const out = [{ type: 'disease index', path: 'disease/' }];
  const dataset = readdirSync(root, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!dataset) return out;
  const metric = readdirSync(join(root, dataset.name), { withFileTypes: true }).find((e) => e.isDirectory());
  if (!metric) return out;
  const mdir = join(root, dataset.name, metric.name);
  const base = `disease/${dataset.name}/${metric.name}/`;
  out.push({ type: 'overview (with map)', path: base });
  out.push({ type: 'area list', path: `${base}areas/` });
  const area = readdirSync(mdir, { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'areas');
  if (area) out.push({ type: 'area page', path: `${base}${area.name}/` });
  return out;
}

/**
 * One page per indicator and profile page type: the indicators index, the largest indicator
 * overview, one of its area pages, and one area profile. Their figures are in the HTML (no data
 * is fetched), so the HTML is also the view's data.
 */
export function indicatorSamplePages(siteDir: string): { type: string; path: string }[] {
  const root = join(siteDir, 'indicators');
  if (!existsSync(root)) return [];
  const out = [{ type: 'indicators index', path: 'indicators/' }];
  const overviews = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `indicators/${d.name}/${e.name}/`),
    )
    .sort((a, b) => brotliSize(join(siteDir, b, 'index.html')) - brotliSize(join(siteDir, a, 'index.html')));
  const largest = overviews[0];
  if (largest) {
    out.push({ type: 'indicator (largest)', path: largest });
    const area = readdirSync(join(siteDir, largest), { withFileTypes: true }).find(
      (e) => e.isDirectory() && e.name !== 'periods' && e.name !== 'data.csv',
    );
    if (area) out.push({ type: 'indicator area page', path: `${largest}${area.name}/` });
  }
  const areas = join(siteDir, 'areas');
  const layer = existsSync(areas)
    ? readdirSync(areas, { withFileTypes: true }).find((e) => e.isDirectory())
    : undefined;
  const code = layer
    ? readdirSync(join(areas, layer.name), { withFileTypes: true }).find((e) => e.isDirectory())
    : undefined;
  if (layer && code) out.push({ type: 'area profile', path: `areas/${layer.name}/${code.name}/` });
  return out;
}

/** The search page, idle (no query): what every visitor who opens it loads before searching. */
export function searchSamplePages(siteDir: string): { type: string; path: string }[] {
  return existsSync(join(siteDir, 'search', 'index.html')) ? [{ type: 'search page (idle)', path: 'search/' }] : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const siteDir = resolve(process.argv[2] ?? 'dist');
  const base = process.argv[3] ?? '/';
  console.log(`Page weight of ${siteDir} (brotli)\n`);
  console.log(
    'page type'.padEnd(22),
    'JS up front'.padStart(12),
    'JS later'.padStart(10),
    'HTML'.padStart(8),
    ' budget',
  );
  for (const { type, path } of [
    ...samplePages(siteDir),
    ...indicatorSamplePages(siteDir),
    ...searchSamplePages(siteDir),
  ]) {
    const w = measurePage(siteDir, base, path);
    const budget = w.hasMap
      ? 'n/a (map page)'
      : w.eagerJsKb <= JS_BUDGET_KB
        ? `ok (≤ ${JS_BUDGET_KB} KB)`
        : `OVER ${JS_BUDGET_KB} KB`;
    console.log(
      type.padEnd(22),
      `${w.eagerJsKb} KB`.padStart(12),
      `${w.lazyJsKb} KB`.padStart(10),
      `${w.htmlKb} KB`.padStart(8),
      ` ${budget}`,
    );
  }
  console.log('\nData per view (worst case):');
  for (const v of measureViews(siteDir)) {
    console.log(
      `  ${v.view.padEnd(70)} ${String(v.files).padStart(2)} files ${`${v.dataKb} KB`.padStart(9)} ${v.dataKb <= DATA_BUDGET_KB ? 'ok' : `OVER ${DATA_BUDGET_KB} KB`}`,
    );
  }
}
