/**
 * Household waste recycling rate per ward and financial year, 2019/20 to 2024/25.
 * (Real figures are published per council; per ward is an invention for the demo.)
 */
import type { Ward } from './geography.ts';
import { normal, rngFor, uniform } from './random.ts';

export const RECYCLING_HEADER = ['ward_code', 'year', 'recycling_rate_percent'];
export const RECYCLING_YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];

/** Year-on-year drift: a dip in 2020/21 (collections disrupted), then slow improvement. */
const YEAR_SHIFT = [0, -2.5, -0.5, 0.5, 1.5, 2.5];

export function recyclingRows(wards: readonly Ward[]): string[][] {
  const rng = rngFor('recycling');
  const rows: string[][] = [];
  for (const ward of wards) {
    const base = uniform(rng, ward.urban ? 33 : 40, ward.urban ? 46 : 54);
    RECYCLING_YEARS.forEach((year, i) => {
      const value = Math.min(60, Math.max(30, base + (YEAR_SHIFT[i] ?? 0) + 1.2 * normal(rng)));
      rows.push([ward.code, year, value.toFixed(1)]);
    });
  }
  return rows;
}
