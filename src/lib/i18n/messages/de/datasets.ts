/** Deutsch (de): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Meldungen von Infektionskrankheiten',
  'datasets.kind.assets': 'Grundstücke und Gebäude',
  'datasets.kind.indicator': 'Indikator',
  'datasets.open.cases': 'Dashboard zur Krankheitsüberwachung öffnen',
  'datasets.open.assets': 'Karte der Gebäude und Grundstücke öffnen',
  'datasets.open.indicator': 'Indikatorseiten öffnen',
  'datasets.index.intro':
    'Jede eingelesene Zeile wird entweder akzeptiert oder mit Datei, Zeile, Spalte und Grund abgelehnt. Die Seite jedes Datensatzes zeigt die Bilanz, und alle abgelehnten Zeilen lassen sich herunterladen.',
  'datasets.index.datasets': 'Datensätze',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} von {rows} Zeile akzeptiert', other: '{accepted} von {rows} Zeilen akzeptiert' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} von {rows} Zeile akzeptiert, {rejected} abgelehnt',
      other: '{accepted} von {rows} Zeilen akzeptiert, {rejected} abgelehnt',
    },
  },
  'datasets.index.layers': 'Gebietsebenen',
  'datasets.index.layerAreas': { forms: { one: '{count} Gebiet.', other: '{count} Gebiete.' } },
  'datasets.index.areaList': 'Gebietsliste (JSON)',
  'datasets.index.boundaries': 'vereinfachte Grenzen (GeoJSON)',
  'datasets.page.description': 'Quelle und Zeilenbilanz für {title}.',
  'datasets.page.source': 'Quelle',
  'datasets.page.downloads': 'Downloads',
  'datasets.download.assetsCsv': 'Alle Objekte als Tabellenblatt',
  'datasets.download.assetsGeojson': 'Alle Objekte für eine Karte (GeoJSON)',
  'datasets.download.assetsTable': 'Alle Objekte, kompakte Tabelle für die Karte',
  'datasets.download.summary': 'Anzahlen nach Status und Gebiet',
  'datasets.download.sourceRows': 'Die Zeile jedes Objekts wie in der Quelle veröffentlicht',
  'datasets.download.outlines': 'Umrisse der als Flächen angegebenen Objekte',
  'datasets.download.values': 'Werte nach Gebiet und Zeitraum',
  'datasets.download.rejections': 'Abgelehnte Zeilen mit Datei, Zeile und Grund',
  'datasets.download.metricSummary': 'Übersicht ({metric})',
  'datasets.download.metricMonthly': 'Monatliche Anzahlen ({metric})',
  'datasets.download.indicator': 'Werte des Indikators ({indicator})',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['datasets.download.assetsTable', 'datasets.download.outlines'];
