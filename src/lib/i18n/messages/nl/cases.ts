/** Nederlands (nl): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
  'cases.change.suppressed':
    'De verandering ten opzichte van {period} wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
  'cases.change.previousWeek': 'de 7 dagen ervoor',
  'cases.change.noData': 'Er zijn geen gegevens om te vergelijken met {period}.',
  'cases.change.noChangeShort': 'Geen verandering',
  'cases.change.noChange': 'Geen verandering ten opzichte van {period}.',
  'cases.change.amount': '{magnitude} {unit}',
  'cases.change.amountPct': '{magnitude} {unit} ({pct})',
  'cases.change.up': '{amount} meer dan {period}',
  'cases.change.down': '{amount} minder dan {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, een verslechtering.',
  'cases.change.better': '{change}, een verbetering.',
  'cases.summary.noWeek': 'Er is nog geen volledige week met gegevens.',
  'cases.summary.when': 'de 7 dagen tot en met {date}',
  'cases.summary.noData': 'In {place} zijn er geen gegevens over {measure} voor {when}.',
  'cases.summary.suppressed':
    'In {place} was het aantal {measure} in {when} te klein om te publiceren (minder dan {threshold}).',
  'cases.summary.rate': '{rate} per 100.000 inwoners',
  'cases.summary.rankFirst': ', het hoogste van {ranked} gebieden',
  'cases.summary.rankFirstJoint': ', gedeeld het hoogste van {ranked} gebieden',
  'cases.summary.rank': ', het {ordinal} hoogste van {ranked} gebieden',
  'cases.summary.rankJoint': ', gedeeld het {ordinal} hoogste van {ranked} gebieden',
  'cases.summary.changeSuppressed':
    'In {place} waren de {measure} in {when} {level}{rank}; de verandering ten opzichte van de 7 dagen ervoor wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
  'cases.summary.noEarlier':
    'In {place} waren de {measure} in {when} {level}{rank}; er is geen eerder cijfer om mee te vergelijken.',
  'cases.summary.unchanged': 'In {place} bleven de {measure} in {when} gelijk op {level}{rank}.',
  'cases.summary.roseFromZero': 'In {place} stegen de {measure} in {when} van nul naar {level}{rank}.',
  'cases.summary.fellFromZero': 'In {place} daalden de {measure} in {when} van nul naar {level}{rank}.',
  'cases.summary.rose': 'In {place} stegen de {measure} in {when} met {pct} naar {level}{rank}.',
  'cases.summary.fell': 'In {place} daalden de {measure} in {when} met {pct} naar {level}{rank}.',
  'cases.chart.empty': 'Niets te tonen: er zijn geen {unit} gemeld.',
  'cases.chart.emptyRange': 'Niets te tonen: van {from} tot en met {to} zijn er geen {unit} gemeld.',
  'cases.chart.trend':
    'Aantal {unit} per dag van {from} tot en met {to}, als staven, met het 7-daags gemiddelde als lijn.',
  'cases.chart.trendPeak': 'Het 7-daags gemiddelde was het hoogst op {date}: {value} per dag.',
  'cases.chart.trendLastComplete': 'Op {date}, de laatste volledige dag, was het {value} per dag.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'Eén staaf beslaat meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
      other:
        '{count} staven beslaan meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, voor {days} dag',
      other: '{date}, voor {days} dagen',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'De laatste dag is gearceerd: die is nog onvolledig.',
      other: 'De laatste {count} dagen zijn gearceerd: ze zijn nog onvolledig.',
    },
  },
  'cases.chart.compareNone': 'Geen cijfers om te tonen.',
  'cases.chart.compare': '7-daagse cijfers per 100.000 van {from} tot en met {to}, één lijn voor elk van {areas}.',
  'cases.chart.compareLine': '{area}: {rate} op {date}.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['cases.summary.changeSuppressed', 'cases.chart.trendSpanned'];
