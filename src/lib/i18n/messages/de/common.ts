/** Deutsch (de): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/common.ts';

export const messages: NamespaceMessages<typeof source> = {
  'common.source.publisher': 'Veröffentlicht von',
  'common.source.licence': 'Lizenz',
  'common.source.attribution': 'Quellenangabe',
  'common.source.updated': 'Zuletzt aktualisiert vom Herausgeber',
  'common.source.notes': 'Hinweise',
  'common.picker.label': 'Gebiet zum Vergleich hinzufügen (bis zu {max})',
  'common.picker.hint': 'Geben Sie einen Teil des Namens oder Codes ein und wählen Sie das Gebiet aus den Vorschlägen.',
  'common.picker.add': 'Hinzufügen',
  'common.picker.chosen': 'Gebiete im Vergleich',
  'common.picker.loading': 'Die Liste der Gebiete wird geladen …',
  'common.picker.loadFailed':
    'Die Liste der Gebiete konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.picker.typeFirst': 'Geben Sie zuerst den Namen eines Gebiets ein.',
  'common.picker.noSuch': 'Kein Gebiet heißt „{typed}“: Wählen Sie eines aus den Vorschlägen.',
  'common.picker.already': 'Dieses Gebiet ist bereits im Vergleich.',
  'common.picker.full': {
    by: 'max',
    forms: {
      one: 'Es kann höchstens {max} Gebiet hinzugefügt werden.',
      other: 'Es können höchstens {max} Gebiete hinzugefügt werden.',
    },
  },
  'common.picker.added': '{area} hinzugefügt.',
  'common.picker.removed': '{area} entfernt.',
  'common.picker.remove': '{area} entfernen',
  'common.accounting.heading': 'Jede Zeile nachgewiesen',
  'common.accounting.read': { by: 'n', forms: { one: '{count} Zeile gelesen', other: '{count} Zeilen gelesen' } },
  'common.accounting.accepted': '{count} akzeptiert',
  'common.accounting.rejected': '{count} abgelehnt',
  'common.accounting.chartTitle': 'Akzeptierte und abgelehnte Zeilen',
  'common.accounting.description': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile gelesen: {accepted} akzeptiert und {rejected} abgelehnt. Die Tabelle unten nennt jeden Ablehnungsgrund.',
      other:
        '{rows} Zeilen gelesen: {accepted} akzeptiert und {rejected} abgelehnt. Die Tabelle unten nennt jeden Ablehnungsgrund.',
    },
  },
  'common.accounting.caption': 'Zeilen nach Ergebnis.',
  'common.accounting.captionCompressed':
    'Zeilen nach Ergebnis (die Achse ist gestaucht, damit kleine Anzahlen sichtbar bleiben).',
  'common.accounting.tableLabel': 'Zeilen nach Ergebnis, Tabelle',
  'common.accounting.tableCaption': 'Zeilen nach Ergebnis',
  'common.accounting.outcome': 'Ergebnis',
  'common.accounting.rows': 'Zeilen',
  'common.accounting.barAccepted': 'Akzeptiert',
  'common.accounting.barRejected': 'Abgelehnt: {reason}',
  'common.accounting.leftOut': '{count} ausgelassen',
  'common.accounting.barLeftOut': 'Durch die Konfiguration ausgelassen',
  'common.accounting.descriptionLeftOut':
    'Durch die Konfiguration ausgelassen, weder angenommen noch abgelehnt: {leftOut}.',
  'common.accounting.notPlaced': 'Keinem Gebiet zugeordnet: {count}',
  'common.accounting.notPlacedHeading': 'Zeilen, die keinem Gebiet zugeordnet sind',
  'common.accounting.notPlacedIntro':
    'Diese Zeilen sind angenommen: Sie enthalten Zahlen oder Werte, die die Datei keinem Gebiet zuordnet, unten nach ihrem Wert aufgeführt. Zahlen darunter gehen in die Summen des Datensatzes ein, aber in die keines Gebiets: Sie haben keine Gebietsseite, keinen Platz auf der Karte und keinen Rang.',
  'common.accounting.leftOutHeading': 'Durch die Konfiguration ausgelassene Zeilen',
  'common.accounting.leftOutIntro':
    'Die Dateien enthalten mehr, als dieser Datensatz behandelt (etwa andere geografische Ebenen oder Reihen). Die Konfiguration der Website behält nur einen Teil ihrer Zeilen: Die übrigen werden hier gezählt, nach der Spalte und dem Wert, die sie ausgelassen haben, und sind weder angenommen noch abgelehnt und stehen nicht in der Datei der abgelehnten Zeilen.',
  'common.accounting.leftOutColumn': 'Spalte',
  'common.accounting.leftOutValue': 'Wert',
  'common.accounting.leftOutOther': 'Andere Werte',
  'common.accounting.noneRejected':
    'Es wurde keine Zeile abgelehnt, daher gibt es keine Datei abgelehnter Zeilen zum Herunterladen.',
  'common.accounting.download':
    'Alle abgelehnten Zeilen herunterladen (CSV: Datei, Zeile, Spalte, Grund, Wert sowie Code, Name und Datum der Zeile)',
  'common.accounting.unknown.heading': 'Gebietscodes ohne passendes Gebiet',
  'common.accounting.unknown.hintsIntro':
    'Zeilen mit diesen Codes wurden abgelehnt. Wie die Codes aussehen und womit sie sich verknüpfen ließen:',
  'common.accounting.unknown.rejected': 'Zeilen mit diesen Codes wurden abgelehnt.',
  'common.accounting.unknown.label': 'Unbekannte Gebietscodes',
  'common.accounting.unknown.code': 'Code',
  'common.accounting.unknown.name': 'Name in der Datei',
  'common.accounting.warnings': 'Warnungen',
  'common.accounting.first.heading': 'Erste abgelehnte Zeilen',
  'common.accounting.first.caption': {
    forms: {
      one: 'Erste {shown} von {count} abgelehnten Zeile',
      other: 'Erste {shown} von {count} abgelehnten Zeilen',
    },
  },
  'common.accounting.col.file': 'Datei',
  'common.accounting.col.line': 'Zeilennummer',
  'common.accounting.col.column': 'Spalte',
  'common.accounting.col.reason': 'Grund',
  'common.accounting.col.value': 'Wert',
  'common.accounting.col.about': 'Zeile betrifft',
  'common.accounting.wholeRow': '(ganze Zeile)',
  'common.accounting.filesRead': 'Gelesene Dateien',
  'common.accounting.file.features': {
    forms: {
      one: '{count} Objekt (GeoJSON oder TopoJSON, eine Zeile je Objekt)',
      other: '{count} Objekte (GeoJSON oder TopoJSON, eine Zeile je Objekt)',
    },
  },
  'common.accounting.file.rows': { forms: { one: '{count} Zeile', other: '{count} Zeilen' } },
  'common.accounting.file.encodingDetected': '{encoding} (erkannt)',
  'common.accounting.file.delimiter': 'Trennzeichen „{delimiter}“',
  'common.accounting.file.delimiterTab': 'Trennzeichen Tabulator',
  'common.accounting.file.blank': {
    forms: { one: '{count} Leerzeile übersprungen', other: '{count} Leerzeilen übersprungen' },
  },
  'common.accounting.cells.heading': 'Jede Zelle nachgewiesen',
  'common.accounting.cells.intro':
    'Die Datei hat eine Spalte je Zeitraum: Jede Zelle (der Wert eines Gebiets für einen Zeitraum) wird einzeln gezählt und einzeln akzeptiert oder abgelehnt.',
  'common.accounting.cells.read': { by: 'n', forms: { one: '{count} Zelle gelesen', other: '{count} Zellen gelesen' } },
  'common.accounting.cells.chartTitle': 'Akzeptierte und abgelehnte Zellen',
  'common.accounting.cells.description': {
    by: 'rows',
    forms: {
      one: '{rows} Zelle gelesen: {accepted} akzeptiert und {rejected} abgelehnt. Die Tabelle unten nennt jeden Ablehnungsgrund.',
      other:
        '{rows} Zellen gelesen: {accepted} akzeptiert und {rejected} abgelehnt. Die Tabelle unten nennt jeden Ablehnungsgrund.',
    },
  },
  'common.accounting.cells.caption': 'Zellen nach Ergebnis.',
  'common.accounting.cells.captionCompressed':
    'Zellen nach Ergebnis (die Achse ist gestaucht, damit kleine Anzahlen sichtbar bleiben).',
  'common.accounting.cells.tableLabel': 'Zellen nach Ergebnis, Tabelle',
  'common.accounting.cells.tableCaption': 'Zellen nach Ergebnis',
  'common.accounting.cells.unit': 'Zellen',
  'common.accounting.cells.noneRejected':
    'Es wurde keine Zelle abgelehnt, daher gibt es keine Datei abgelehnter Zellen zum Herunterladen.',
  'common.accounting.cells.download':
    'Alle abgelehnten Zellen herunterladen (CSV: Datei, Zeile, Spalte, Grund, Wert sowie Code, Name und Zeitraum der Zeile)',
  'common.accounting.cells.unknownHintsIntro':
    'Die Zellen der Zeilen mit diesen Codes wurden abgelehnt. Wie die Codes aussehen und was sie zuordnen würde:',
  'common.accounting.cells.unknownRejected': 'Die Zellen der Zeilen mit diesen Codes wurden abgelehnt.',
  'common.accounting.cells.firstHeading': 'Erste abgelehnte Zellen',
  'common.accounting.cells.firstCaption': {
    forms: {
      one: 'Erste {shown} von {count} abgelehnten Zelle',
      other: 'Erste {shown} von {count} abgelehnten Zellen',
    },
  },
  'common.accounting.cells.about': 'Zelle betrifft',
  'common.accounting.file.cells': { forms: { one: '{count} Zelle', other: '{count} Zellen' } },
  'common.accounting.file.periodColumns': {
    by: 'n',
    forms: { one: '{n} Zeitraumspalte: {columns}', other: '{n} Zeitraumspalten: {columns}' },
  },
  'common.accounting.cells.introAreas':
    'Die Datei hat eine Spalte je Gebiet: Jede Zelle (die Zahl eines Gebiets für einen Tag) wird einzeln gezählt und einzeln akzeptiert oder abgelehnt.',
  'common.accounting.cells.downloadAreas':
    'Alle abgelehnten Zellen herunterladen (CSV: Datei, Zeile, Spalte, Grund, Wert sowie Gebiet der Zelle und Datum der Zeile)',
  'common.accounting.file.areaColumns': {
    by: 'n',
    forms: { one: '{n} Gebietsspalte: {columns}', other: '{n} Gebietsspalten: {columns}' },
  },
  'common.map.zoomIn': 'Vergrößern',
  'common.map.zoomOut': 'Verkleinern',
  'common.map.resetBearing': 'Karte nach Norden ausrichten',
  'common.map.toggleAttribution': 'Quellenangaben der Karte ein- oder ausblenden',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'common.accounting.noneRejected',
  'common.accounting.cells.noneRejected',
  'common.picker.loading',
  'common.picker.loadFailed',
  'common.picker.typeFirst',
  'common.picker.noSuch',
  'common.picker.already',
  'common.picker.full',
  'common.picker.added',
  'common.picker.removed',
  'common.picker.remove',
  'common.accounting.leftOut',
  'common.accounting.barLeftOut',
  'common.accounting.descriptionLeftOut',
  'common.accounting.leftOutHeading',
  'common.accounting.leftOutIntro',
  'common.accounting.leftOutColumn',
  'common.accounting.leftOutValue',
  'common.accounting.leftOutOther',
  'common.accounting.heading',
  'common.accounting.col.about',
  'common.accounting.unknown.hintsIntro',
  'common.map.resetBearing',
  'common.map.toggleAttribution',
  'common.accounting.cells.heading',
  'common.accounting.cells.intro',
  'common.accounting.cells.unknownHintsIntro',
  'common.accounting.cells.firstCaption',
  'common.accounting.cells.introAreas',
  'common.accounting.cells.downloadAreas',
  'common.accounting.file.areaColumns',
  'common.accounting.notPlaced',
  'common.accounting.notPlacedHeading',
  'common.accounting.notPlacedIntro',
];
