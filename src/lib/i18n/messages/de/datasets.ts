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
  'datasets.rollUp.title': '{title} – {parents}',
  'datasets.rollUp.description':
    'Die Zahlen sind Summen der Gebiete der Ebene „{areas}“ in jedem Gebiet der Ebene „{parents}“.',
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
  'datasets.download.assetsCsv': 'Der ganze Datensatz als Tabellenblatt',
  'datasets.download.assetsGeojson': 'Der ganze Datensatz für eine Karte (GeoJSON)',
  'datasets.download.assetsTable': 'Der ganze Datensatz, kompakte Tabelle für die Karte',
  'datasets.download.summary': 'Anzahlen nach Status und Gebiet',
  'datasets.download.sourceRows': 'Die Zeile jedes Objekts wie in der Quelle veröffentlicht',
  'datasets.download.outlines': 'Umrisse der als Flächen angegebenen Objekte',
  'datasets.download.texts': 'Der freie Text des Registers zu jedem Objekt',
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
    'Gebietscode enthält keinen Buchstaben und keine Ziffer oder ein Steuerzeichen und kann daher keine Seite und keine Datei benennen',
  'datasets.reason.areaCodePathLike': 'Gebietscode enthält /, \\, % oder .., was in keinem Ortsnamen vorkommt',
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
  'datasets.reason.childCodeMissing': 'Code des untergeordneten Gebiets fehlt',
  'datasets.reason.parentCodeMissing': 'Code des übergeordneten Gebiets fehlt',
  'datasets.reason.childHasParent': 'untergeordnetes Gebiet {child} hat bereits das übergeordnete Gebiet {parent}',
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
  'datasets.warning.replacementCharacters':
    '{file} enthält das Ersatzzeichen „�“ (U+FFFD), zuerst in Zeile {line}: Ein Zeichen ging verloren, bevor die Datei geschrieben wurde, und keine „encoding“ stellt es wieder her. Die Zeilen werden so gelesen, wie sie sind; korrigieren Sie den Text in der Datei oder bitten Sie den Herausgeber um eine Fassung, die das Zeichen enthält.',
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
  'datasets.warning.cumulativeBaseline':
    '{dataset}: die kumulierten Summen am ersten Tag der Datei ({date}) sind der Ausgangspunkt der Reihen, keine neuen Fälle an diesem Tag, denn die Datei enthält die Summen davor nicht: Dieser Tag hat keine Tageszahl, und jeder spätere Tag ist der Anstieg gegenüber dem Vortag. Beginnt die Datei mit dem ersten Fall (jede Reihe ab null), setzen Sie cumulativeStart: "zero".',
  'datasets.warning.cumulativeCorrections': {
    by: 'rows',
    forms: {
      one: '{dataset}: die kumulierte Anzahl ist in {rows} Zeile gesunken; sie wurde als Korrektur (eine negative Tagesanzahl) behalten, weil rejectNegative false ist. Setzen Sie rejectNegative: true, um solche Zeilen abzulehnen.',
      other:
        '{dataset}: die kumulierte Anzahl ist in {rows} Zeilen gesunken; sie wurden als Korrekturen (negative Tagesanzahlen) behalten, weil rejectNegative false ist. Setzen Sie rejectNegative: true, um sie abzulehnen.',
    },
  },
  'datasets.warning.textRepaired': {
    by: 'rows',
    forms: {
      one: '{rows} Zeile hat einen Namen oder eine Adresse, deren UTF-8 beim Herausgeber als Windows-1252 gelesen und wieder gespeichert wurde; sie wird repariert angezeigt (erste: {file} Zeile {line}, Spalte {column}: „{written}“ ist „{repaired}“). Die Zeile wie veröffentlicht zeigt den Text, wie er geschrieben ist.',
      other:
        '{rows} Zeilen haben einen Namen oder eine Adresse, deren UTF-8 beim Herausgeber als Windows-1252 gelesen und wieder gespeichert wurde; sie werden repariert angezeigt (erste: {file} Zeile {line}, Spalte {column}: „{written}“ ist „{repaired}“). Die Zeile wie veröffentlicht zeigt den Text, wie er geschrieben ist.',
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
  'datasets.warning.badDateFormat': {
    by: 'dates',
    forms: {
      one: '{dates} Datum konnte nicht gelesen werden und bleibt leer: {list}. Mit dateFormat "{format}" lässt es sich lesen: Setzen Sie dateFormat auf "{format}".',
      other:
        '{dates} Datumsangaben konnten nicht gelesen werden und bleiben leer: {list}. Mit dateFormat "{format}" lassen sie sich lesen: Setzen Sie dateFormat auf "{format}".',
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
      one: '{spellings} Schreibweise eines Gebiets wurde als dasselbe Gebiet wie eine andere Schreibweise gelesen (verglichen ohne Rücksicht auf Groß- und Kleinschreibung, Leerzeichen, Bindestriche, Apostrophe, Punkte, Akzente und Fußnotenzeichen wie † oder *): {list}. Sind es verschiedene Gebiete, geben Sie ihnen in der Datei Codes oder schreiben Sie sie an der Quelle verschieden.',
      other:
        '{spellings} Schreibweisen von Gebieten wurden als dasselbe Gebiet wie eine andere Schreibweise gelesen (verglichen ohne Rücksicht auf Groß- und Kleinschreibung, Leerzeichen, Bindestriche, Apostrophe, Punkte, Akzente und Fußnotenzeichen wie † oder *): {list}. Sind zwei davon verschiedene Gebiete, geben Sie ihnen in der Datei Codes oder schreiben Sie sie an der Quelle verschieden.',
    },
  },
  'datasets.warning.areaColumnIsTotal':
    '{file}: Die Spalte „{column}“ enthält in {rows} der {of} Zeilen mit Zahlen die Summe der anderen Gebietsspalten, sie sieht also nach einer Summe aus, nicht nach einem Gebiet; als Gebiet gezählt verdoppelt sie jede Zahl für alle Gebiete zusammen. Lassen Sie sie aus columns.areas weg: Listen Sie die Gebietsspalten auf, oder fassen Sie das Muster enger.',
  'datasets.warning.datesAmbiguous':
    '{file}: Jedes Datum in der Spalte „{column}“ lässt sich mit dem Tag oder mit dem Monat zuerst lesen (keines hat eine erste Zahl über 12; insgesamt {dates}, etwa „{example}“), und dateFormat "auto" hat sie mit dem Tag zuerst gelesen: „{example}“ ist der {read}. Schreibt die Datei den Monat zuerst (wie US-Dateien), setzen Sie dateFormat: "mdy"; schreibt sie den Tag zuerst, setzen Sie dateFormat: "dmy", um das festzulegen.',
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
  'datasets.warning.codesUnrecognised': {
    by: 'codes',
    forms: {
      one: '{codes} Code ({examples}) hat nicht die Form eines Codesystems, das dieses Werkzeug kennt; die Ebene „{layer}“ ({layerLabel}) hat {kinds}. Prüfen Sie, dass columns.area die Spalte mit den Codes nennt und die Codes so geschrieben sind wie in der Grenzdatei.',
      other:
        '{codes} Codes ({examples}) haben nicht die Form eines Codesystems, das dieses Werkzeug kennt; die Ebene „{layer}“ ({layerLabel}) hat {kinds}. Prüfen Sie, dass columns.area die Spalte mit den Codes nennt und die Codes so geschrieben sind wie in der Grenzdatei.',
    },
  },
  'datasets.warning.codesLikeLayer': {
    by: 'codes',
    forms: {
      one: '{codes} Code ({examples}) sieht aus wie {geography} ({system}), wie {areas} der Ebene „{layer}“, steht aber nicht in ihrer Grenzdatei: Solche Gebiete sind wahrscheinlich nach (oder vor) dem Jahr der Grenzen entstanden oder umcodiert worden. Verwenden Sie Grenzen aus dem Jahr der Daten ({boundaries}) oder ergänzen Sie, wo ein Gebiet nur einen neuen Code bekam, einen Alias in areaLayers.{layer}.aliases.',
      other:
        '{codes} Codes ({examples}) sehen aus wie {geography} ({system}), wie {areas} der Ebene „{layer}“, stehen aber nicht in ihrer Grenzdatei: Solche Gebiete sind wahrscheinlich nach (oder vor) dem Jahr der Grenzen entstanden oder umcodiert worden. Verwenden Sie Grenzen aus dem Jahr der Daten ({boundaries}) oder ergänzen Sie, wo ein Gebiet nur einen neuen Code bekam, einen Alias in areaLayers.{layer}.aliases.',
    },
  },
  'datasets.warning.codesOtherGeography': {
    by: 'codes',
    forms: {
      one: '{codes} Code ({examples}) sieht aus wie {geography} ({system}); die Ebene „{layer}“ ({layerLabel}) hat {kinds}. Fügen Sie eine Ebene aus {boundaries} hinzu und setzen Sie join.layer des Datensatzes darauf.',
      other:
        '{codes} Codes ({examples}) sehen aus wie {geography} ({system}); die Ebene „{layer}“ ({layerLabel}) hat {kinds}. Fügen Sie eine Ebene aus {boundaries} hinzu und setzen Sie join.layer des Datensatzes darauf.',
    },
  },
  'datasets.warning.areas': { forms: { one: '{count} Gebiet', other: '{count} Gebiete' } },
  'datasets.warning.kind': '{geography} ({count})',
  'datasets.warning.kindsMore': '{list} und weitere',
  'datasets.warning.headerRepeated':
    '{where}: Die Kopfzeile enthält „{header}“ {times}-mal (Spalten {columns}); columns.{key} verwendet Spalte {first}, die erste. Benennen Sie die anderen in der Datei um oder nennen Sie genau die gemeinte Spalte.',
  'datasets.warning.crsContradicts':
    '{file} gibt seine Koordinaten als {declared} an, aber coordinates.crs sagt {configured}; sie wurden so gelesen, wie coordinates.crs sagt. Entfernen Sie coordinates.crs, um die Angabe der Datei zu verwenden.',
  'datasets.warning.crsPerRow': 'Die Koordinaten wurden zeilenweise in {count} Systemen gelesen: {list}.',
  'datasets.warning.crsPerRowItem': '{rows} als {crs}',
  'datasets.warning.coordinatesNotDegrees': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine geografische Länge und Breite sein können ({columns}: {example}, außerhalb von ±180/±90); sie wurde behalten, aber nicht platziert. Die Werte sehen nach einem Gitter in Metern oder Fuß aus: Setzen Sie coordinates.crs auf das System der Datei (den EPSG-Code, den der Herausgeber angibt, etwa "EPSG:25832" für UTM Zone 32N) und coordinates.bounds auf das Gebiet, das die Daten abdecken, damit der Datenschritt prüfen kann, wo sie landen.',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine geografische Länge und Breite sein können ({columns}: {example}, außerhalb von ±180/±90); sie wurden behalten, aber nicht platziert. Die Werte sehen nach einem Gitter in Metern oder Fuß aus: Setzen Sie coordinates.crs auf das System der Datei (den EPSG-Code, den der Herausgeber angibt, etwa "EPSG:25832" für UTM Zone 32N) und coordinates.bounds auf das Gebiet, das die Daten abdecken, damit der Datenschritt prüfen kann, wo sie landen.',
    },
  },
  'datasets.warning.coordinatesNotDegreesCrs': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine geografische Länge und Breite sein können ({columns}: {example}, außerhalb von ±180/±90); sie wurde behalten, aber nicht platziert. Als {crs} gelesen liegen sie in den Gebieten der Website: Setzen Sie coordinates.crs auf "{crs}".',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine geografische Länge und Breite sein können ({columns}: {example}, außerhalb von ±180/±90); sie wurden behalten, aber nicht platziert. Als {crs} gelesen liegen sie in den Gebieten der Website: Setzen Sie coordinates.crs auf "{crs}".',
    },
  },
  'datasets.warning.coordinatesNotNumbers': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurde behalten, aber nicht platziert. Prüfen Sie, ob columns.x und columns.y (oder columns.point) die Spalten mit den Koordinaten nennen.',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurden behalten, aber nicht platziert. Prüfen Sie, ob columns.x und columns.y (oder columns.point) die Spalten mit den Koordinaten nennen.',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalComma': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurde behalten, aber nicht platziert. Sie lassen sich als Zahlen mit Dezimalkomma lesen: Setzen Sie decimalSeparator auf ",".',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurden behalten, aber nicht platziert. Sie lassen sich als Zahlen mit Dezimalkomma lesen: Setzen Sie decimalSeparator auf ",".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDecimalPoint': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurde behalten, aber nicht platziert. Sie lassen sich als Zahlen mit Dezimalpunkt lesen: Setzen Sie decimalSeparator auf ".".',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurden behalten, aber nicht platziert. Sie lassen sich als Zahlen mit Dezimalpunkt lesen: Setzen Sie decimalSeparator auf ".".',
    },
  },
  'datasets.warning.coordinatesNotNumbersDigitGroups': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurde behalten, aber nicht platziert. Die Werte haben nach je drei Ziffern ein Trennzeichen, wie eine Tabellenkalkulation Zahlen schreibt, wenn sie eine Datei mit ihren eigenen Trennzeichen neu speichert; wo das Dezimalzeichen stand, ist dadurch verloren, und sie lassen sich nicht lesen. Ordnen Sie columns.x und columns.y anderen Koordinatenspalten der Datei zu (einem Gitter wie UTM, mit coordinates.crs), oder verwenden Sie die Originaldatei des Herausgebers.',
      other:
        '{file}: {rows} Zeilen haben Koordinaten, die keine Zahlen sind ({columns} in Zeile {line}: {example}); sie wurden behalten, aber nicht platziert. Die Werte haben nach je drei Ziffern ein Trennzeichen, wie eine Tabellenkalkulation Zahlen schreibt, wenn sie eine Datei mit ihren eigenen Trennzeichen neu speichert; wo das Dezimalzeichen stand, ist dadurch verloren, und sie lassen sich nicht lesen. Ordnen Sie columns.x und columns.y anderen Koordinatenspalten der Datei zu (einem Gitter wie UTM, mit coordinates.crs), oder verwenden Sie die Originaldatei des Herausgebers.',
    },
  },
  'datasets.warning.outsideSite': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} liegt außerhalb der Gebietsebenen der Website ({layers}: {bounds}), und kein anderes eingebautes Koordinatensystem, keine andere Achsenreihenfolge und keine andere Einheit bringt sie hinein. Sollen sie in den Gebieten der Website liegen, prüfen Sie coordinates.crs und die Koordinaten an der Quelle; setzen Sie sonst coordinates.bounds auf das Gebiet, das die Daten abdecken, um sie daran zu prüfen.',
      other:
        '{file}: {assets} {of} liegen außerhalb der Gebietsebenen der Website ({layers}: {bounds}), und kein anderes eingebautes Koordinatensystem, keine andere Achsenreihenfolge und keine andere Einheit bringt sie hinein. Sollen sie in den Gebieten der Website liegen, prüfen Sie coordinates.crs und die Koordinaten an der Quelle; setzen Sie sonst coordinates.bounds auf das Gebiet, das die Daten abdecken, um sie daran zu prüfen.',
    },
  },
  'datasets.warning.outsideSiteSwap': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} liegt außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn Länge und Breite vertauscht werden. Setzen Sie coordinates.bounds auf {bounds}: Dann werden die Zeilen daran geprüft und vertauschte richtig herum gelesen.',
      other:
        '{file}: {assets} {of} liegen außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn Länge und Breite vertauscht werden. Setzen Sie coordinates.bounds auf {bounds}: Dann werden die Zeilen daran geprüft und vertauschte richtig herum gelesen.',
    },
  },
  'datasets.warning.outsideSiteCrs': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} liegt außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn sie als {crs} gelesen werden: Setzen Sie coordinates.crs auf "{crs}".',
      other:
        '{file}: {assets} {of} liegen außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn sie als {crs} gelesen werden: Setzen Sie coordinates.crs auf "{crs}".',
    },
  },
  'datasets.warning.outsideSiteFeet': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} liegt außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn die Werte in Fuß wären: {crs} ist in Metern. Setzen Sie coordinates.crs auf den Code derselben Zone in US-Survey-Fuß oder "+units=us-ft" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} liegen außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn die Werte in Fuß wären: {crs} ist in Metern. Setzen Sie coordinates.crs auf den Code derselben Zone in US-Survey-Fuß oder "+units=us-ft" in coordinates.proj4.',
    },
  },
  'datasets.warning.outsideSiteMetres': {
    by: 'assets',
    forms: {
      one: '{file}: {assets} {of} liegt außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn die Werte in Metern wären: {crs} ist in Fuß. Setzen Sie coordinates.crs auf den Code derselben Zone in Metern oder "+units=m" in coordinates.proj4.',
      other:
        '{file}: {assets} {of} liegen außerhalb der Gebietsebenen der Website ({layers}: {bounds}), aber darin, wenn die Werte in Metern wären: {crs} ist in Fuß. Setzen Sie coordinates.crs auf den Code derselben Zone in Metern oder "+units=m" in coordinates.proj4.',
    },
  },
  'datasets.warning.placementUnchecked': {
    by: 'assets',
    forms: {
      one: '{assets} Objekt wurde ohne Prüfung dort platziert, wo seine Koordinaten es sagen: Der Datensatz hat keine Verknüpfungsebene und keine coordinates.bounds, und die Website hat keine Gebietsebene zum Vergleich, sodass Koordinaten in einem anderen System oder mit vertauschter Länge und Breite unbemerkt blieben. Setzen Sie coordinates.bounds auf das Gebiet, das die Daten abdecken, [West, Süd, Ost, Nord] in Grad.',
      other:
        '{assets} Objekte wurden ohne Prüfung dort platziert, wo ihre Koordinaten es sagen: Der Datensatz hat keine Verknüpfungsebene und keine coordinates.bounds, und die Website hat keine Gebietsebene zum Vergleich, sodass Koordinaten in einem anderen System oder mit vertauschter Länge und Breite unbemerkt blieben. Setzen Sie coordinates.bounds auf das Gebiet, das die Daten abdecken, [West, Süd, Ost, Nord] in Grad.',
    },
  },
  'datasets.warning.outsideCouncil': {
    by: 'assets',
    forms: {
      one: '{assets} platziertes Objekt liegt außerhalb des eigenen Gebiets der Verwaltung (councilAreas: {codes}): {areas}. Prüfen Sie die Koordinaten (ein Längengrad mit falschem Vorzeichen, ein vertippter Rechtswert): {rows}.',
      other:
        '{assets} platzierte Objekte liegen außerhalb des eigenen Gebiets der Verwaltung (councilAreas: {codes}): {areas}. Prüfen Sie ihre Koordinaten (ein Längengrad mit falschem Vorzeichen, ein vertippter Rechtswert): {rows}.',
    },
  },
  'datasets.warning.outsideEveryArea': 'außerhalb aller Gebiete der Ebene {layer}',
  'datasets.warning.fileLineId': '{file} Zeile {line} ({id})',
  'datasets.warning.kindsNone': 'Codes keines bekannten Systems',
  'datasets.warning.assetsOutside': { forms: { one: '{count} Objekt', other: '{count} Objekten' } },
  'datasets.warning.ofPlacedAssets': {
    forms: { one: 'von {count} platzierten Objekt', other: 'der {count} platzierten Objekte' },
  },
  'datasets.warning.crsUnit': {
    by: 'assets',
    forms: {
      one: '{assets} von {outside} außerhalb des Gebiets läge darin, wenn die Koordinaten in Fuß angegeben wären: {crs} ist in Metern. Setzen Sie coordinates.crs auf den Code derselben Zone in US-Survey-Fuß (etwa EPSG:3435 statt EPSG:26971) oder „+units=us-ft“ in coordinates.proj4.',
      other:
        '{assets} von {outside} außerhalb des Gebiets lägen darin, wenn die Koordinaten in Fuß angegeben wären: {crs} ist in Metern. Setzen Sie coordinates.crs auf den Code derselben Zone in US-Survey-Fuß (etwa EPSG:3435 statt EPSG:26971) oder „+units=us-ft“ in coordinates.proj4.',
    },
  },
  'datasets.warning.crsUnitMetres': {
    by: 'assets',
    forms: {
      one: '{assets} von {outside} außerhalb des Gebiets läge darin, wenn die Koordinaten in Metern angegeben wären: {crs} ist in Fuß. Setzen Sie coordinates.crs auf den Code derselben Zone in Metern oder „+units=m“ in coordinates.proj4.',
      other:
        '{assets} von {outside} außerhalb des Gebiets lägen darin, wenn die Koordinaten in Metern angegeben wären: {crs} ist in Fuß. Setzen Sie coordinates.crs auf den Code derselben Zone in Metern oder „+units=m“ in coordinates.proj4.',
    },
  },
  'datasets.warning.crsOther': {
    by: 'assets',
    forms: {
      one: '{assets} von {outside} außerhalb des Gebiets läge darin, wenn es als {crs} gelesen würde: Mischt die Datei Koordinatensysteme, setzen Sie coordinates.crs auf [{list}]; sind alle Zeilen in diesem System, setzen Sie coordinates.crs auf „{best}“.',
      other:
        '{assets} von {outside} außerhalb des Gebiets lägen darin, wenn sie als {crs} gelesen würden: Mischt die Datei Koordinatensysteme, setzen Sie coordinates.crs auf [{list}]; sind alle Zeilen in diesem System, setzen Sie coordinates.crs auf „{best}“.',
    },
  },
  'datasets.warning.crsOtherSampled': {
    by: 'assets',
    forms: {
      one: '{assets} von {outside} außerhalb des Gebiets (von den ersten {tried} geprüften) läge darin, wenn es als {crs} gelesen würde: Mischt die Datei Koordinatensysteme, setzen Sie coordinates.crs auf [{list}]; sind alle Zeilen in diesem System, setzen Sie coordinates.crs auf „{best}“.',
      other:
        '{assets} von {outside} außerhalb des Gebiets (von den ersten {tried} geprüften) lägen darin, wenn sie als {crs} gelesen würden: Mischt die Datei Koordinatensysteme, setzen Sie coordinates.crs auf [{list}]; sind alle Zeilen in diesem System, setzen Sie coordinates.crs auf „{best}“.',
    },
  },
  'datasets.warning.rollUpRowNotUsed':
    'Aufsummierung nach {to}: {file}:{line} {column}: {reason} („{value}“); die Zeile wird nicht verwendet.',
  'datasets.warning.rollUpMoreRowsNotUsed': {
    by: 'rows',
    forms: {
      one: 'Aufsummierung nach {to}: {file}: {rows} weitere Zeile nicht verwendet.',
      other: 'Aufsummierung nach {to}: {file}: {rows} weitere Zeilen nicht verwendet.',
    },
  },
  'datasets.warning.rollUpSelves': {
    by: 'areas',
    forms: {
      one: 'Aufsummierung nach {to}: {areas} der {child} ist auch ein Gebiet der Ebene „{parent}“ und steht für sich selbst ({codes}).',
      other:
        'Aufsummierung nach {to}: {areas} der {child} sind auch Gebiete der Ebene „{parent}“ und stehen für sich selbst ({codes}).',
    },
  },
  'datasets.warning.rollUpUnknownParents': {
    by: 'codes',
    forms: {
      one: 'Aufsummierung nach {to}: {codes} übergeordneter Code ist kein Gebiet der Ebene „{parent}“ ({examples}); seine untergeordneten Gebiete gehören zu keinem übergeordneten Gebiet.',
      other:
        'Aufsummierung nach {to}: {codes} übergeordnete Codes sind keine Gebiete der Ebene „{parent}“ ({examples}); ihre untergeordneten Gebiete gehören zu keinem übergeordneten Gebiet.',
    },
  },
  'datasets.warning.rollUpOrphans': {
    by: 'areas',
    forms: {
      one: 'Aufsummierung nach {to}: {areas} der {child} liegt in keinem Gebiet der Ebene „{parent}“: {list}.',
      other: 'Aufsummierung nach {to}: {areas} der {child} liegen in keinem Gebiet der Ebene „{parent}“: {list}.',
    },
  },
  'datasets.warning.rollUpOmitted': {
    by: 'parents',
    forms: {
      one: 'Aufsummierung nach {to}: {parents} der {parentLabel} wird ausgelassen, weil für einige der zugehörigen {childLabel} keine Daten vorliegen (setzen Sie partial: „label“, um die Summe der übrigen zu zeigen): {list}.',
      other:
        'Aufsummierung nach {to}: {parents} der {parentLabel} werden ausgelassen, weil für einige der zugehörigen {childLabel} keine Daten vorliegen (setzen Sie partial: „label“, um die Summe der übrigen zu zeigen): {list}.',
    },
  },
  'datasets.warning.rollUpPartial': {
    by: 'parents',
    forms: {
      one: 'Aufsummierung nach {to}: {parents} der {parentLabel} ist eine Teilsumme; ihr Name sagt, wie viele der zugehörigen {childLabel} enthalten sind: {list}.',
      other:
        'Aufsummierung nach {to}: {parents} der {parentLabel} sind Teilsummen; ihr Name sagt jeweils, wie viele der zugehörigen {childLabel} enthalten sind: {list}.',
    },
  },
  'datasets.warning.rollUpMissing': '{parent}: keine Daten für {missing}',
  'datasets.warning.areaPlaceholder': {
    by: 'rows',
    forms: {
      one: '{file}: {rows} Zeile hat "{value}" in der Gebietsspalte "{column}", was wie ein Wert für Fälle aussieht, die keinem Gebiet zugeordnet sind. {outcome} Bedeutet er „keinem Gebiet zugeordnet“, nehmen Sie ihn in datasets[{dataset}].unplacedValues auf (unplacedValues: ["{value}"]): Seine Zeilen zählen dann in den Summen des Datensatzes und in keinem Gebiet. Ist er der Code eines Gebiets, ist nichts falsch.',
      other:
        '{file}: {rows} Zeilen haben "{value}" in der Gebietsspalte "{column}", was wie ein Wert für Fälle aussieht, die keinem Gebiet zugeordnet sind. {outcome} Bedeutet er „keinem Gebiet zugeordnet“, nehmen Sie ihn in datasets[{dataset}].unplacedValues auf (unplacedValues: ["{value}"]): Seine Zeilen zählen dann in den Summen des Datensatzes und in keinem Gebiet. Ist er der Code eines Gebiets, ist nichts falsch.',
    },
  },
  'datasets.warning.areaPlaceholderArea':
    'Ohne Gebietsebene wird der Wert als eigenes Gebiet gelesen, mit einer Seite, einem Platz auf der Karte und einem Rang.',
  'datasets.warning.areaPlaceholderRejected': 'Seine Zeilen werden als unbekannter Gebietscode abgelehnt.',
  'datasets.warning.rowsValueUnmatched':
    '{files}: keine Zeile hat "{value}" in der Spalte "{column}", die der Zeilenfilter der Konfiguration nennt, also wählt dieser Wert keine Zeile aus. Prüfen Sie ihn anhand der Datei: Ein vertippter Wert wählt nichts aus, und nichts anderes würde es zeigen.',
  'datasets.warning.rowsValueUnmatchedClosest':
    '{files}: keine Zeile hat "{value}" in der Spalte "{column}", die der Zeilenfilter der Konfiguration nennt, also wählt dieser Wert keine Zeile aus. Die Spalte enthält "{closest}": Ist das der gemeinte Wert, schreiben Sie ihn so wie die Datei.',
  'datasets.warning.benchmarkLookalike':
    '{dataset}: keine Zeile hat den Code des Vergleichswerts "{benchmark}", daher ist der Vergleichswert der Mittelwert der Gebiete, und diese, die wie seine eigene Zeile aussehen, werden als Gebiete mitgezählt: {areas}. Setzen Sie benchmark auf den Code, wie die Datei ihn schreibt, oder teilen Sie eine zusammengesetzte Spalte mit splitColumns.',
  'datasets.warning.rollUpNotPlaced': {
    by: 'rows',
    forms: {
      one: 'Aufsummierung nach {to}: {rows} keinem Gebiet zugeordnete Zeile (unplacedValues) zählt in der Summe aller Gebiete, aber in den Werten keines übergeordneten Gebiets, da keine Spalte sagt, zu welchem übergeordneten Gebiet sie gehört: Die Summe jedes übergeordneten Gebiets lässt sie aus. Setzen Sie datasets[{dataset}].columns.parent auf die Spalte der Datei, die das übergeordnete Gebiet jeder Zeile nennt (etwa "state"), um sie zu den Werten ihres übergeordneten Gebiets hinzuzufügen.',
      other:
        'Aufsummierung nach {to}: {rows} keinem Gebiet zugeordnete Zeilen (unplacedValues) zählen in der Summe aller Gebiete, aber in den Werten keines übergeordneten Gebiets, da keine Spalte sagt, zu welchem übergeordneten Gebiet sie gehören: Die Summe jedes übergeordneten Gebiets lässt sie aus. Setzen Sie datasets[{dataset}].columns.parent auf die Spalte der Datei, die das übergeordnete Gebiet jeder Zeile nennt (etwa "state"), um sie zu den Werten ihres übergeordneten Gebiets hinzuzufügen.',
    },
  },
  'datasets.warning.rollUpParentUnknown': {
    by: 'rows',
    forms: {
      one: 'Aufsummierung nach {to}: {rows} keinem Gebiet zugeordnete Zeile nennt in der Spalte "{column}" ein übergeordnetes Gebiet, das keines der {to} ist: {list}; sie zählt in der Summe aller Gebiete und in den Werten keines übergeordneten Gebiets. Schreiben Sie Code oder Namen des übergeordneten Gebiets so, wie die Ebene "{layer}" ihn führt, oder geben Sie dem Wert in areaLayers.{layer}.aliases den Code des übergeordneten Gebiets.',
      other:
        'Aufsummierung nach {to}: {rows} keinem Gebiet zugeordnete Zeilen nennen in der Spalte "{column}" ein übergeordnetes Gebiet, das keines der {to} ist: {list}; sie zählen in der Summe aller Gebiete und in den Werten keines übergeordneten Gebiets. Schreiben Sie Code oder Namen des übergeordneten Gebiets so, wie die Ebene "{layer}" ihn führt, oder geben Sie dem Wert in areaLayers.{layer}.aliases den Code des übergeordneten Gebiets.',
    },
  },
  'datasets.warning.parentValue': {
    by: 'rows',
    forms: {
      one: '"{value}" ({file}:{line}, {rows} Zeile)',
      other: '"{value}" ({file}:{line}, {rows} Zeilen)',
    },
  },
  'datasets.warning.rollUpGaps': {
    by: 'days',
    forms: {
      one: 'Aufsummierung nach {to}: {days} Tag eines übergeordneten Gebiets hat keinen Wert, weil einige der zugehörigen {childLabel} an dem Tag gemeldet haben und andere nicht ({names}).',
      other:
        'Aufsummierung nach {to}: {days} Tage übergeordneter Gebiete haben keinen Wert, weil einige der zugehörigen {childLabel} an dem Tag gemeldet haben und andere nicht ({names}).',
    },
  },
  'datasets.geography.gss.E00': 'Output Areas (kleinste statistische Gebiete) in England',
  'datasets.geography.gss.E01': 'Lower Layer Super Output Areas (LSOAs) in England',
  'datasets.geography.gss.E02': 'Middle Layer Super Output Areas (MSOAs) in England',
  'datasets.geography.gss.E04': 'Zivilgemeinden (Civil Parishes) in England',
  'datasets.geography.gss.E05': 'Wahlbezirke (Wards) in England',
  'datasets.geography.gss.E06': 'Unitary Authorities (einstufige Kommunen) in England',
  'datasets.geography.gss.E07': 'nicht-metropolitane Distrikte in England',
  'datasets.geography.gss.E08': 'metropolitane Distrikte in England',
  'datasets.geography.gss.E09': 'Londoner Bezirke (Boroughs)',
  'datasets.geography.gss.E10': 'Grafschaften in England',
  'datasets.geography.gss.E11': 'metropolitane Grafschaften in England',
  'datasets.geography.gss.E12': 'Regionen Englands',
  'datasets.geography.gss.E14': 'Unterhauswahlkreise in England',
  'datasets.geography.gss.E38': 'Sub-ICB-Gebiete (früher CCGs) in England',
  'datasets.geography.gss.E47': 'kommunale Verbände (Combined Authorities) in England',
  'datasets.geography.gss.E54': 'Integrated Care Boards (Gesundheitsregionen) in England',
  'datasets.geography.gss.E92': 'England (das Land)',
  'datasets.geography.gss.W00': 'Output Areas (kleinste statistische Gebiete) in Wales',
  'datasets.geography.gss.W01': 'Lower Layer Super Output Areas (LSOAs) in Wales',
  'datasets.geography.gss.W02': 'Middle Layer Super Output Areas (MSOAs) in Wales',
  'datasets.geography.gss.W04': 'Gemeinden (Communities) in Wales',
  'datasets.geography.gss.W05': 'Wahlbezirke (Wards) in Wales',
  'datasets.geography.gss.W06': 'Unitary Authorities (einstufige Kommunen) in Wales',
  'datasets.geography.gss.W07': 'Unterhauswahlkreise in Wales',
  'datasets.geography.gss.W11': 'lokale Gesundheitsbehörden (Local Health Boards) in Wales',
  'datasets.geography.gss.W92': 'Wales (das Land)',
  'datasets.geography.gss.S00': 'Output Areas (kleinste statistische Gebiete) in Schottland',
  'datasets.geography.gss.S01': 'Datenzonen (Data Zones) in Schottland',
  'datasets.geography.gss.S02': 'Zwischenzonen (Intermediate Zones) in Schottland',
  'datasets.geography.gss.S08': 'NHS-Gesundheitsbehörden in Schottland',
  'datasets.geography.gss.S12': 'Ratsbezirke (Council Areas) in Schottland',
  'datasets.geography.gss.S13': 'Wahlbezirke (Wards) in Schottland',
  'datasets.geography.gss.S14': 'Unterhauswahlkreise in Schottland',
  'datasets.geography.gss.S92': 'Schottland (das Land)',
  'datasets.geography.gss.N00': 'Kleingebiete (Small Areas) in Nordirland',
  'datasets.geography.gss.N08': 'Wahlbezirke (Wards) in Nordirland',
  'datasets.geography.gss.N09': 'Kommunalbezirke in Nordirland',
  'datasets.geography.gss.N92': 'Nordirland (das Land)',
  'datasets.geography.gss.K02': 'das Vereinigte Königreich',
  'datasets.geography.gss.K03': 'Großbritannien',
  'datasets.geography.gss.K04': 'England und Wales',
  'datasets.geography.fips.county': 'Countys in den USA',
  'datasets.geography.fips.county-unpadded': 'Countys in den USA, bei denen die führende Null verloren ging',
  'datasets.geography.fips.state': 'Bundesstaaten der USA',
  'datasets.geography.fips.tract': 'Zensusgebiete (Census Tracts) in den USA',
  'datasets.geography.ons.old-district': 'Kommunalbezirke in der ONS-Codierung vor 2011',
  'datasets.geography.nuts.3': 'NUTS-3-Regionen',
  'datasets.geography.nuts.2': 'NUTS-2-Regionen',
  'datasets.geography.nuts.1': 'NUTS-1-Regionen',
  'datasets.geography.lau.8-digit': 'Gemeinden (LAU) mit 8-stelligen Codes, etwa deutsche Gemeinden (AGS)',
  'datasets.geography.gssOther': 'britische Gebiete der GSS-Einheit {prefix}',
  'datasets.geography.system.gss': 'GSS-Code, Präfix {prefix}',
  'datasets.geography.system.fips.county': '5-stelliger FIPS-Code (Bundesstaat + County)',
  'datasets.geography.system.fips.county-unpadded':
    '4-stellige Zahl: ein 5-stelliger FIPS-Code, als Zahl gelesen (1001 ist 01001)',
  'datasets.geography.system.fips.state': '2-stelliger FIPS-Code eines Bundesstaats',
  'datasets.geography.system.fips.tract': '11-stelliger FIPS-Code (Bundesstaat + County + Tract)',
  'datasets.geography.system.ons.old-district': 'ONS-Code alter Form (2 Ziffern + 2 Buchstaben, z. B. 00AA)',
  'datasets.geography.system.nuts.3': 'NUTS-Code, 5 Zeichen',
  'datasets.geography.system.nuts.2': 'NUTS-Code, 4 Zeichen',
  'datasets.geography.system.nuts.1': 'NUTS-Code, 3 Zeichen',
  'datasets.geography.system.lau.8-digit': '8-stelliger LAU-Code',
  'datasets.geography.note.dataYear': '{boundaries} aus dem Jahr der Daten',
  'datasets.geography.note.padFips': '{boundaries}; füllen Sie die Codes auf 5 Stellen auf',
  'datasets.geography.note.mapOldCodes': '{boundaries}; ordnen Sie die alten Codes zuerst GSS-Codes zu',
  'datasets.geography.note.nutsVersion': '{boundaries} in der NUTS-Version der Daten',
  'datasets.geography.note.nationalAgency': '{boundaries} oder von der nationalen Vermessungsbehörde',
  'datasets.geography.note.fipsId': '{boundaries}, ID des Objekts = FIPS',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsGeojson',
  'datasets.download.assetsCsv',
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.warning.more',
  'datasets.warning.gaps',
  'datasets.warning.days',
  'datasets.warning.shortRows',
  'datasets.warning.cumulativeGaps',
  'datasets.warning.cumulativeCorrections',
  'datasets.warning.cumulativeBaseline',
  'datasets.warning.swappedXY',
  'datasets.warning.textRepaired',
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
  'datasets.reason.areaCodePathLike',
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
  'datasets.warning.replacementCharacters',
  'datasets.warning.oneColumn',
  'datasets.warning.codesUnrecognised',
  'datasets.warning.codesLikeLayer',
  'datasets.warning.codesOtherGeography',
  'datasets.warning.areas',
  'datasets.warning.kind',
  'datasets.warning.kindsMore',
  'datasets.warning.kindsNone',
  'datasets.geography.gss.E00',
  'datasets.geography.gss.E01',
  'datasets.geography.gss.E02',
  'datasets.geography.gss.E04',
  'datasets.geography.gss.E05',
  'datasets.geography.gss.E06',
  'datasets.geography.gss.E07',
  'datasets.geography.gss.E08',
  'datasets.geography.gss.E09',
  'datasets.geography.gss.E10',
  'datasets.geography.gss.E11',
  'datasets.geography.gss.E12',
  'datasets.geography.gss.E14',
  'datasets.geography.gss.E38',
  'datasets.geography.gss.E47',
  'datasets.geography.gss.E54',
  'datasets.geography.gss.E92',
  'datasets.geography.gss.W00',
  'datasets.geography.gss.W01',
  'datasets.geography.gss.W02',
  'datasets.geography.gss.W04',
  'datasets.geography.gss.W05',
  'datasets.geography.gss.W06',
  'datasets.geography.gss.W07',
  'datasets.geography.gss.W11',
  'datasets.geography.gss.W92',
  'datasets.geography.gss.S00',
  'datasets.geography.gss.S01',
  'datasets.geography.gss.S02',
  'datasets.geography.gss.S08',
  'datasets.geography.gss.S12',
  'datasets.geography.gss.S13',
  'datasets.geography.gss.S14',
  'datasets.geography.gss.S92',
  'datasets.geography.gss.N00',
  'datasets.geography.gss.N08',
  'datasets.geography.gss.N09',
  'datasets.geography.gss.N92',
  'datasets.geography.gss.K02',
  'datasets.geography.gss.K03',
  'datasets.geography.gss.K04',
  'datasets.geography.fips.county',
  'datasets.geography.fips.county-unpadded',
  'datasets.geography.fips.state',
  'datasets.geography.fips.tract',
  'datasets.geography.ons.old-district',
  'datasets.geography.nuts.3',
  'datasets.geography.nuts.2',
  'datasets.geography.nuts.1',
  'datasets.geography.lau.8-digit',
  'datasets.geography.gssOther',
  'datasets.geography.system.gss',
  'datasets.geography.system.fips.county',
  'datasets.geography.system.fips.county-unpadded',
  'datasets.geography.system.fips.state',
  'datasets.geography.system.fips.tract',
  'datasets.geography.system.ons.old-district',
  'datasets.geography.system.nuts.3',
  'datasets.geography.system.nuts.2',
  'datasets.geography.system.nuts.1',
  'datasets.geography.system.lau.8-digit',
  'datasets.geography.note.dataYear',
  'datasets.geography.note.padFips',
  'datasets.geography.note.mapOldCodes',
  'datasets.geography.note.nutsVersion',
  'datasets.geography.note.nationalAgency',
  'datasets.geography.note.fipsId',
  'datasets.warning.headerRepeated',
  'datasets.warning.crsContradicts',
  'datasets.warning.crsPerRow',
  'datasets.warning.crsPerRowItem',
  'datasets.warning.coordinatesNotDegrees',
  'datasets.warning.coordinatesNotDegreesCrs',
  'datasets.warning.badDateFormat',
  'datasets.warning.coordinatesNotNumbers',
  'datasets.warning.coordinatesNotNumbersDecimalComma',
  'datasets.warning.coordinatesNotNumbersDecimalPoint',
  'datasets.warning.coordinatesNotNumbersDigitGroups',
  'datasets.warning.outsideSite',
  'datasets.warning.outsideSiteSwap',
  'datasets.warning.outsideSiteCrs',
  'datasets.warning.outsideSiteFeet',
  'datasets.warning.outsideSiteMetres',
  'datasets.warning.placementUnchecked',
  'datasets.warning.outsideCouncil',
  'datasets.warning.outsideEveryArea',
  'datasets.warning.fileLineId',
  'datasets.reason.childCodeMissing',
  'datasets.reason.parentCodeMissing',
  'datasets.reason.childHasParent',
  'datasets.warning.assetsOutside',
  'datasets.warning.crsUnit',
  'datasets.warning.crsUnitMetres',
  'datasets.warning.crsOther',
  'datasets.warning.crsOtherSampled',
  'datasets.warning.rollUpRowNotUsed',
  'datasets.warning.rollUpMoreRowsNotUsed',
  'datasets.warning.rollUpSelves',
  'datasets.warning.rollUpUnknownParents',
  'datasets.warning.rollUpOrphans',
  'datasets.warning.rollUpOmitted',
  'datasets.warning.rollUpPartial',
  'datasets.warning.rollUpMissing',
  'datasets.warning.rollUpGaps',
  'datasets.warning.rollUpNotPlaced',
  'datasets.warning.rollUpParentUnknown',
  'datasets.warning.parentValue',
  'datasets.warning.rowsValueUnmatched',
  'datasets.warning.benchmarkLookalike',
  'datasets.rollUp.title',
  'datasets.rollUp.description',
  'datasets.warning.datesAmbiguous',
  'datasets.warning.areaColumnIsTotal',
  'datasets.download.texts',
  'datasets.warning.ofPlacedAssets',
  'datasets.warning.areaPlaceholder',
  'datasets.warning.areaPlaceholderArea',
  'datasets.warning.areaPlaceholderRejected',
  'datasets.warning.rowsValueUnmatchedClosest',
];
