/**
 * Where the time goes: reads V8 CPU profiles (`node --cpu-prof`) and prints the
 * functions and the source files with the most self time, as a share of the
 * sampled time. Used to profile the data step (see the README, "Performance"):
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=.atlas/profile --max-old-space-size=256 \
 *     tests/bench/measure-child.ts tests/bench/configs/nyt-counties.config.ts .atlas/profile-data
 *   npx tsx tests/bench/profile-summary.ts .atlas/profile
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileTimes {
  /** Self time (ms) per function, named "name file:line". */
  byFunction: Map<string, number>;
  /** Self time (ms) per source file. */
  byFile: Map<string, number>;
  /** Total time (ms) per function: samples with the function anywhere on the stack, counted once. */
  inclusive: Map<string, number>;
}

/** Self and total time in milliseconds per function and per file, from one profile. */
export function profileTimes(profile: CpuProfile): ProfileTimes {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const label = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url === '' ? `(${functionName || 'native'})` : fileLabel(url);
    return `${functionName || '(anonymous)'} ${file}${url === '' ? '' : `:${lineNumber + 1}`}`;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const ms = (deltas[i] ?? 0) / 1000;
    const { functionName, url } = node.callFrame;
    const file = url === '' ? `(${functionName || 'native'})` : fileLabel(url);
    const fn = label(node);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: ProfileNode | undefined = node; at !== undefined; at = byId.get(parent.get(at.id) ?? -1)) {
      onStack.add(label(at));
    }
    for (const f of onStack) inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
  });
  return { byFunction, byFile, inclusive };
}

// Paths inside the repository are shown from `src/` (or `node_modules/<package>`), others by file name.
function fileLabel(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const src = path.lastIndexOf('/src/');
  if (src >= 0) return path.slice(src + 1);
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + 1);
  return basename(path);
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, ms]) => `${((ms / total) * 100).toFixed(1).padStart(5)} %  ${(ms / 1000).toFixed(2).padStart(6)} s  ${k}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: profile-summary.ts <folder of .cpuprofile files> [rows]');
  const n = Number(process.argv[3] ?? 25);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  // The data step runs in the largest profile (the others are loader threads).
  const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (main === undefined) throw new Error(`${dir}: no .cpuprofile files`);
  const { byFunction, byFile, inclusive } = profileTimes(JSON.parse(readFileSync(main, 'utf8')) as CpuProfile);
  const total = [...byFile.values()].reduce((s, v) => s + v, 0);
  console.log(`${basename(main)}: ${(total / 1000).toFixed(2)} s sampled`);
  console.log('\nSelf time by file:');
  for (const line of top(byFile, total, n)) console.log(line);
  console.log('\nSelf time by function:');
  for (const line of top(byFunction, total, n)) console.log(line);
  // Functions of the repository (src/) by total time: the phases of the data step.
  const ours = new Map([...inclusive].filter(([k]) => k.includes(' src/')));
  console.log('\nTotal time by function of src/ (self + callees):');
  for (const line of top(ours, total, n)) console.log(line);
}
