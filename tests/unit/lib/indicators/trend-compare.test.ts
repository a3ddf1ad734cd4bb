import { describe, expect, it } from 'vitest';
import {
  COMPARED_STYLES,
  comparedAreas,
  trendCompareOptions,
  trendDescription,
  trendPoints,
  trendTitle,
} from '../../../../src/lib/indicators/trend-compare.ts';
import type { IndicatorMarks } from '../../../../src/lib/indicators/indicator-chart-specs.ts';
import type { IndicatorArea, IndicatorFile } from '../../../../src/lib/indicator-files.ts';
import { createFormatter } from '../../../../src/lib/format.ts';

const fmt = createFormatter('en-GB');

const area = (code: string, name: string, values: IndicatorArea['values']): IndicatorArea => ({
  code,
  name,
  parent: 'P',
  benchmark: 'all',
  values,
  lower: null,
  upper: null,
  rank: values.map(() => null),
  compare: values.map(() => null),
  band: values.map(() => null),
});

const figures = {
  label: 'Recycling',
  unit: '%',
  decimals: 1,
  periods: ['2022/23', '2023/24', '2024/25'],
  benchmarks: [{ code: 'all', name: 'All wards', values: [40, 41, 42], method: [], areas: [] }],
  areas: [
    area('A', 'Alderwick', [38, 39, 40]),
    area('B', 'Bramblecote', [50, 's', 60]),
    area('C', 'Copperfold', [null, 20, 22]),
  ],
} as unknown as IndicatorFile;

// Marks that record what they were given, so the options can be read back.
const marks = Object.fromEntries(
  ['barX', 'ruleX', 'ruleY', 'tickX', 'lineY', 'dot'].map((k) => [
    k,
    (data: unknown, options: unknown) => ({ k, data, options }),
  ]),
) as unknown as IndicatorMarks;
type Recorded = { k: string; data: { period: string; value: number }[]; options: Record<string, unknown> };

describe('indicator trend compared with other areas', () => {
  const [a, b, c] = figures.areas as [IndicatorArea, IndicatorArea, IndicatorArea];
  const points = trendPoints(figures, a, figures.benchmarks[0]);

  it('reads the added areas in the order asked, published values only, and names codes the file lacks', () => {
    const { areas, missing } = comparedAreas(figures, ['C', 'X', 'B']);
    expect(areas).toEqual([
      { code: 'C', name: 'Copperfold', values: [null, 20, 22] },
      { code: 'B', name: 'Bramblecote', values: [50, null, 60] },
    ]);
    expect(missing).toEqual(['X']);
  });

  it('adds one line and dots per area in the comparison styles, under the area’s own line, and widens the scale', () => {
    const base = trendCompareOptions(marks, points, '%', []);
    const { areas } = comparedAreas(figures, [b.code, c.code]);
    const opts = trendCompareOptions(marks, points, '%', areas);
    const added = (opts.marks as unknown as Recorded[]).slice(0, -2).slice(-4);
    expect(added.map((m) => [m.k, m.options['stroke'] ?? m.options['fill']])).toEqual([
      ['lineY', COMPARED_STYLES[0]?.stroke],
      ['dot', COMPARED_STYLES[0]?.stroke],
      ['lineY', COMPARED_STYLES[1]?.stroke],
      ['dot', COMPARED_STYLES[1]?.stroke],
    ]);
    expect(added[0]?.data).toEqual([
      { period: '2022/23', value: 50 },
      { period: '2024/25', value: 60 },
    ]);
    // The area's own line and dots stay last (drawn on top).
    expect((opts.marks as unknown as Recorded[]).slice(-2).map((m) => m.k)).toEqual(['lineY', 'dot']);
    expect(opts.marks?.length).toBe((base.marks?.length ?? 0) + 4);
    const [lo, hi] = opts.y?.domain as [number, number];
    expect(lo).toBeLessThanOrEqual(20);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeGreaterThanOrEqual(60);
  });

  it('leaves the build-time chart as it was when no area is added', () => {
    expect(trendTitle(figures, a.name, 'All wards', [])).toBe(
      'Recycling: Alderwick compared with All wards, 2022/23 to 2024/25',
    );
    expect(trendDescription(figures, a.name, 'All wards', points, [], fmt)).toBe(
      'Line chart. Alderwick: 38.0% in 2022/23, 40.0% in 2024/25. All wards (dashed): 40.0% to 42.0%.',
    );
  });

  it('names every added area in the title and gives its first and last published value', () => {
    const { areas } = comparedAreas(figures, ['C', 'B']);
    expect(trendTitle(figures, a.name, 'All wards', areas)).toBe(
      'Recycling: Alderwick compared with All wards, Copperfold, Bramblecote, 2022/23 to 2024/25',
    );
    expect(trendDescription(figures, a.name, 'All wards', points, areas, fmt)).toBe(
      'Line chart. Alderwick: 38.0% in 2022/23, 40.0% in 2024/25. All wards (dashed): 40.0% to 42.0%. Copperfold: 20.0% in 2023/24, 22.0% in 2024/25. Bramblecote: 50.0% in 2022/23, 60.0% in 2024/25.',
    );
  });
});
