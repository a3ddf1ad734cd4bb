/**
 * Areas whose code or name looks like the benchmark's code, for a dataset with a benchmark code
 * that no row has: the benchmark's own row under another spelling (Eurostat's packed
 * `YR,T,Y_LT1,EU27_2020` where the config says `EU27_2020`, or `eu27-2020`). Such a row is counted
 * as an area, and the benchmark silently becomes the mean of the areas, its own row among them.
 */
import { looseKey } from '../../run/find-column.ts';

/** Codes, or names, with a part equal to the benchmark's (ignoring case), or spelt like it. */
export function benchmarkLookalikes(benchmark: string, areas: ReadonlyMap<string, string>): string[] {
  const wanted = benchmark.trim().toLowerCase();
  const loose = looseKey(benchmark);
  const like = (text: string): boolean =>
    looseKey(text) === loose || text.split(/[\s,;|\\/]+/).some((part) => part.toLowerCase() === wanted);
  const found: string[] = [];
  for (const [code, name] of areas) {
    if (code === benchmark) continue;
    if (like(code)) found.push(code);
    else if (like(name)) found.push(name);
  }
  return found;
}
