/** Change between two period totals. */
export interface PeriodChange {
  /** `latest − previous`; null when either is unknown. */
  change: number | null;
  /** `change / previous × 100`; null when either is unknown or `previous` is 0 (no percentage of nothing). */
  changePct: number | null;
}

/** Change of `latest` on `previous` (e.g. this 7 days on the 7 days before). */
export function periodChange(latest: number | null, previous: number | null): PeriodChange {
  if (latest === null || previous === null) return { change: null, changePct: null };
  const change = latest - previous;
  return { change, changePct: previous === 0 ? null : (change / previous) * 100 };
}
