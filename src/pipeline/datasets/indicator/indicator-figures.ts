/**
 * One indicator's figures for its pages: per period, every area's value with its
 * benchmark, comparison, rank and map band, and the spread of all areas for
 * spine charts. Pure: the processor gathers the rows, this computes.
 */
import type { Figure } from '../../../lib/manifest.ts';
import { isPublished } from '../../../lib/manifest.ts';
import type {
  BenchmarkMethod,
  IndicatorArea,
  IndicatorBenchmark,
  IndicatorFile,
} from '../../../lib/indicator-files.ts';
import { UNNAMED_ALL_AREAS } from '../../../lib/indicator-files.ts';
import { groupMean } from '../../../lib/indicators/weighted-mean.ts';
import { compareToBenchmark, type HigherIs } from '../../../lib/indicators/compare-to-benchmark.ts';
import { rankValues } from '../../../lib/indicators/rank-values.ts';
import { quartiles } from '../../../lib/indicators/quartiles.ts';
import { defaultBands, valueBand } from '../../../lib/indicators/indicator-bands.ts';
import { round } from '../../../lib/round.ts';

/** One area's rows, already pivoted to the indicator's periods. */
export interface AreaInput {
  code: string;
  name: string;
  parent: string | null;
  population: number | null;
  values: Figure[];
  lower: (number | null)[] | null;
  upper: (number | null)[] | null;
}

export interface IndicatorInput {
  dataset: string;
  key: string;
  slug: string;
  label: string;
  description: string;
  unit: string;
  higherIs: HigherIs;
  decimals: number;
  periods: string[];
  /** `all`, `parent` or an area code. */
  benchmarkRule: string;
  /** With a code rule: which areas the benchmark covers (others have none); undefined for all. */
  benchmarkAreas?: RegExp | undefined;
  /** Values the file gives for benchmark codes (not areas of the layer), per period. */
  benchmarkRows: ReadonlyMap<string, (number | null)[]>;
  /** Name of a benchmark code: from the layers or the config; null when unknown. */
  nameOf: (code: string) => string | null;
  /** Configured bands, or undefined to derive them from the data. */
  bands: readonly number[] | undefined;
  areas: AreaInput[];
}

export const ALL_AREAS = 'all';

export function indicatorFigures(input: IndicatorInput): IndicatorFile {
  const { periods, areas, decimals, higherIs } = input;
  const hasLimits = areas.some((a) => a.lower !== null);
  const groups = benchmarkGroups(input);
  const benchmarks: IndicatorBenchmark[] = [...groups.entries()].map(([code, members]) =>
    benchmarkOf(code, members, input),
  );
  const byCode = new Map(benchmarks.map((b) => [b.code, b]));
  const benchmarkOfArea = new Map<string, string>();
  for (const [code, members] of groups) for (const a of members) benchmarkOfArea.set(a.code, code);

  const published = (a: AreaInput, p: number): number | null => {
    const v = a.values[p] ?? null;
    return isPublished(v) ? v : null;
  };
  const ranks = periods.map((_, p) => rankValues(areas.map((a) => published(a, p))));
  const allValues = areas.flatMap((a) => periods.map((_, p) => published(a, p)));
  const bands = input.bands !== undefined ? [...input.bands] : defaultBands(allValues);

  const out: IndicatorArea[] = areas.map((a, i) => {
    const bcode = benchmarkOfArea.get(a.code) ?? null;
    const b = bcode === null ? undefined : byCode.get(bcode);
    return {
      code: a.code,
      name: a.name,
      parent: a.parent,
      benchmark: bcode,
      values: a.values,
      lower: a.lower,
      upper: a.upper,
      rank: periods.map((_, p) => ranks[p]?.[i] ?? null),
      compare: periods.map((_, p) =>
        compareToBenchmark(
          { value: published(a, p), lower: a.lower?.[p] ?? null, upper: a.upper?.[p] ?? null },
          b?.values[p] ?? null,
          higherIs,
        ),
      ),
      band: periods.map((_, p) => valueBand(published(a, p), bands)),
    };
  });

  return {
    dataset: input.dataset,
    key: input.key,
    slug: input.slug,
    label: input.label,
    description: input.description,
    unit: input.unit,
    higherIs,
    decimals,
    periods,
    benchmarkRule: input.benchmarkRule,
    hasLimits,
    bands,
    bandsConfigured: input.bands !== undefined,
    spread: periods.map((_, p) => {
      const s = quartiles(areas.map((a) => published(a, p)));
      return s === null
        ? null
        : {
            count: s.count,
            min: s.min,
            q1: round(s.q1, decimals + 2),
            median: round(s.median, decimals + 2),
            q3: round(s.q3, decimals + 2),
            max: s.max,
          };
    }),
    ranked: periods.map((_, p) => areas.filter((a) => published(a, p) !== null).length),
    benchmarks,
    areas: out,
  };
}

// Benchmark code -> the areas compared with it. With `parent`, areas without a
// parent are compared with all areas; a configured code's group is its children
// when the layer knows them, otherwise every area.
function benchmarkGroups(input: IndicatorInput): Map<string, AreaInput[]> {
  const { areas, benchmarkRule } = input;
  const groups = new Map<string, AreaInput[]>();
  if (benchmarkRule === 'parent') {
    const orphans = areas.filter((a) => a.parent === null);
    const parents = [...new Set(areas.map((a) => a.parent).filter((p): p is string => p !== null))].sort();
    for (const p of parents)
      groups.set(
        p,
        areas.filter((a) => a.parent === p),
      );
    if (orphans.length > 0) groups.set(ALL_AREAS, orphans);
    return groups;
  }
  if (benchmarkRule === ALL_AREAS) {
    groups.set(ALL_AREAS, areas);
    return groups;
  }
  const pattern = input.benchmarkAreas;
  groups.set(benchmarkRule, pattern === undefined ? areas : areas.filter((a) => pattern.test(a.code)));
  return groups;
}

function benchmarkOf(code: string, members: readonly AreaInput[], input: IndicatorInput): IndicatorBenchmark {
  const { periods, decimals } = input;
  // The mean is over the benchmark's own areas: for `parent` and `all`, the group;
  // for a configured code, its children when the layer has them, else every area.
  let pool: readonly AreaInput[] = members;
  if (input.benchmarkRule === 'parent' && code === ALL_AREAS) pool = input.areas;
  if (code !== ALL_AREAS && input.benchmarkRule !== 'parent' && input.benchmarkAreas === undefined) {
    const children = input.areas.filter((a) => a.parent === code);
    if (children.length > 0) pool = children;
  }
  const fromFile = input.benchmarkRows.get(code);
  const values: (number | null)[] = [];
  const method: (BenchmarkMethod | null)[] = [];
  const counts: number[] = [];
  periods.forEach((_, p) => {
    const given = fromFile?.[p] ?? null;
    if (given !== null) {
      values.push(round(given, decimals));
      method.push('file');
      counts.push(0);
      return;
    }
    const m = groupMean(
      pool.map((a) => {
        const v = a.values[p] ?? null;
        return isPublished(v) ? v : null;
      }),
      pool.map((a) => a.population),
    );
    values.push(m.value === null ? null : round(m.value, decimals));
    method.push(m.method);
    counts.push(m.areas);
  });
  const name = code === ALL_AREAS ? (input.nameOf(ALL_AREAS) ?? UNNAMED_ALL_AREAS) : (input.nameOf(code) ?? code);
  return { code, name, values, method, areas: counts };
}
