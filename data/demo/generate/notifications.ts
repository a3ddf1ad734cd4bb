/**
 * Daily notifications of four diseases per ward, 2023-01-01 to 2025-11-16.
 * Each count is Poisson around (rate per 100,000 per day) x population, where the
 * rate carries the disease's seasonality, a ward risk factor, a weekday/bank
 * holiday reporting pattern and, in the last 7 days, incomplete reporting.
 */
import {
  BANK_HOLIDAYS,
  dayNumber,
  dmyDate,
  isoDate,
  isSchoolHoliday,
  PERIOD_END,
  PERIOD_START,
  weekday,
  yearFraction,
} from './calendar.ts';
import type { Ward } from './geography.ts';
import type { Row } from './messy.ts';
import { poisson, rngFor, uniform } from './random.ts';

export const DISEASES = ['Campylobacter', 'Influenza (lab-confirmed)', 'Measles', 'Norovirus'] as const;
export type Disease = (typeof DISEASES)[number];

export const NOTIFICATIONS_HEADER = ['notified_date', 'ward_code', 'disease', 'cases'];

/** Days at the end of the period that are not yet fully reported. */
export const REPORTING_LAG_DAYS = 7;

/** Labs report little at weekends and on bank holidays, and catch up on Monday. Mean 1. */
const WEEKDAY_FACTOR = [1.25, 1.15, 1.1, 1.05, 1.0, 0.45, 0.3].map((f) => f / 0.9);

/** Influenza seasons: peak date, height (per 100,000 per day) and spread (days). */
const FLU_SEASONS = [
  { peak: '2022-12-20', height: 14, spread: 16 },
  { peak: '2024-01-12', height: 7, spread: 24 },
  { peak: '2024-12-30', height: 15, spread: 17 },
  { peak: '2025-12-08', height: 16, spread: 14 }, // rising as the data ends
];

/** The measles outbreak: start date, length, expected cases and each ward's share. */
const MEASLES_OUTBREAK = { start: '2024-02-19', days: 35, expectedCases: 64, shares: [0.5, 0.3, 0.2] }; // the seeded draw gives 59

function seasonal(day: number, peakFraction: number): number {
  return 0.5 + 0.5 * Math.cos(2 * Math.PI * (yearFraction(day) - peakFraction));
}

function influenzaRate(day: number): number {
  const seasons = FLU_SEASONS.reduce(
    (sum, s) => sum + s.height * Math.exp(-0.5 * ((day - dayNumber(s.peak)) / s.spread) ** 2),
    0,
  );
  return 0.4 + seasons;
}

/** Winter peak in mid-January, damped in school holidays (a few days after they start). */
function norovirusRate(day: number): number {
  const winter = seasonal(day, 14 / 365.25) ** 2;
  return (0.2 + 1.0 * winter) * (isSchoolHoliday(day - 3) ? 0.55 : 1);
}

/** About 100 per 100,000 a year, peaking in June. */
function campylobacterRate(day: number): number {
  return 0.27 * (0.4 + 1.2 * seasonal(day, 165 / 365.25));
}

/** Outbreak cases expected on `day` in the outbreak wards (in order of their share). */
function measlesOutbreakCases(day: number): number {
  const t = day - dayNumber(MEASLES_OUTBREAK.start);
  if (t < 0 || t >= MEASLES_OUTBREAK.days) return 0;
  const shape = (u: number) => u * u * Math.exp(-u / 5);
  let total = 0;
  for (let u = 0; u < MEASLES_OUTBREAK.days; u++) total += shape(u + 0.5);
  return (MEASLES_OUTBREAK.expectedCases * shape(t + 0.5)) / total;
}

/** Share of the eventual count already reported: 40% on the last day, 100% from 7 days back. */
function completeness(day: number): number {
  const daysBack = dayNumber(PERIOD_END) - day;
  return daysBack >= REPORTING_LAG_DAYS ? 1 : 0.4 + (0.6 * daysBack) / REPORTING_LAG_DAYS;
}

function reportingFactor(day: number): number {
  const factor = BANK_HOLIDAYS.has(isoDate(day)) ? (WEEKDAY_FACTOR[6] ?? 1) : (WEEKDAY_FACTOR[weekday(day)] ?? 1);
  return factor * completeness(day);
}

/** Three adjacent wards for the measles outbreak: the town centre and two neighbours of each other. */
export function measlesOutbreakWards(wards: readonly Ward[]): string[] {
  const centre = wards.find((w) => w.name === 'Eastmere Central') ?? wards[0];
  if (!centre) throw new Error('no wards');
  const byCode = new Map(wards.map((w) => [w.code, w]));
  for (const a of centre.neighbours) {
    const b = centre.neighbours.find((c) => c !== a && byCode.get(a)?.neighbours.includes(c));
    if (b) return [centre.code, a, b];
  }
  throw new Error('no triangle of adjacent wards around the town centre');
}

export interface NotificationInputs {
  wards: readonly Ward[];
  populations: ReadonlyMap<string, number>;
}

/** Clean rows, sorted by date, ward code and disease. */
export function notificationRows({ wards, populations }: NotificationInputs): Row[] {
  const rng = rngFor('notifications');
  const risk = new Map(wards.map((w) => [w.code, uniform(rng, 0.8, 1.25)]));
  const outbreak = measlesOutbreakWards(wards);
  const rows: Row[] = [];
  for (let day = dayNumber(PERIOD_START); day <= dayNumber(PERIOD_END); day++) {
    const date = isoDate(day);
    const reporting = reportingFactor(day);
    const baseRates: Record<Disease, number> = {
      Campylobacter: campylobacterRate(day),
      'Influenza (lab-confirmed)': influenzaRate(day),
      Measles: 0.004,
      Norovirus: norovirusRate(day),
    };
    for (const ward of wards) {
      const people = (populations.get(ward.code) ?? 0) / 100_000;
      const wardRisk = risk.get(ward.code) ?? 1;
      for (const disease of DISEASES) {
        let mean = baseRates[disease] * people * wardRisk;
        const share = outbreak.indexOf(ward.code);
        if (disease === 'Measles' && share >= 0)
          mean += measlesOutbreakCases(day) * (MEASLES_OUTBREAK.shares[share] ?? 0);
        rows.push({ fields: [date, ward.code, disease, String(poisson(rng, mean * reporting))] });
      }
    }
  }
  return rows;
}

type Key = readonly [date: string, wardCode: string, disease: Disease];

interface Flaw {
  at: Key;
  /** Replace fields of the row at `at`, or insert a new row right after it. */
  action: 'replace' | 'insert';
  fields: (original: readonly string[]) => string[];
  problem: string;
  expected: string;
}

/** The deliberate flaws, at fixed places well away from the outbreak and the lag. */
const FLAWS: readonly Flaw[] = [
  {
    at: ['2023-03-14', 'X05000003', 'Norovirus'],
    action: 'replace',
    fields: ([, ...rest]) => [dmyDate(dayNumber('2023-03-14')), ...rest],
    problem: 'date written dd/mm/yyyy',
    expected: 'accepted as 2023-03-14',
  },
  {
    at: ['2023-06-05', 'X05000008', 'Campylobacter'],
    action: 'replace',
    fields: ([, ...rest]) => [dmyDate(dayNumber('2023-06-05')), ...rest],
    problem: 'date written dd/mm/yyyy, day and month both ≤ 12',
    expected: 'accepted as 2023-06-05 (5 June: dd/mm, not mm/dd)',
  },
  {
    at: ['2023-08-09', 'X05000011', 'Campylobacter'],
    action: 'replace',
    fields: ([d, w, x]) => [d ?? '', w ?? '', x ?? '', ''],
    problem: 'blank cases',
    expected: 'rejected: count is missing (never read as zero)',
  },
  {
    at: ['2023-10-23', 'X05000002', 'Influenza (lab-confirmed)'],
    action: 'replace',
    fields: ([d, w, x]) => [d ?? '', w ?? '', x ?? '', 'n/a'],
    problem: 'cases "n/a"',
    expected: 'rejected: count is missing (n/a is a default missing value)',
  },
  {
    at: ['2024-01-17', 'X05000014', 'Influenza (lab-confirmed)'],
    action: 'replace',
    fields: ([d, w, x]) => [d ?? '', w ?? '', x ?? '', '-2'],
    problem: 'negative count',
    expected: 'rejected: count is negative (rejectNegative defaults to true)',
  },
  {
    at: ['2024-02-28', 'X05000006', 'Influenza (lab-confirmed)'],
    action: 'insert',
    fields: ([, w, x]) => ['31/02/2024', w ?? '', x ?? '', '2'],
    problem: 'impossible date 31/02/2024',
    expected: 'rejected: not a date (31 February does not exist)',
  },
  {
    at: ['2024-02-29', 'X05000018', 'Norovirus'],
    action: 'insert',
    fields: ([d, , x]) => [d ?? '', 'X05000099', x ?? '', '1'],
    problem: 'unknown ward code X05000099',
    expected: 'rejected: area code matches no area; unknownCodes lists X05000099 with 1 row',
  },
  {
    at: ['2024-05-20', 'X05000010', 'Campylobacter'],
    action: 'insert',
    fields: (original) => [...original],
    problem: 'exact duplicate of the line above',
    expected: 'rejected: duplicate of an earlier row (the first copy is kept); duplicates = 1',
  },
  {
    at: ['2024-09-09', 'X05000004', 'Norovirus'],
    action: 'replace',
    fields: ([d, w, ...rest]) => [d ?? '', ` ${w ?? ''}`, ...rest],
    problem: 'ward code with a leading space',
    expected: 'accepted: codes are trimmed',
  },
  {
    at: ['2024-10-01', 'X05000012', 'Measles'],
    action: 'insert',
    fields: ([d, , x]) => [d ?? '', '', x ?? '', '0'],
    problem: 'blank ward code',
    expected: 'rejected: area code is missing',
  },
];

/** Applies the flaws to the clean rows (which must be in `notificationRows` order). */
export function withFlaws(rows: readonly Row[], wardCodes: readonly string[]): Row[] {
  const indexOf = ([date, code, disease]: Key) =>
    ((dayNumber(date) - dayNumber(PERIOD_START)) * wardCodes.length + wardCodes.indexOf(code)) * DISEASES.length +
    DISEASES.indexOf(disease);
  const out: Row[][] = rows.map((row) => [row]);
  for (const flaw of FLAWS) {
    const slot = out[indexOf(flaw.at)];
    const original = slot?.[0];
    if (!slot || !original || original.fields[0] !== flaw.at[0] || original.fields[1] !== flaw.at[1])
      throw new Error(`no row for ${flaw.at.join(' ')}`);
    const flawed: Row = {
      fields: flaw.fields(original.fields),
      messy: { problem: flaw.problem, expected: flaw.expected },
    };
    if (flaw.action === 'replace') slot[0] = flawed;
    else slot.push(flawed);
  }
  return out.flat();
}
