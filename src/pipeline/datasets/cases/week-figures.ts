import type { CasesWeek } from '../../../lib/cases-files.ts';
import type { Figure } from '../../../lib/manifest.ts';
import { round } from '../../../lib/round.ts';
import { ratePer100k } from '../../../lib/cases/rate-per-100k.ts';
import { suppressCount, suppressDerived } from '../../../lib/cases/suppress.ts';
import type { AreaWork } from './area-figures.ts';
import { WEEK } from './cases-window.ts';
import { rankAreas } from './rank-areas.ts';

/** Day indices ending the map's weeks, oldest first: the last complete day and every 7 days before it while a whole week fits. */
export function completeWeekEnds(completeIdx: number): number[] {
  const ends: number[] = [];
  for (let e = completeIdx; e - (WEEK - 1) >= 0; e -= WEEK) ends.unshift(e);
  return ends;
}

/** 7-day totals, rates and ranks of every area for the week ending on day index `e` (ISO date `end`). */
export function weekFigures(end: string, work: readonly AreaWork[], e: number, below: number): CasesWeek {
  return weekFiguresOf(
    end,
    work,
    (j) => {
      const totals = work[j]?.totals ?? null;
      return totals === null ? null : (totals[e] ?? null);
    },
    below,
  );
}

/**
 * {@link weekFigures} from the areas' codes and populations and each area's raw 7-day total for the
 * week (`totalOf(j)`, null without one), for a writer that keeps only those totals, not the series.
 */
export function weekFiguresOf(
  end: string,
  areas: readonly { code: string; population: number | null }[],
  totalOf: (j: number) => number | null,
  below: number,
): CasesWeek {
  const total: Figure[] = [];
  const rate: Figure[] = [];
  areas.forEach((a, j) => {
    const t = totalOf(j);
    total.push(suppressCount(t, below));
    const r = ratePer100k(t, a.population);
    rate.push(r === null ? null : suppressDerived(round(r, 1), below, t));
  });
  const { rank, ranked } = rankAreas(rate);
  return { end, code: areas.map((a) => a.code), total, rate, rank, ranked };
}
