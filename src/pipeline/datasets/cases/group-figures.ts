import type { CasesGroupSummary, CasesSeries } from '../../../lib/cases-files.ts';
import { headlineFigures } from '../../../lib/cases/headline-figures.ts';
import { suppressCount } from '../../../lib/cases/suppress.ts';
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
  const sums = new GroupSums(group.code, group.name, window);
  for (const j of group.members) sums.add(work[j] as AreaWork);
  return sums.figures(below);
}

/**
 * The sums of {@link groupFigures}, taken one member area at a time (in member order), so that a
 * writer can stream areas and drop each one's series once it is added. Memory: a few arrays of
 * the window's length, whatever the number of members.
 */
export class GroupSums {
  private readonly daily: (number | null)[];
  private readonly totals: (number | null)[];
  private readonly rateTotals: (number | null)[];
  private readonly populations: (number | null)[];
  private readonly areas7: number[];
  private latest: number | null = null;
  private previous: number | null = null;
  private rateCount: number | null = null;
  private population: number | null = null;
  private inLatest = 0;
  private withData = 0;
  /** The latest 7 days' counts of no area added (see {@link addNotPlaced}); null when none was added. */
  private notPlaced: number | null = null;
  /** Days whose count includes a member's report for several days: the most days, and how many members. */
  private readonly spanDays = new Map<number, number>();
  private readonly spanAreas = new Map<number, number>();

  constructor(
    readonly code: string,
    readonly name: string,
    private readonly window: CasesWindow,
  ) {
    const { nDays } = window;
    this.daily = new Array<number | null>(nDays).fill(null);
    this.totals = new Array<number | null>(nDays).fill(null);
    this.rateTotals = new Array<number | null>(nDays).fill(null);
    this.populations = new Array<number | null>(nDays).fill(null);
    this.areas7 = new Array<number>(nDays).fill(0);
  }

  /**
   * Adds one member area (an area without data counts for nothing); `spans` are its days whose
   * count covers several days (`[index, days]`, indices of the window).
   */
  add(w: AreaWork, spans: readonly (readonly [number, number])[] = []): void {
    const { nDays, completeIdx } = this.window;
    if (w.totals === null) return;
    for (const [day, days] of spans) {
      this.spanDays.set(day, Math.max(this.spanDays.get(day) ?? 0, days));
      this.spanAreas.set(day, (this.spanAreas.get(day) ?? 0) + 1);
    }
    const { totals, rateTotals, populations, areas7, daily } = this;
    const withPopulation = w.population !== null && w.population > 0;
    for (let d = 0; d < nDays; d++) {
      const t = w.totals[d] ?? null;
      if (t === null) continue;
      totals[d] = (totals[d] ?? 0) + t;
      areas7[d] = (areas7[d] ?? 0) + 1;
      if (withPopulation) {
        rateTotals[d] = (rateTotals[d] ?? 0) + t;
        populations[d] = (populations[d] ?? 0) + (w.population as number);
      }
    }
    if (w.daily !== null) {
      for (let d = 0; d < nDays; d++) {
        const c = w.daily[d] ?? null;
        if (c !== null) daily[d] = (daily[d] ?? 0) + c;
      }
    }
    this.withData++;
    const a = completeIdx >= 0 ? (w.totals[completeIdx] ?? null) : null;
    // The previous 7 days exist only when the window holds them whole (a series of 8 to 13 days
    // has none, for any area): only then is an area without them left out of the latest too.
    const hasPrevious = completeIdx - WEEK >= WEEK - 1;
    const b = hasPrevious ? (w.totals[completeIdx - WEEK] ?? null) : null;
    if (a === null) return;
    if (b === null && hasPrevious) return;
    this.inLatest++;
    this.latest = (this.latest ?? 0) + a;
    if (b !== null) this.previous = (this.previous ?? 0) + b;
    if (withPopulation) {
      this.rateCount = (this.rateCount ?? 0) + a;
      this.population = (this.population ?? 0) + (w.population as number);
    }
  }

  /**
   * Adds a series of counts of no area (the dataset's `unplacedValues`) to the group's counts and 7-day
   * totals, as a member area would be but for the area counts and the rates (it has no population).
   */
  addNotPlaced(w: Pick<AreaWork, 'daily' | 'totals'>, spans: readonly (readonly [number, number])[] = []): void {
    const { nDays, completeIdx } = this.window;
    this.notPlaced ??= 0;
    if (w.totals === null) return;
    for (const [day, days] of spans) this.spanDays.set(day, Math.max(this.spanDays.get(day) ?? 0, days));
    for (let d = 0; d < nDays; d++) {
      const t = w.totals[d] ?? null;
      if (t !== null) this.totals[d] = (this.totals[d] ?? 0) + t;
      const c = w.daily?.[d] ?? null;
      if (c !== null) this.daily[d] = (this.daily[d] ?? 0) + c;
    }
    const a = completeIdx >= 0 ? (w.totals[completeIdx] ?? null) : null;
    const hasPrevious = completeIdx - WEEK >= WEEK - 1;
    const b = hasPrevious ? (w.totals[completeIdx - WEEK] ?? null) : null;
    if (a === null || (b === null && hasPrevious)) return;
    this.latest = (this.latest ?? 0) + a;
    if (b !== null) this.previous = (this.previous ?? 0) + b;
    this.notPlaced += a;
  }

  /** The group's summary and series file from the members added. */
  figures(below: number): GroupFigures {
    const { latest, previous, rateCount, population } = this;
    const series = seriesFile(
      {
        code: this.code,
        name: this.name,
        population: null,
        start: this.window.start,
        daily: this.daily,
        totals: this.totals,
      },
      below,
      { rateTotals: this.rateTotals, populations: this.populations, areas7: this.areas7 },
    );
    // The days that include members' reports for several days: the most days covered, and by how many areas.
    const spanned = [...this.spanDays.keys()].sort((a, b) => a - b);
    if (spanned.length > 0) {
      series.reportedFor = spanned.map((d) => [d, this.spanDays.get(d) ?? 1]);
      series.reportedForAreas = spanned.map((d) => [d, this.spanAreas.get(d) ?? 0]);
    }
    return {
      summary: {
        code: this.code,
        name: this.name,
        areaCount: this.withData,
        areasInLatest: this.inLatest,
        population,
        figures: headlineFigures({ latest, previous, rateCount, population }, below),
        ...(this.notPlaced === null ? {} : { notPlaced: suppressCount(this.notPlaced, below) }),
      },
      series,
    };
  }
}
