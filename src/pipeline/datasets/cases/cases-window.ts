import { isoDay } from '../../../lib/day-number.ts';

/** Days in a week: the span of every trailing total and of each map week. */
export const WEEK = 7;

/** The days a cases dataset's files cover, and the last one whose counts are complete. */
export interface CasesWindow {
  /** First day with a row (days since 1970-01-01). */
  firstDay: number;
  /** Days from the first to the last day with a row, both included. */
  nDays: number;
  /** `firstDay` as an ISO date: where every series starts. */
  start: string;
  /** Index (from `firstDay`) of the last complete day: `reportingLagDays` before the last day; negative when none is. */
  completeIdx: number;
}

export function casesWindow(firstDay: number, lastDay: number, reportingLagDays: number): CasesWindow {
  const nDays = lastDay - firstDay + 1;
  return { firstDay, nDays, start: isoDay(firstDay), completeIdx: nDays - 1 - reportingLagDays };
}
