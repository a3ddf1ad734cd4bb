/**
 * The text alternatives of the cases charts: what a sighted reader takes from
 * the picture, in words (the table beside each chart has every figure).
 */
import { isPublished } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { CompareLine, TrendRow } from './trend-rows.ts';

const published = isPublished;

/** True when a trend has something to draw: a day with a count or a 7-day average (suppressed ones included). */
export function hasTrendData(rows: readonly TrendRow[]): boolean {
  return rows.some((r) => r.count !== null || r.avg7 !== null);
}

/** What a trend chart with nothing to draw says instead of showing empty axes. */
export function emptyTrendText(rows: readonly TrendRow[], unit: string, fmt: Formatter): string {
  const first = rows[0];
  const last = rows.at(-1);
  return first && last
    ? `Nothing to draw: no ${unit} were reported from ${fmt.date(first.date)} to ${fmt.date(last.date)}.`
    : `Nothing to draw: no ${unit} were reported.`;
}

export function trendDescription(rows: readonly TrendRow[], unit: string, fmt: Formatter): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined || !hasTrendData(rows)) return emptyTrendText(rows, unit, fmt);
  const parts = [
    `Daily ${unit} from ${fmt.date(first.date)} to ${fmt.date(last.date)}, as bars, with the 7-day average as a line.`,
  ];
  let peak: TrendRow | undefined;
  for (const r of rows)
    if (published(r.avg7) && (peak === undefined || (r.avg7 as number) > (peak.avg7 as number))) peak = r;
  if (peak) parts.push(`The 7-day average was highest, ${fmt.decimal(peak.avg7, 1)} a day, on ${fmt.date(peak.date)}.`);
  const lastComplete = [...rows].reverse().find((r) => !r.incomplete && r.avg7 !== null);
  if (lastComplete)
    parts.push(
      `On ${fmt.date(lastComplete.date)}, the last complete day, it was ${fmt.decimal(lastComplete.avg7, 1)} a day.`,
    );
  const spanned = rows.filter((r) => r.days > 1);
  if (spanned.length > 0) {
    const one = spanned.length === 1;
    parts.push(
      `${one ? 'One bar covers' : `${spanned.length} bars cover`} several days: the source skipped days, and the next report ` +
        `(on ${spanned
          .slice(0, 3)
          .map((r) => `${fmt.date(r.date)}, for ${r.days} days`)
          .join('; ')}${spanned.length > 3 ? '; …' : ''}) carries them all.`,
    );
  }
  const lagged = rows.filter((r) => r.incomplete).length;
  if (lagged > 0) parts.push(`The last ${lagged} days are shaded: they are still incomplete.`);
  return parts.join(' ');
}

export function compareDescription(lines: readonly CompareLine[], fmt: Formatter): string {
  const first = lines[0]?.rates[0];
  const last = lines[0]?.rates.at(-1);
  if (first === undefined || last === undefined) return 'No rates to show.';
  const parts = [
    `7-day rates per 100,000 from ${fmt.date(first.date)} to ${fmt.date(last.date)}, one line each for ${lines.map((l) => l.name).join(', ')}.`,
  ];
  for (const l of lines) {
    const latest = [...l.rates].reverse().find((r) => r.rate !== null);
    if (latest) parts.push(`${l.name}: ${fmt.decimal(latest.rate, 1)} on ${fmt.date(latest.date)}.`);
  }
  return parts.join(' ');
}
