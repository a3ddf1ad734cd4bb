/**
 * Fixed calendar facts for the demo period. Days are counted as UTC day numbers
 * (days since 1970-01-01) so no time zone or clock is ever consulted.
 */

const MS_PER_DAY = 86_400_000;

/** First and last notification dates (inclusive). The last is the "data as at" date. */
export const PERIOD_START = '2023-01-01';
export const PERIOD_END = '2025-11-16';

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`bad date ${iso}`);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as spreadsheets in the UK often write dates. */
export function dmyDate(day: number): string {
  const [y, m, d] = isoDate(day).split('-');
  return `${d}/${m}/${y}`;
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(day: number): number {
  return (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
}

/** Day of the year as a fraction of a year, for seasonal curves. */
export function yearFraction(day: number): number {
  const year = Number(isoDate(day).slice(0, 4));
  return (day - dayNumber(`${year}-01-01`)) / 365.25;
}

/** England and Wales bank holidays in the demo period. */
export const BANK_HOLIDAYS: ReadonlySet<string> = new Set([
  '2023-01-02',
  '2023-04-07',
  '2023-04-10',
  '2023-05-01',
  '2023-05-08',
  '2023-05-29',
  '2023-08-28',
  '2023-12-25',
  '2023-12-26',
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
]);

/** School holidays of a typical English local authority (first and last day, inclusive). */
const SCHOOL_HOLIDAYS: readonly (readonly [string, string])[] = [
  ['2022-12-17', '2023-01-03'],
  ['2023-02-11', '2023-02-19'],
  ['2023-04-01', '2023-04-16'],
  ['2023-05-27', '2023-06-04'],
  ['2023-07-22', '2023-09-04'],
  ['2023-10-28', '2023-11-05'],
  ['2023-12-22', '2024-01-03'],
  ['2024-02-10', '2024-02-18'],
  ['2024-03-29', '2024-04-14'],
  ['2024-05-25', '2024-06-02'],
  ['2024-07-23', '2024-09-03'],
  ['2024-10-26', '2024-11-03'],
  ['2024-12-21', '2025-01-05'],
  ['2025-02-15', '2025-02-23'],
  ['2025-04-05', '2025-04-21'],
  ['2025-05-24', '2025-06-01'],
  ['2025-07-23', '2025-09-02'],
  ['2025-10-25', '2025-11-02'],
];

const HOLIDAY_RANGES = SCHOOL_HOLIDAYS.map(([from, to]) => [dayNumber(from), dayNumber(to)] as const);

export function isSchoolHoliday(day: number): boolean {
  return HOLIDAY_RANGES.some(([from, to]) => day >= from && day <= to);
}
