/** Deutsch (de): messages of the home page. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/home.ts';

export const messages: NamespaceMessages<typeof source> = {
  'home.description': 'Offene Daten von {council} als Karten, Diagramme und Tabellen.',
  'home.lede':
    'Offene Daten, veröffentlicht von {council}, aufbereitet als Karten, Diagramme und Tabellen zum Lesen, Prüfen und Herunterladen. Jede Zahl verweist auf ihre Quelle und auf die ausgelassenen Zeilen, mit Begründung.',
  'home.dashboards': 'Dashboards',
  'home.card.cases': 'Fälle im Zeitverlauf nach Gebiet, Raten je {per} Einwohner, wöchentliche Veränderung und Karten.',
  'home.card.assets':
    'Öffentliche Grundstücke und Gebäude, die leer stehen oder untergenutzt sind und die Bürgergruppen vormerken und übernehmen können.',
  'home.card.indicator':
    'Jedes Gebiet im Vergleich zu seinem Vergleichswert, als Rangfolge und Karte, Zeitraum für Zeitraum, mit einer Seite je Gebiet.',
  'home.datasets.heading': 'Datensätze',
  'home.datasets.caption': 'Datensätze auf dieser Website und wie viele Zeilen akzeptiert wurden',
  'home.datasets.dataset': 'Datensatz',
  'home.datasets.kind': 'Art',
  'home.datasets.source': 'Quelle',
  'home.datasets.rowsRead': 'Gelesene Zeilen',
  'home.datasets.rowsOrCellsRead': 'Gelesene Zeilen (oder Zellen)',
  'home.datasets.cells': { forms: { one: '{count} Zelle', other: '{count} Zellen' } },
  'home.datasets.captionCells': 'Datensätze auf dieser Website und wie viele Zeilen (oder Zellen) akzeptiert wurden',
  'home.datasets.accepted': 'Akzeptiert',
  'home.datasets.rejected': 'Abgelehnt',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'home.description',
  'home.lede',
  'home.dashboards',
  'home.card.cases',
  'home.card.assets',
  'home.card.indicator',
  'home.datasets.heading',
  'home.datasets.caption',
  'home.datasets.dataset',
  'home.datasets.kind',
  'home.datasets.source',
  'home.datasets.rowsRead',
  'home.datasets.accepted',
  'home.datasets.rejected',
];
