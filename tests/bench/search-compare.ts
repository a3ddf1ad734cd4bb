/**
 * Site search: our sharded index against Pagefind, on one built site. Prints, for each: the index's
 * bytes on disk (and brotli, as a host serves it), the time to build it, and for each query the
 * bytes fetched (brotli or the file's own compression, whichever is smaller) and the time from the
 * first keystroke (ours) or the first call (Pagefind) to the first result shown, cold, in Chromium.
 * Figures, not a timed test.
 *
 *   npx tsx tests/bench/search-compare.ts <siteDir> <dataDir> [basePath] -- <query>...
 *
 * Pagefind runs with its defaults (`npx pagefind --site <siteDir>`, written to <siteDir>/pagefind,
 * removed afterwards); its WebAssembly needs 'wasm-unsafe-eval', which our pages' content security
 * policy does not allow, so its queries run with the policy bypassed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchBrowser } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const [siteArg, dataArg, baseArg] = split < 0 ? args : args.slice(0, split);
const queries = split < 0 ? ['school'] : args.slice(split + 1);
if (!siteArg || !dataArg) throw new Error('usage: search-compare.ts <siteDir> <dataDir> [basePath] -- <query>...');
const siteDir = resolve(siteArg);
const basePath = baseArg ?? '/';

const servedBytes = (file: string) => {
  const raw = readFileSync(file);
  return Math.min(raw.length, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
};
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const diskSummary = (dir: string) => {
  const files = walk(dir);
  const raw = files.reduce((s, f) => s + statSync(f).size, 0);
  const served = files.reduce((s, f) => s + servedBytes(f), 0);
  return `${files.length} files, ${kb(raw)} on disk, ${kb(served)} as served`;
};

// Our index: time to compute it from the data folder (what the build adds), then its files.
process.env['ATLAS_DATA_DIR'] = resolve(dataArg);
const started = performance.now();
const { searchIndex } = await import('../../src/site/search/search-index.ts');
const ours = searchIndex();
const oursMs = performance.now() - started;
console.log(`Site: ${siteDir} (${ours.directory.entries} entries)\n`);
console.log(`ours:     index ${diskSummary(join(siteDir, 'search'))}; built in ${(oursMs / 1000).toFixed(1)} s`);

rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
const pfStart = performance.now();
const pf = spawnSync('npx', ['pagefind', '--site', siteDir], { encoding: 'utf8' });
const pfMs = performance.now() - pfStart;
if (pf.status !== 0) throw new Error(`pagefind failed:\n${pf.stdout}\n${pf.stderr}`);
console.log(`pagefind: index ${diskSummary(join(siteDir, 'pagefind'))}; built in ${(pfMs / 1000).toFixed(1)} s`);

const server = await serveStatic(siteDir, basePath);
const browser = await launchBrowser({ webgl: false });
const origin = new URL(server.url).origin;
const fileOf = (url: string) => join(siteDir, decodeURIComponent(new URL(url).pathname).slice(basePath.length));

async function measure(which: 'ours' | 'pagefind', query: string) {
  const context = await browser.newContext({ bypassCSP: which === 'pagefind', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}`, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/search/') || path.includes('/pagefind/') || path.includes('/_astro/')) fetched.push(r.url());
  });
  let ms: number;
  let first: string;
  if (which === 'ours') {
    const t0 = Date.now();
    await page.focus('#site-search-input');
    await page.keyboard.type(query);
    await page.waitForSelector('#site-search-results [role="option"]', { timeout: 20_000 });
    ms = Date.now() - t0;
    first = (await page.textContent('#site-search-results [role="option"]')) ?? '';
  } else {
    const r = await page.evaluate(
      async ([base, q]) => {
        const t0 = performance.now();
        const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
        const search = await pagefind.search(q);
        const data = search.results.length > 0 ? await search.results[0].data() : null;
        return { ms: performance.now() - t0, first: data?.meta?.title ?? '(no result)' };
      },
      [basePath, query] as const,
    );
    ms = r.ms;
    first = r.first;
  }
  await context.close();
  const unique = [...new Set(fetched)].filter((u) => u.startsWith(origin));
  const bytes = unique.reduce((s, u) => s + servedBytes(fileOf(u)), 0);
  return { ms, bytes, files: unique.length, first };
}

console.log('\nquery'.padEnd(24), 'engine'.padEnd(9), 'fetched'.padStart(20), 'first result'.padStart(14), ' top hit');
for (const q of queries) {
  for (const which of ['ours', 'pagefind'] as const) {
    // Median of three cold runs (each in a fresh browser context).
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await measure(which, q));
    runs.sort((a, b) => a.ms - b.ms);
    const m = runs[1] ?? runs[0];
    if (!m) continue;
    console.log(
      q.slice(0, 22).padEnd(23),
      which.padEnd(9),
      `${kb(m.bytes)} in ${m.files} files`.padStart(20),
      `${Math.round(m.ms)} ms`.padStart(14),
      ` ${m.first.replace(/\s+/g, ' ').trim().slice(0, 50)}`,
    );
  }
}
await browser.close();
await server.close();
rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
