/** Deutsch (de): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
  'cases.change.suppressed':
    'Die Veränderung gegenüber {period} wird nicht gezeigt, weil die Zahlen zu klein für eine Veröffentlichung sind.',
  'cases.change.previousWeek': 'den 7 Tagen davor',
  'cases.change.noData': 'Es gibt keine Daten für einen Vergleich mit {period}.',
  'cases.change.noChangeShort': 'Keine Veränderung',
  'cases.change.noChange': 'Keine Veränderung gegenüber {period}.',
  'cases.change.amount': '{magnitude} {unit}',
  'cases.change.amountPct': '{magnitude} {unit} ({pct})',
  'cases.change.up': '{amount} mehr als in {period}',
  'cases.change.down': '{amount} weniger als in {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, eine Verschlechterung.',
  'cases.change.better': '{change}, eine Verbesserung.',
  'cases.summary.noWeek': 'Es gibt noch keine vollständige Woche mit Daten.',
  'cases.summary.when': 'den 7 Tagen bis zum {date}',
  'cases.summary.noData': 'In {place} gibt es in {when} keine Daten zu {measure}.',
  'cases.summary.suppressed':
    'In {place} war die Zahl der {measure} in {when} zu klein für eine Veröffentlichung (weniger als {threshold}).',
  'cases.summary.rate': '{rate} je 100.000 Einwohner',
  'cases.summary.rankFirst': ', der höchste Wert von {ranked} Gebieten',
  'cases.summary.rankFirstJoint': ', gemeinsam der höchste Wert von {ranked} Gebieten',
  'cases.summary.rank': ', Platz {ordinal} von {ranked} Gebieten',
  'cases.summary.rankJoint': ', gemeinsam Platz {ordinal} von {ranked} Gebieten',
  'cases.summary.changeSuppressed':
    'In {place} lagen die {measure} in {when} bei {level}{rank}; die Veränderung gegenüber den 7 Tagen davor wird nicht gezeigt, weil die Zahlen zu klein für eine Veröffentlichung sind.',
  'cases.summary.noEarlier':
    'In {place} lagen die {measure} in {when} bei {level}{rank}; es gibt keinen früheren Wert zum Vergleich.',
  'cases.summary.unchanged': 'In {place} lagen die {measure} in {when} unverändert bei {level}{rank}.',
  'cases.summary.roseFromZero': 'In {place} stiegen die {measure} in {when} von null auf {level}{rank}.',
  'cases.summary.fellFromZero': 'In {place} fielen die {measure} in {when} von null auf {level}{rank}.',
  'cases.summary.rose': 'In {place} stiegen die {measure} in {when} um {pct} auf {level}{rank}.',
  'cases.summary.fell': 'In {place} fielen die {measure} in {when} um {pct} auf {level}{rank}.',
  'cases.chart.empty': 'Nichts darzustellen: Es wurden keine {unit} gemeldet.',
  'cases.chart.emptyRange': 'Nichts darzustellen: Vom {from} bis zum {to} wurden keine {unit} gemeldet.',
  'cases.chart.trend': 'Tägliche {unit} vom {from} bis zum {to} als Balken, mit dem 7-Tage-Mittel als Linie.',
  'cases.chart.trendPeak': 'Das 7-Tage-Mittel war am {date} am höchsten, mit {value} pro Tag.',
  'cases.chart.trendLastComplete': 'Am {date}, dem letzten vollständigen Tag, lag es bei {value} pro Tag.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'Ein Balken umfasst mehrere Tage: Die Quelle hat Tage ausgelassen, und die nächste Meldung ({reports}) enthält sie alle.',
      other:
        '{count} Balken umfassen mehrere Tage: Die Quelle hat Tage ausgelassen, und die nächste Meldung ({reports}) enthält sie alle.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, für {days} Tag',
      other: '{date}, für {days} Tage',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'Der letzte Tag ist schattiert: Er ist noch unvollständig.',
      other: 'Die letzten {count} Tage sind schattiert: Sie sind noch unvollständig.',
    },
  },
  'cases.chart.compareNone': 'Keine Raten darzustellen.',
  'cases.chart.compare': '7-Tage-Raten je 100.000 vom {from} bis zum {to}, je eine Linie für {areas}.',
  'cases.chart.compareLine': '{area}: {rate} am {date}.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['cases.summary.changeSuppressed', 'cases.chart.trendSpanned'];
