/**
 * Share of adults who are physically active (150+ minutes a week), from an
 * invented residents' survey, per ward and financial year 2021/22 to 2024/25,
 * with 95% confidence limits (Wilson score interval) from the number asked.
 * The borough's own row (code X04000001, pooled over every ward) is in the
 * file, as publishers give the benchmark; a ward-year with fewer than 50
 * respondents is suppressed ("*", no limits).
 */
import type { Ward } from './geography.ts';
import { randInt, rngFor, uniform } from './random.ts';

export const ACTIVITY_HEADER = ['area_code', 'period', 'percent_active', 'lower_95', 'upper_95', 'respondents'];
export const ACTIVITY_YEARS = ['2021/22', '2022/23', '2023/24', '2024/25'];
export const BOROUGH_CODE = 'X04000001';
/** Fewer respondents than this and the estimate is not published. */
export const ACTIVITY_MIN_RESPONDENTS = 50;

/** 95% Wilson score interval for `k` of `n`, in percent. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [100 * (centre - half), 100 * (centre + half)];
}

export function activityRows(wards: readonly Ward[]): string[][] {
  const rng = rngFor('activity');
  const rows: string[][] = [];
  const pooled = ACTIVITY_YEARS.map(() => ({ k: 0, n: 0 }));
  for (const ward of wards) {
    // Town wards a little less active; one rural ward markedly more, one town ward markedly less.
    const base = uniform(rng, ward.urban ? 0.55 : 0.62, ward.urban ? 0.64 : 0.7);
    ACTIVITY_YEARS.forEach((year, i) => {
      const n = randInt(rng, 35, 220);
      const p = Math.min(0.9, Math.max(0.3, base + 0.01 * i));
      let k = 0;
      for (let r = 0; r < n; r++) if (rng() < p) k++;
      const total = pooled[i] as { k: number; n: number };
      total.k += k;
      total.n += n;
      if (n < ACTIVITY_MIN_RESPONDENTS) {
        rows.push([ward.code, year, '*', '', '', String(n)]);
        return;
      }
      const [lo, hi] = wilson(k, n);
      rows.push([ward.code, year, ((100 * k) / n).toFixed(1), lo.toFixed(1), hi.toFixed(1), String(n)]);
    });
  }
  ACTIVITY_YEARS.forEach((year, i) => {
    const { k, n } = pooled[i] as { k: number; n: number };
    const [lo, hi] = wilson(k, n);
    rows.push([BOROUGH_CODE, year, ((100 * k) / n).toFixed(1), lo.toFixed(1), hi.toFixed(1), String(n)]);
  });
  return rows;
}
