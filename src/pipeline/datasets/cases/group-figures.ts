import type { CasesGroupSummary, CasesSeries } from '../../../lib/cases-files.ts';
import { headlineFigures } from '../../../lib/cases/headline-figures.ts';
import type { AreaWork } from './area-figures.ts';
import { WEEK, type CasesWindow } from './cases-window.ts';
import { seriesFile } from './series-file.ts';

/** A group of areas (the total, or a parent such as a region): its summary and its series file. */
export interface GroupFigures {
  /** The group's entry in the metric summary, but for `series` (the file name, which the writer adds). */
  summary: Omit<CasesGroupSummary, 'series'>;
  series: CasesSeries;
}

export interface GroupRef {
  /** `all` for the total, else the parent's code. */
  code: string;
  name: string;
  /** Indices into `work` of the member areas. */
  members: readonly number[];
}

/**
 * Sums the member areas day by day. A day's count sums the areas that reported that day; the
 * latest and previous weeks sum the areas complete in both (so the change compares like with like);
 * rates count only areas with a population.
 */
export function groupFigures(
  group: GroupRef,
  work: readonly AreaWork[],
  window: CasesWindow,
  below: number,
): GroupFigures {
  const { nDays, completeIdx } = window;
  const daily: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const totals: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const rateTotals: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const populations: (number | null)[] = new Array<number | null>(nDays).fill(null);
  const areas7: number[] = new Array<number>(nDays).fill(0);
  for (const j of group.members) {
    const w = work[j] as AreaWork;
    if (w.totals === null) continue;
    for (let d = 0; d < nDays; d++) {
      const t = w.totals[d] ?? null;
      if (t === null) continue;
      totals[d] = (totals[d] ?? 0) + t;
      areas7[d] = (areas7[d] ?? 0) + 1;
      if (w.population !== null && w.population > 0) {
        rateTotals[d] = (rateTotals[d] ?? 0) + t;
        populations[d] = (populations[d] ?? 0) + w.population;
      }
    }
  }
  for (const j of group.members) {
    const own = (work[j] as AreaWork).daily;
    if (own === null) continue;
    for (let d = 0; d < nDays; d++) {
      const c = own[d] ?? null;
      if (c !== null) daily[d] = (daily[d] ?? 0) + c;
    }
  }
  const series = seriesFile(
    { code: group.code, name: group.name, population: null, start: window.start, daily, totals },
    below,
    { rateTotals, populations, areas7 },
  );

  let latest: number | null = null;
  let previous: number | null = null;
  let rateCount: number | null = null;
  let population: number | null = null;
  let inLatest = 0;
  let withData = 0;
  for (const j of group.members) {
    const w = work[j] as AreaWork;
    if (w.totals === null) continue;
    withData++;
    const a = completeIdx >= 0 ? (w.totals[completeIdx] ?? null) : null;
    const b = completeIdx - WEEK >= 0 ? (w.totals[completeIdx - WEEK] ?? null) : null;
    if (a === null) continue;
    if (b === null && completeIdx - WEEK >= 0) continue;
    inLatest++;
    latest = (latest ?? 0) + a;
    if (b !== null) previous = (previous ?? 0) + b;
    if (w.population !== null && w.population > 0) {
      rateCount = (rateCount ?? 0) + a;
      population = (population ?? 0) + w.population;
    }
  }
  return {
    summary: {
      code: group.code,
      name: group.name,
      areaCount: withData,
      areasInLatest: inLatest,
      population,
      figures: headlineFigures({ latest, previous, rateCount, population }, below),
    },
    series,
  };
}
