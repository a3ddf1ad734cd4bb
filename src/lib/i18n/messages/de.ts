/** German (de). Terms follow the usage of German public health and statistics offices (RKI, Destatis). */
import type { Catalogue } from '../catalogue.ts';

export const de: Catalogue = {
  language: 'de',
  name: 'Deutsch',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'je 100.000 Einwohner',
      note: '7-Tage-Inzidenz: Fälle in 7 Tagen je 100.000 Einwohner',
    },
    { term: '7-day average', translation: '7-Tage-Mittel', note: 'Mittelwert der Tageszahlen der letzten 7 Tage' },
    {
      term: 'suppressed',
      translation: 'unterdrückt',
      note: 'aus Datenschutzgründen nicht veröffentlicht (zu kleine Zahl)',
    },
    { term: 'vacant', translation: 'leer stehend', note: 'Gebäude oder Fläche ohne Nutzung' },
    { term: 'under-used', translation: 'untergenutzt', note: 'nur teilweise genutzt' },
    { term: 'benchmark', translation: 'Vergleichswert', note: 'der Wert, mit dem ein Gebiet verglichen wird' },
  ],
  review: ['offline.app.description', 'cases.summary.changeSuppressed', 'cases.chart.trendSpanned'],
  messages: {
    'format.suppressed': 'unterdrückt',
    'format.noData': 'keine Daten',
    'number.ordinal': { by: 'n', ordinal: true, forms: { other: '{n}.' } },

    'layout.title': '{page} · {site}',
    'layout.skipLink': 'Zum Hauptinhalt springen',
    'layout.nav.label': 'Hauptnavigation',
    'layout.nav.home': 'Startseite',
    'layout.nav.cases': 'Infektionsgeschehen',
    'layout.nav.assets': 'Gebäude und Flächen',
    'layout.nav.indicator': 'Kennzahlen',
    'layout.nav.datasets': 'Daten und Qualität',
    'layout.breadcrumb': 'Brotkrümelnavigation',
    'layout.demo.label': 'Demonstrationsseite',
    'layout.demo.lead': 'Demonstrationsseite.',
    'layout.demo.text':
      'Alle hier gezeigten Daten sind fiktiv und für die Demonstration erzeugt; sie beschreiben keinen realen Ort und keine reale Person.',
    'layout.footer.private':
      '{site} ist mit Civic Atlas aus offenen Daten erstellt. Keine Cookies, kein Tracking: Diese Seite stellt keine Anfrage an eine andere Website.',
    'layout.footer.privateTiles':
      '{site} ist mit Civic Atlas aus offenen Daten erstellt. Keine Cookies, kein Tracking: Diese Seite stellt keine Anfrage an eine andere Website, außer für die Hintergrundkacheln der Karte.',
    'layout.footer.kept': 'Für die Offline-Nutzung gespeicherte Seiten',

    'notFound.title': 'Seite nicht gefunden',
    'notFound.text':
      'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie bei der Aktualisierung der Daten verschoben.',
    'notFound.home': 'Zur Startseite',

    'offline.app.description': 'Offene Daten von {council}: Dashboards, Karten und Gebietsprofile.',
    'offline.keep.button': 'Diese Seite für die Offline-Nutzung speichern',
    'offline.keep.working': 'Die Seite wird auf diesem Gerät gespeichert …',
    'offline.keep.done': {
      by: 'files',
      forms: {
        one: 'Auf diesem Gerät gespeichert: {files} Datei, {size}. Die Seite öffnet sich ohne Netz.',
        other: 'Auf diesem Gerät gespeichert: {files} Dateien, {size}. Die Seite öffnet sich ohne Netz.',
      },
    },
    'offline.keep.kept': 'Diese Seite ist auf diesem Gerät gespeichert: Sie öffnet sich ohne Netz.',
    'offline.keep.remove': 'Von diesem Gerät entfernen',
    'offline.keep.removed': 'Von diesem Gerät entfernt.',
    'offline.keep.failed': 'Diese Seite konnte nicht gespeichert werden: {reason}',
    'offline.keep.noWorker':
      'Die Offline-Hilfe dieser Website läuft noch nicht. Laden Sie die Seite mit Netzverbindung neu und versuchen Sie es noch einmal.',
    'offline.keep.list': 'Alle auf diesem Gerät gespeicherten Seiten',
    'offline.list.title': 'Für die Offline-Nutzung gespeicherte Seiten',
    'offline.list.heading': 'Auf diesem Gerät gespeichert',
    'offline.list.intro':
      'Gespeicherte Seiten öffnen sich auf diesem Gerät ohne Netz, mit ihren Diagrammen, Tabellen und Karten. Sie liegen nur in diesem Browser und werden durch neue Fassungen ersetzt, wenn die Website aktualisiert wird.',
    'offline.list.how':
      'Gebietsprofile, Seiten zu Gebäuden und Flächen und Seiten zu Datensätzen haben die Schaltfläche „Diese Seite für die Offline-Nutzung speichern“.',
    'offline.list.empty': 'Auf diesem Gerät sind keine Seiten gespeichert.',
    'offline.list.count': {
      forms: {
        one: '{count} Seite gespeichert, insgesamt {size}.',
        other: '{count} Seiten gespeichert, insgesamt {size}.',
      },
    },
    'offline.list.keptOn': 'gespeichert am {date}, {size}',
    'offline.list.remove': 'Entfernen',
    'offline.list.removeLabel': '{title} von diesem Gerät entfernen',
    'offline.list.removed': '{title} wurde von diesem Gerät entfernt.',
    'offline.list.unsupported': 'Dieser Browser kann keine Seiten für die Offline-Nutzung speichern.',
    'offline.list.noScript': 'Die Liste der gespeicherten Seiten braucht JavaScript.',
    'offline.page.title': 'Sie sind offline',
    'offline.page.text':
      'Diese Seite ist nicht auf diesem Gerät gespeichert und kann ohne Netz nicht geöffnet werden. Stellen Sie die Verbindung wieder her und laden Sie die Seite neu, oder öffnen Sie eine der gespeicherten Seiten.',

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
      forms: { one: '{date}, für {days} Tag', other: '{date}, für {days} Tage' },
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
  },
};
