/** Dansk (da): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
  'cases.change.suppressed':
    'Ændringen i forhold til {period} vises ikke, fordi tallene er for små til at blive offentliggjort.',
  'cases.change.previousWeek': 'de foregående 7 dage',
  'cases.change.noData': 'Der er ingen data at sammenligne med {period}.',
  'cases.change.noChangeShort': 'Uændret',
  'cases.change.noChange': 'Uændret i forhold til {period}.',
  'cases.change.amount': '{magnitude} {unit}',
  'cases.change.amountPct': '{magnitude} {unit} ({pct})',
  'cases.change.up': '{amount} flere end {period}',
  'cases.change.down': '{amount} færre end {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, en forværring.',
  'cases.change.better': '{change}, en forbedring.',
  'cases.summary.noWeek': 'Der er endnu ingen fuldstændig uge med data.',
  'cases.summary.when': 'de 7 dage til og med {date}',
  'cases.summary.noData': 'I {place} er der ingen data om {measure} for {when}.',
  'cases.summary.suppressed':
    'I {place} var antallet af {measure} i {when} for lille til at blive offentliggjort (færre end {threshold}).',
  'cases.summary.rate': '{rate} pr. 100.000 indbyggere',
  'cases.summary.rankFirst': ', det højeste af {ranked} områder',
  'cases.summary.rankFirstJoint': ', delt højeste af {ranked} områder',
  'cases.summary.rank': ', det {ordinal} højeste af {ranked} områder',
  'cases.summary.rankJoint': ', delt {ordinal} højeste af {ranked} områder',
  'cases.summary.changeSuppressed':
    'I {place} var {measure} i {when} {level}{rank}; ændringen i forhold til de 7 dage før vises ikke, fordi tallene er for små til at blive offentliggjort.',
  'cases.summary.noEarlier':
    'I {place} var {measure} i {when} {level}{rank}; der er intet tidligere tal at sammenligne med.',
  'cases.summary.unchanged': 'I {place} var {measure} i {when} uændret {level}{rank}.',
  'cases.summary.roseFromZero': 'I {place} steg {measure} i {when} fra nul til {level}{rank}.',
  'cases.summary.fellFromZero': 'I {place} faldt {measure} i {when} fra nul til {level}{rank}.',
  'cases.summary.rose': 'I {place} steg {measure} i {when} med {pct} til {level}{rank}.',
  'cases.summary.fell': 'I {place} faldt {measure} i {when} med {pct} til {level}{rank}.',
  'cases.chart.empty': 'Intet at vise: der er ikke indberettet nogen {unit}.',
  'cases.chart.emptyRange': 'Intet at vise: der er ikke indberettet nogen {unit} fra {from} til {to}.',
  'cases.chart.trend': 'Daglige {unit} fra {from} til {to} som søjler, med 7-dages gennemsnittet som en linje.',
  'cases.chart.trendPeak': '7-dages gennemsnittet var højest den {date}: {value} om dagen.',
  'cases.chart.trendLastComplete': 'Den {date}, den sidste fuldstændige dag, var det {value} om dagen.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'Én søjle dækker flere dage: kilden har sprunget dage over, og den næste indberetning ({reports}) rummer dem alle.',
      other:
        '{count} søjler dækker flere dage: kilden har sprunget dage over, og den næste indberetning ({reports}) rummer dem alle.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, for {days} dag',
      other: '{date}, for {days} dage',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'Den sidste dag er skraveret: den er endnu ikke fuldstændig.',
      other: 'De sidste {count} dage er skraveret: de er endnu ikke fuldstændige.',
    },
  },
  'cases.chart.compareNone': 'Ingen rater at vise.',
  'cases.chart.compare': '7-dages rater pr. 100.000 fra {from} til {to}, én linje for hver af {areas}.',
  'cases.chart.compareLine': '{area}: {rate} den {date}.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['cases.summary.changeSuppressed', 'cases.chart.trendSpanned'];
