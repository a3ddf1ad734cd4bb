/**
 * SHA-256 of every file under a data step's output folder, one `hash  path` line each (paths
 * sorted, relative to the folder), then one line for the whole set. Used to show that a change
 * to the data step leaves its outputs byte-identical: run the data step before and after, then
 * compare the two listings (`diff`). The cache records under `.cache/` are left out: their key
 * holds a hash of the pipeline's source, so they change with any change to the code, by design.
 *
 *   tsx tests/bench/output-hashes.ts <dataDir> [--summary]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CACHE_DIR } from '../../src/pipeline/output/dataset-cache.ts';

/** Every file under `dir` but the cache records, as paths relative to it, sorted. */
function filesUnder(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && dir === root && entry.name === CACHE_DIR) continue;
    if (entry.isDirectory()) out.push(...filesUnder(path, root));
    else if (entry.isFile()) out.push(relative(root, path));
  }
  return out.sort();
}

/** `hash  path` for each file under `dir` (sorted), and the hash of those lines. */
export function outputHashes(dir: string): { lines: string[]; total: string } {
  const lines = filesUnder(dir).map(
    (file) =>
      `${createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex')}  ${file}`,
  );
  const total = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { lines, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, flag] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: output-hashes.ts <dataDir> [--summary]');
  const { lines, total } = outputHashes(dir);
  if (flag !== '--summary') for (const line of lines) console.log(line);
  console.log(`${total}  (${lines.length} files)`);
}
