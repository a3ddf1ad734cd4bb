/** One indicator's figures as CSV: a row per area and period, in code then period order. */
import type { IndicatorFile } from '../indicator-files.ts';
import { SUPPRESSED } from '../manifest.ts';
import { toCsv } from '../csv.ts';

export function indicatorCsv(f: IndicatorFile): string {
  const benchmarks = new Map<string | null, (typeof f.benchmarks)[number]>(f.benchmarks.map((b) => [b.code, b]));
  const header = [
    'area_code',
    'area_name',
    'period',
    'value',
    ...(f.hasLimits ? ['lower_limit', 'upper_limit'] : []),
    'benchmark_code',
    'benchmark_name',
    'benchmark_value',
    'compared_with_benchmark',
    'rank',
    'areas_ranked',
  ];
  const rows = f.areas.flatMap((a) =>
    f.periods.flatMap((period, p) => {
      const v = a.values[p] ?? null;
      if (v === null) return [];
      const b = benchmarks.get(a.benchmark);
      return [
        [
          a.code,
          a.name,
          period,
          v === SUPPRESSED ? 'suppressed' : v,
          ...(f.hasLimits ? [a.lower?.[p] ?? null, a.upper?.[p] ?? null] : []),
          a.benchmark,
          b?.name ?? '',
          b?.values[p] ?? null,
          a.compare[p] ?? '',
          a.rank[p] ?? null,
          f.ranked[p] ?? 0,
        ],
      ];
    }),
  );
  return toCsv(header, rows);
}
