import type { Figure } from '../manifest.ts';
import { round } from '../round.ts';
import { periodChange } from './period-change.ts';
import { ratePer100k } from './rate-per-100k.ts';
import { suppressCount, suppressDerived } from './suppress.ts';

/** The figures on a headline card, as published (rounded, suppressed). */
export interface HeadlineFigures {
  /** Total of the latest complete 7 days. */
  latest: Figure;
  /** Total of the 7 days before those. */
  previous: Figure;
  /** `latest − previous`. */
  change: Figure;
  /** `change / previous × 100`, 1 dp; null when `previous` is 0. */
  changePct: Figure;
  /** Rate per 100,000 of the latest 7 days, 1 dp. */
  rate: Figure;
}

export interface HeadlineInput {
  latest: number | null;
  previous: number | null;
  /** Count the rate is computed from: `latest` for one area; for a group, the total of its areas with a population. */
  rateCount: number | null;
  /** Population for the rate (null: no rate). */
  population: number | null;
}

/**
 * Headline figures from raw 7-day totals, with small-number suppression: each
 * total is suppressed when small; the change and percentage when either total
 * is; the rate when its count is.
 */
export function headlineFigures(input: HeadlineInput, suppressBelow: number): HeadlineFigures {
  const { latest, previous, rateCount, population } = input;
  const { change, changePct } = periodChange(latest, previous);
  const rate = ratePer100k(rateCount, population);
  return {
    latest: suppressCount(latest, suppressBelow),
    previous: suppressCount(previous, suppressBelow),
    change: suppressDerived(change, suppressBelow, latest, previous),
    changePct: suppressDerived(changePct === null ? null : round(changePct, 1), suppressBelow, latest, previous),
    rate: suppressDerived(rate === null ? null : round(rate, 1), suppressBelow, rateCount),
  };
}
