/**
 * One area's figures in one week of the rate map, and the sentence a screen
 * reader hears when the area is chosen on the map.
 */
import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { CasesWeek } from '../cases-files.ts';
import type { Formatter } from '../format.ts';
import { rateBand } from './rate-band.ts';
import type { Translator } from '../i18n/translator.ts';
import { countedUnit, metricUnit, type MetricUnit } from './counted-unit.ts';

export interface WeekFigure {
  total: Figure;
  rate: Figure;
  rank: number | null;
}

/** How an area is drawn: a colour band, hatched (no data) or dotted (suppressed). */
export type MapStatus = 'band' | 'none' | 'suppressed';

/** The area's 7-day total, rate and rank in `week`; all null when the week or the area is missing. */
export function weekFigure(week: CasesWeek | null, code: string): WeekFigure {
  const i = week ? week.code.indexOf(code) : -1;
  if (week === null || i < 0) return { total: null, rate: null, rank: null };
  return { total: week.total[i] ?? null, rate: week.rate[i] ?? null, rank: week.rank[i] ?? null };
}

export function mapStatus(rate: Figure): MapStatus {
  return rate === null ? 'none' : rate === SUPPRESSED ? 'suppressed' : 'band';
}

/** Index of the colour band of `rate` under `bands`; -1 when it has no band (no data or suppressed). */
export function mapBand(rate: Figure, bands: readonly number[]): number {
  return rate === null || rate === SUPPRESSED ? -1 : (rateBand(rate, bands) ?? 0);
}

/**
 * "North Ward: 123.4 per 100,000, 25 cases in the 7 days to 7 March 2024, 3rd highest of 18."
 * `unit` names what is counted (with its forms, see counted-unit.ts); `week` null leaves out the dates and rank. One message of `t`
 * per shape of the sentence.
 */
export function areaWeekSentence(
  name: string,
  f: WeekFigure,
  week: Pick<CasesWeek, 'end' | 'ranked'> | null,
  unit: string | MetricUnit,
  fmt: Formatter,
  t: Translator,
): string {
  const date = week ? fmt.date(week.end) : '';
  if (f.total === null)
    return week ? t.t('cases.mapArea.noDataWeek', { area: name, date }) : t.t('cases.mapArea.noData', { area: name });
  if (f.total === SUPPRESSED)
    return t.t(week ? 'cases.mapArea.suppressedWeek' : 'cases.mapArea.suppressed', {
      area: name,
      unit: metricUnit(unit).unit,
      date,
    });
  const rate =
    f.rate === null ? t.t('cases.mapArea.noRate') : t.t('cases.mapArea.rate', { rate: fmt.decimal(f.rate, 1) });
  const parts = { area: name, rate, counted: countedUnit(unit, f.total, fmt.count(f.total), t), date };
  if (!week) return t.t('cases.mapArea.figures', parts);
  if (f.rank === null) return t.t('cases.mapArea.figuresWeek', parts);
  return t.t('cases.mapArea.figuresWeekRank', {
    ...parts,
    ordinal: t.t('number.ordinal', { n: f.rank }),
    ranked: fmt.count(week.ranked),
  });
}
