/**
 * Calendar days as integers (days since 1970-01-01, UTC), the unit every daily
 * series is indexed by. Pure: no time zone enters, so a day never shifts.
 */
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO `YYYY-MM-DD` day (NaN when it is not one). */
export function dayNumber(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Number.NaN;
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
