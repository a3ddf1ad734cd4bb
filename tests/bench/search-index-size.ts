/**
 * The site search index of a data folder, without building the site: entries, shards, the
 * directory and the largest shard in brotli bytes, and what one query fetches at most (directory
 * plus largest shard) against the 50 KB per view budget. Figures, not a timed benchmark.
 *
 *   npx tsx tests/bench/search-index-size.ts <dataDir>
 */
import { resolve } from 'node:path';
import { DATA_BUDGET_KB } from './page-weight.ts';

const [dataArg] = process.argv.slice(2);
if (!dataArg) throw new Error('usage: search-index-size.ts <dataDir>');
process.env['ATLAS_DATA_DIR'] = resolve(dataArg);
const { brotliBytes, searchIndex } = await import('../../src/site/search/search-index.ts');
const t0 = performance.now();
const { directory, shards } = searchIndex();
const ms = performance.now() - t0;
// Quality 5 for all (quick), quality 11 (as served) for the largest ten.
const quick = [...shards.values()]
  .map((s) => JSON.stringify(s))
  .map((text) => ({ text, bytes: brotliBytes(text, 5) }))
  .sort((a, b) => b.bytes - a.bytes);
const sizes = quick.map((q, i) => (i < 10 ? brotliBytes(q.text) : q.bytes)).sort((a, b) => b - a);
const raw = [...shards.values()].reduce((s, x) => s + Buffer.byteLength(JSON.stringify(x)), 0);
const dir = brotliBytes(JSON.stringify(directory));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const partial = [...shards.values()].filter((s) => s.partial).length;
const worst = dir + (sizes[0] ?? 0);
console.log(
  `${directory.entries} entries in ${shards.size} shards (${partial} partial), built in ${(ms / 1000).toFixed(1)} s`,
);
console.log(`on disk ${kb(raw)} raw, at most ${kb(sizes.reduce((s, n) => s + n, 0))} brotli`);
console.log(
  `directory ${kb(dir)} brotli; largest shard ${kb(sizes[0] ?? 0)}; median shard ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)}`,
);
console.log(
  `one query fetches at most ${kb(worst)}: ${worst / 1024 <= DATA_BUDGET_KB ? 'ok' : 'OVER'} (budget ${DATA_BUDGET_KB} KB)`,
);
