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
  'datasets.index.tallyCells': {
    by: 'rows',
    forms: { one: '{accepted} von {rows} Zelle akzeptiert', other: '{accepted} von {rows} Zellen akzeptiert' },
  },
  'datasets.index.tallyCellsRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} von {rows} Zelle akzeptiert, {rejected} abgelehnt',
      other: '{accepted} von {rows} Zellen akzeptiert, {rejected} abgelehnt',
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
  'datasets.reason.invalidCharacters':
    'ungültige Zeichen für die Zeichenkodierung (Bytes, die sich nicht dekodieren lassen)',
  'datasets.reason.unterminatedQuote':
    'Feld in Anführungszeichen nicht abgeschlossen (die Datei ist möglicherweise abgeschnitten)',
  'datasets.reason.malformedQuotes':
    'fehlerhafte Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen ist nicht verdoppelt)',
  'datasets.reason.notFeature': 'das Element ist kein GeoJSON-Objekt',
  'datasets.reason.fieldCount': 'Zeile hat {fields} Felder, die Kopfzeile hat {width}',
  'datasets.reason.emptyRow': 'Zeile ist leer (nur Trennzeichen)',
  'datasets.reason.areaCodeMissing': 'Gebietscode fehlt',
  'datasets.reason.areaCodeUnknown': 'Gebietscode passt zu keinem Gebiet',
  'datasets.reason.areaCodeTooLong': 'Gebietscode ist länger als {max} Zeichen',
  'datasets.reason.areaCodeReserved': 'Gebietscode „{areaCode}“ ist der Name einer Seite der Website',
  'datasets.reason.areaCodeUnsafe':
    'Gebietscode enthält Zeichen, die in Dateinamen und Adressen nicht verwendet werden können (erlaubt sind nur Buchstaben, Ziffern und im Inneren - _ .)',
  'datasets.reason.duplicate': 'Duplikat einer früheren Zeile',
  'datasets.reason.dateMissing': 'Datum fehlt',
  'datasets.reason.dateInvalid': 'kein Datum (erwartet: {expected})',
  'datasets.reason.countMissing': 'Anzahl fehlt',
  'datasets.reason.countNotWhole': 'Anzahl ist keine ganze Zahl',
  'datasets.reason.countNegative': 'Anzahl ist negativ',
  'datasets.reason.countOutOfRange': 'Anzahl liegt außerhalb von ±{max}, dem Höchstwert für einen Tag',
  'datasets.reason.metricMissing': 'Kennzahl fehlt',
  'datasets.reason.cumulativeOutOfOrder': 'kumulierte Anzahl nicht in Datumsreihenfolge',
  'datasets.reason.cumulativeJump': 'Anzahl weicht um mehr als {max} von der vorigen kumulierten Anzahl ab',
  'datasets.reason.cumulativeFell': 'kumulierte Anzahl ist gesunken',
  'datasets.reason.periodMissing': 'Zeitraum fehlt',
  'datasets.reason.valueMissing': 'Wert fehlt',
  'datasets.reason.valueNotNumber': 'Wert ist keine Zahl',
  'datasets.reason.lowerNotNumber': 'untere Grenze ist keine Zahl',
  'datasets.reason.upperNotNumber': 'obere Grenze ist keine Zahl',
  'datasets.reason.oneLimit': 'nur eine Konfidenzgrenze angegeben',
  'datasets.reason.valueOutsideLimits': 'Wert liegt außerhalb seiner Konfidenzgrenzen',
  'datasets.reason.nothingIdentifies': 'nichts kennzeichnet das Objekt (kein Wert für {columns})',
  'datasets.reason.role.reference': 'Aktenzeichen',
  'datasets.reason.role.uprn': 'UPRN',
  'datasets.reason.role.name': 'Name',
  'datasets.reason.role.address': 'Adresse',
  'datasets.warning.item': '„{value}“ ({count})',
  'datasets.warning.more': '{list} und {count} weitere',
  'datasets.warning.gaps': { forms: { one: '{count} Lücke', other: '{count} Lücken' } },
  'datasets.warning.days': { forms: { one: '{count} Tag', other: '{count} Tage' } },
  'datasets.warning.notUtf8':
    '{file} ist kein gültiges UTF-8; gelesen als {encoding} (erkannt). Geben Sie „encoding“ in der Konfiguration an, um diesen Hinweis zu vermeiden.',
  'datasets.warning.bomContradicts':
    '{file} beginnt mit einer UTF-8-Bytereihenfolgemarke, aber „encoding“ gibt {encoding} an; die Datei wurde wie angegeben als {encoding} gelesen.',
  'datasets.warning.invalidBytes':
    '{file} ist kein gültiges {encoding}: das erste ungültige Byte steht in Zeile {line}; Zeilen mit ungültigen Zeichen werden abgelehnt. Geben Sie die tatsächliche „encoding“ der Datei in der Konfiguration an.',
  'datasets.warning.invalidBytesDetected':
    '{file} wurde als {encoding} gelesen (erkannt), ist aber kein gültiges {encoding}: das erste ungültige Byte steht in Zeile {line}; Zeilen mit ungültigen Zeichen werden abgelehnt. Geben Sie die tatsächliche „encoding“ der Datei in der Konfiguration an.',
  'datasets.warning.oneColumn':
    '{file}: in der Kopfzeile wurde kein , ; Tabulator oder | gefunden, daher wurde die Datei als eine Spalte gelesen. Geben Sie „delimiter“ in der Konfiguration an, falls das falsch ist.',
  'datasets.warning.shortRows': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hatte weniger Felder als die Kopfzeile; die fehlenden Felder am Ende wurden als leer gelesen.',
      other:
        '{file}: {rows} Zeilen hatten weniger Felder als die Kopfzeile; die fehlenden Felder am Ende wurden als leer gelesen.',
    },
  },
  'datasets.warning.cumulativeGaps':
    '{dataset}: die kumulierten Reihen haben {gaps} (insgesamt {days} fehlend oder abgelehnt); jede Summe wurde über ihre Lücke fortgeschrieben, und der Anstieg am nächsten gemeldeten Tag wird wie gemeldet für die Tage gezeigt, die er abdeckt.',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: die kumulierte Anzahl ist in {rows} Zeile gesunken; sie wurde als Korrektur (eine negative Tagesanzahl) behalten, weil rejectNegative false ist. Setzen Sie rejectNegative: true, um solche Zeilen abzulehnen.',
      other:
        '{dataset}: die kumulierte Anzahl ist in {rows} Zeilen gesunken; sie wurden als Korrekturen (negative Tagesanzahlen) behalten, weil rejectNegative false ist. Setzen Sie rejectNegative: true, um sie abzulehnen.',
    },
  },
  'datasets.warning.swappedXY': {
    by: 'rows',
    forms: {
      one: 'In {rows} Zeile waren X und Y vertauscht; sie wurde getauscht gelesen (erste: {file} Zeile {line}). Ist die ganze Datei so, tauschen Sie columns.x und columns.y in der Konfiguration.',
      other:
        'In {rows} Zeilen waren X und Y vertauscht; sie wurden getauscht gelesen (erste: {file} Zeile {line}). Ist die ganze Datei so, tauschen Sie columns.x und columns.y in der Konfiguration.',
    },
  },
  'datasets.warning.idSuffixed': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile wiederholt die Kennung einer früheren Zeile und wurde als eigenes Objekt mit angehängtem „-2“, „-3“… behalten (duplicateIds: suffix): {list}.',
      other:
        '{rows} Zeilen wiederholen die Kennung einer früheren Zeile und wurden als eigene Objekte mit angehängtem „-2“, „-3“… behalten (duplicateIds: suffix): {list}.',
    },
  },
  'datasets.warning.snapped': {
    by: 'assets',
    forms: {
      one: '{assets} Objekt lag außerhalb aller Gebiete, aber höchstens {within} m von einem entfernt, und wurde dem nächstgelegenen zugerechnet (coordinates.snapWithin): {list}.',
      other:
        '{assets} Objekte lagen außerhalb aller Gebiete, aber höchstens {within} m von einem entfernt, und wurden dem nächstgelegenen zugerechnet (coordinates.snapWithin): {list}.',
    },
  },
  'datasets.warning.unplaced': {
    by: 'assets',
    forms: {
      one: '{assets} Objekt wird behalten, aber nicht auf der Karte gezeigt: {list}.',
      other: '{assets} Objekte werden behalten, aber nicht auf der Karte gezeigt: {list}.',
    },
  },
  'datasets.warning.unmappedStatus': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile hat einen Status, der nicht in statusMap steht, und gilt daher als „{status}“: {list}.',
      other: '{rows} Zeilen haben einen Status, der nicht in statusMap steht, und gelten daher als „{status}“: {list}.',
    },
  },
  'datasets.warning.badSize': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile hat eine Größe, die keine nicht-negative Zahl ist; ohne Größe behalten: {list}.',
      other: '{rows} Zeilen haben eine Größe, die keine nicht-negative Zahl ist; ohne Größe behalten: {list}.',
    },
  },
  'datasets.warning.badDate': {
    by: 'dates',
    forms: {
      one: '{dates} Datum konnte nicht gelesen werden und bleibt leer: {list}.',
      other: '{dates} Datumsangaben konnten nicht gelesen werden und bleiben leer: {list}.',
    },
  },
  'datasets.warning.assetAreaUnknown': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile hat einen Gebietscode, der zu keinem Gebiet passt; ohne Gebiet behalten: {list}.',
      other: '{rows} Zeilen haben einen Gebietscode, der zu keinem Gebiet passt; ohne Gebiet behalten: {list}.',
    },
  },
  'datasets.warning.codesOfOtherLayer': {
    by: 'codes',
    forms: {
      one: '{codes} Code ({examples}) ist ein Gebiet der Ebene „{home}“ ({homeLabel}), nicht von „{layer}“: Setzen Sie join.layer des Datensatzes auf „{home}“.',
      other:
        '{codes} Codes ({examples}) sind Gebiete der Ebene „{home}“ ({homeLabel}), nicht von „{layer}“: Setzen Sie join.layer des Datensatzes auf „{home}“.',
    },
  },
  'datasets.warning.codesNotInBoundaries': {
    by: 'codes',
    forms: {
      one: '{codes} Code ({examples}) hat die Form der eigenen Codes der Ebene „{layer}“ (etwa {example}), steht aber nicht in ihrer Grenzdatei: ein Gebiet, das nach (oder vor) dem Jahr der Grenzen entstanden ist oder umcodiert wurde, oder ein Tippfehler. Verwenden Sie Grenzen aus dem Jahr der Daten, berichtigen Sie den Code an der Quelle oder ergänzen Sie einen Alias in areaLayers.{layer}.aliases.',
      other:
        '{codes} Codes ({examples}) haben die Form der eigenen Codes der Ebene „{layer}“ (etwa {example}), stehen aber nicht in ihrer Grenzdatei: Gebiete, die nach (oder vor) dem Jahr der Grenzen entstanden sind oder umcodiert wurden, oder Tippfehler. Verwenden Sie Grenzen aus dem Jahr der Daten, berichtigen Sie die Codes an der Quelle oder ergänzen Sie Aliasse in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.spellingItem': '„{value}“ als „{as}“ ({count})',
  'datasets.warning.spellingsMerged': {
    by: 'spellings',
    forms: {
      one: '{spellings} Schreibweise eines Gebiets wurde als dasselbe Gebiet wie eine andere Schreibweise gelesen (verglichen ohne Rücksicht auf Groß- und Kleinschreibung, Leerzeichen, Bindestriche, Apostrophe, Punkte und Akzente): {list}. Sind es verschiedene Gebiete, geben Sie ihnen in der Datei Codes oder schreiben Sie sie an der Quelle verschieden.',
      other:
        '{spellings} Schreibweisen von Gebieten wurden als dasselbe Gebiet wie eine andere Schreibweise gelesen (verglichen ohne Rücksicht auf Groß- und Kleinschreibung, Leerzeichen, Bindestriche, Apostrophe, Punkte und Akzente): {list}. Sind zwei davon verschiedene Gebiete, geben Sie ihnen in der Datei Codes oder schreiben Sie sie an der Quelle verschieden.',
    },
  },
  'datasets.warning.looksCumulative':
    '{series} der {of} Reihen mit {days} oder mehr Tagen fallen kaum je von einem Tag zum nächsten (an höchstens 1 von 10 Tagen) und enden höher, als sie beginnen: Die Zahlen sehen wie laufende Summen aus, und als Tageszahlen addiert wäre jede Zahl zu hoch. Enthält die Datei kumulierte Zahlen, setzen Sie countType: "cumulative".',
  'datasets.warning.areaNameItem': '{areaCode} „{name}“, das „{expected}“ ist ({count})',
  'datasets.warning.areaNameMismatch': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile nennt ihr Gebiet anders als ihr Code: {list}. Sie wird unter dem Code gezählt (Namen, die sich nur in Groß- und Kleinschreibung, Leerzeichen, Bindestrichen, Apostrophen, Punkten und Akzenten oder durch zusätzliche Wörter unterscheiden, stimmen überein). Wurde das Gebiet umbenannt, ist nichts falsch; sonst ist der Code vielleicht falsch: Korrigieren Sie ihn an der Quelle, oder verwenden Sie Grenzen aus dem Jahr der Daten.',
      other:
        '{rows} Zeilen nennen ihr Gebiet anders als ihr Code: {list}. Sie werden unter dem Code gezählt (Namen, die sich nur in Groß- und Kleinschreibung, Leerzeichen, Bindestrichen, Apostrophen, Punkten und Akzenten oder durch zusätzliche Wörter unterscheiden, stimmen überein). Wurde das Gebiet umbenannt, ist nichts falsch; sonst ist der Code vielleicht falsch: Korrigieren Sie ihn an der Quelle, oder verwenden Sie Grenzen aus dem Jahr der Daten.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.warning.more',
  'datasets.warning.gaps',
  'datasets.warning.days',
  'datasets.warning.shortRows',
  'datasets.warning.cumulativeGaps',
  'datasets.warning.cumulativeCorrections',
  'datasets.warning.swappedXY',
  'datasets.warning.idSuffixed',
  'datasets.warning.snapped',
  'datasets.warning.unplaced',
  'datasets.warning.unmappedStatus',
  'datasets.warning.badSize',
  'datasets.warning.badDate',
  'datasets.warning.assetAreaUnknown',
  'datasets.warning.codesOfOtherLayer',
  'datasets.warning.codesNotInBoundaries',
  'datasets.warning.spellingItem',
  'datasets.warning.spellingsMerged',
  'datasets.warning.areaNameItem',
  'datasets.warning.areaNameMismatch',
  'datasets.warning.looksCumulative',
  'datasets.reason.areaCodeUnsafe',
  'datasets.reason.malformedQuotes',
  'datasets.reason.unterminatedQuote',
  'datasets.reason.cumulativeJump',
  'datasets.reason.countOutOfRange',
  'datasets.reason.role.reference',
  'datasets.reason.notFeature',
  'datasets.warning.notUtf8',
  'datasets.warning.bomContradicts',
  'datasets.warning.invalidBytes',
  'datasets.warning.invalidBytesDetected',
  'datasets.warning.oneColumn',
];
