/** Deutsch (de): messages of the page frame (layout, navigation, footer), formats, the 404 page and offline use. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/frame.ts';

export const messages: NamespaceMessages<typeof source> = {
  'format.suppressed': 'unterdrückt',
  'format.noData': 'keine Daten',
  'number.ordinal': {
    by: 'n',
    ordinal: true,
    forms: {
      other: '{n}.',
    },
  },
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
  'offline.problem.outsideSite': 'sie ist keine Seite dieser Website.',
  'offline.problem.file':
    '{path} konnte nicht abgerufen werden (der Server antwortete {status}). Bitte versuchen Sie es später erneut.',
  'offline.problem.network':
    'die Website ist nicht erreichbar. Bitte versuchen Sie es erneut, wenn dieses Gerät verbunden ist.',
  'offline.problem.full':
    'auf diesem Gerät ist kein Platz mehr, um sie zu speichern. Entfernen Sie einige gespeicherte Seiten und versuchen Sie es erneut.',
  'offline.problem.other': 'der Browser konnte sie nicht speichern ({detail}).',
  'offline.list.failed': 'Das ist nicht gelungen: {reason}',
  'offline.list.noScript': 'Die Liste der gespeicherten Seiten braucht JavaScript.',
  'offline.page.title': 'Sie sind offline',
  'offline.page.text':
    'Diese Seite ist nicht auf diesem Gerät gespeichert und kann ohne Netz nicht geöffnet werden. Stellen Sie die Verbindung wieder her und laden Sie die Seite neu, oder öffnen Sie eine der gespeicherten Seiten.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'offline.app.description',
  'offline.problem.outsideSite',
  'offline.problem.file',
  'offline.problem.network',
  'offline.problem.full',
  'offline.problem.other',
  'offline.list.failed',
];
