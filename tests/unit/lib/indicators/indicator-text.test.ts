import { describe, expect, it } from 'vitest';
import { areaSentence, overviewSentence } from '../../../../src/lib/indicators/indicator-summary.ts';
import { indicatorCsv } from '../../../../src/lib/indicators/indicator-csv.ts';
import { periodSlugs } from '../../../../src/lib/indicators/period-slug.ts';
import { spineGeometry } from '../../../../src/lib/indicators/spine-geometry.ts';
import { formatValue } from '../../../../src/lib/indicators/format-value.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import type { IndicatorFile } from '../../../../src/lib/indicator-files.ts';

const fmt = createFormatter('en-GB');
const pct = (v: number) => formatValue(v, '%', 1, fmt);

describe('overviewSentence', () => {
  const base = {
    label: 'Recycling',
    period: '2024/25',
    benchmark: { name: 'Eastmere', value: 45.5 },
    areaNoun: 'wards',
    format: pct,
    fmt,
  };

  it('with limits counts better, similar and worse', () => {
    expect(overviewSentence({ ...base, hasLimits: true, compare: ['better', 'similar', 'similar', 'worse'] })).toBe(
      'Recycling in 2024/25: Eastmere 45.5%. Of 4 wards compared with Eastmere, 1 is significantly better, 2 similar and 1 significantly worse.',
    );
  });

  it('without limits says higher and lower, and that the differences may be chance', () => {
    expect(overviewSentence({ ...base, hasLimits: false, compare: ['higher', 'lower', 'higher', null] })).toBe(
      'Recycling in 2024/25: Eastmere 45.5%. Of 3 wards compared with Eastmere, 2 are higher and 1 lower; without confidence limits these differences may be chance.',
    );
  });

  it('names a benchmark the site computed as the mean, not a total', () => {
    const compare = ['higher', 'lower'] as const;
    const all = { name: 'All areas', value: 45.5 };
    expect(
      overviewSentence({ ...base, hasLimits: false, compare: [...compare], benchmark: { ...all, method: 'mean' } }),
    ).toMatch(/^Recycling in 2024\/25: All areas 45\.5% \(the mean of the areas\)\. /);
    expect(
      overviewSentence({
        ...base,
        hasLimits: false,
        compare: [...compare],
        benchmark: { ...all, method: 'population-weighted' },
      }),
    ).toMatch(/^Recycling in 2024\/25: All areas 45\.5% \(the mean of the areas, weighted by population\)\. /);
    expect(
      overviewSentence({ ...base, hasLimits: false, compare: [...compare], benchmark: { ...all, method: 'file' } }),
    ).toMatch(/^Recycling in 2024\/25: All areas 45\.5%\. /);
  });
});

describe('areaSentence', () => {
  it('gives the value, the comparison, the rank and the change on the previous period', () => {
    expect(
      areaSentence({
        name: 'Alderwick',
        label: 'Recycling',
        period: '2024/25',
        value: '50.6%',
        benchmarkName: 'Eastmere',
        benchmarkValue: '45.5%',
        compare: 'higher',
        rank: 3,
        ranked: 18,
        previous: { period: '2023/24', value: '47.3%', change: 'up' },
      }),
    ).toBe(
      'Recycling in Alderwick, 2024/25: 50.6%, higher than Eastmere (45.5%). It ranks 3rd highest of 18. Up from 47.3% in 2023/24.',
    );
  });
});

describe('small helpers', () => {
  it('periodSlugs makes URL segments of period labels', () => {
    expect(periodSlugs(['2019/20', '2024 Q1', '2023'])).toEqual(['2019-20', '2024-q1', '2023']);
  });

  it('periodSlugs folds letters by the language and keeps labels that fold alike apart', () => {
    expect(periodSlugs(['Frühjahr 2024'], 'de-DE')).toEqual(['fruehjahr-2024']);
    expect(periodSlugs(['Frühjahr 2024'])).toEqual(['fruhjahr-2024']);
    const slugs = periodSlugs(['2019/20', '2019-20', '2020 Q1', '2020 q1', '2021']);
    expect(new Set(slugs).size).toBe(5);
    expect(slugs[0]).toMatch(/^2019-20-[0-9a-z]{6}$/);
    expect(slugs[1]).toBe('2019-20');
    expect(slugs[2]).toMatch(/^2020-q1-[0-9a-z]{6}$/);
    expect(slugs[3]).toMatch(/^2020-q1-[0-9a-z]{6}$/);
    expect(slugs[4]).toBe('2021');
  });

  it('formatValue puts the unit on, and words for suppressed and missing', () => {
    expect([pct(45.25), formatValue('s', '%', 1, fmt), formatValue(null, '%', 1, fmt)]).toEqual([
      '45.3%',
      'suppressed',
      'no data',
    ]);
    expect(formatValue(12, 'per 1,000', 0, fmt)).toBe('12 per 1,000');
  });

  it('spineGeometry places quartiles, benchmark and value on the range, clamped', () => {
    const spread = { count: 4, min: 10, q1: 20, median: 25, q3: 30, max: 50 };
    expect(spineGeometry(spread, 60, 30)).toEqual({ q1: 0.25, q3: 0.5, median: 0.375, benchmark: 0.5, value: 1 });
  });
});

describe('indicatorCsv', () => {
  it('writes a row per area and period with a value, suppressed ones as "suppressed"', () => {
    const file = {
      periods: ['2023', '2024'],
      hasLimits: false,
      ranked: [1, 1],
      benchmarks: [{ code: 'all', name: 'All areas', values: [10, 12], method: [], areas: [] }],
      areas: [
        {
          code: 'A1',
          name: '=Ash',
          parent: null,
          benchmark: 'all',
          values: [10, 's'],
          lower: null,
          upper: null,
          rank: [1, null],
          compare: ['same', null],
          band: [0, null],
        },
        {
          code: 'A2',
          name: 'Birch',
          parent: null,
          benchmark: 'all',
          values: [null, 12],
          lower: null,
          upper: null,
          rank: [null, 1],
          compare: [null, 'same'],
          band: [null, 0],
        },
      ],
    } as unknown as IndicatorFile;
    expect(indicatorCsv(file).split('\r\n')).toEqual([
      'area_code,area_name,period,value,benchmark_code,benchmark_name,benchmark_value,compared_with_benchmark,rank,areas_ranked',
      "A1,'=Ash,2023,10,all,All areas,10,same,1,1",
      "A1,'=Ash,2024,suppressed,all,All areas,12,,,1",
      'A2,Birch,2024,12,all,All areas,12,same,1,1',
      '',
    ]);
  });
});
