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
  'cases.summary.inPlace': 'In {place}',
  'cases.summary.inTotal': {
    forms: {
      one: 'In allen {areas}',
      other: 'In allen {count} {noun}',
    },
  },
  'cases.summary.noData': '{inPlace} gibt es in {when} keine Daten zu {measure}.',
  'cases.summary.suppressed':
    '{inPlace} war die Zahl der {measure} in {when} zu klein für eine Veröffentlichung (weniger als {threshold}).',
  'cases.summary.rate': '{rate} je 100.000 Einwohner',
  'cases.summary.rankFirst': ', der höchste Wert von {ranked} Gebieten',
  'cases.summary.rankFirstJoint': ', gemeinsam der höchste Wert von {ranked} Gebieten',
  'cases.summary.rankAllSame': ', in allen {ranked} Gebieten gleich',
  'cases.summary.rank': ', {ordinal} Platz von {ranked} Gebieten',
  'cases.summary.rankJoint': ', gemeinsam {ordinal} Platz von {ranked} Gebieten',
  'cases.summary.changeSuppressed':
    '{inPlace} lagen die {measure} in {when} bei {level}{rank}; die Veränderung gegenüber den 7 Tagen davor wird nicht gezeigt, weil die Zahlen zu klein für eine Veröffentlichung sind.',
  'cases.summary.noEarlier':
    '{inPlace} lagen die {measure} in {when} bei {level}{rank}; es gibt keinen früheren Wert zum Vergleich.',
  'cases.summary.unchanged': '{inPlace} lagen die {measure} in {when} unverändert bei {level}{rank}.',
  'cases.summary.roseFromZero': '{inPlace} stiegen die {measure} in {when} von null auf {level}{rank}.',
  'cases.summary.fellFromZero': '{inPlace} fielen die {measure} in {when} von null auf {level}{rank}.',
  'cases.summary.rose': '{inPlace} stiegen die {measure} in {when} um {pct} auf {level}{rank}.',
  'cases.summary.fell': '{inPlace} fielen die {measure} in {when} um {pct} auf {level}{rank}.',
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
  'cases.total.name': {
    forms: {
      one: 'Alle {areas}',
      other: 'Alle {count} {noun}',
    },
  },
  'cases.total.place': {
    forms: {
      one: 'allen {areas}',
      other: 'allen {count} {noun}',
    },
  },
  'cases.total.areas': 'Gebiete',
  'cases.index.title': 'Infektionsgeschehen',
  'cases.index.description':
    'Fallzahlen und Inzidenzen meldepflichtiger Infektionskrankheiten nach Gebiet: letzte Woche, Verlauf, Karten und Gebietsseiten.',
  'cases.index.lead':
    'Fallzahlen und Inzidenzen je 100.000 Einwohner nach Gebiet, für die letzte vollständige Woche und im Zeitverlauf, mit Karten und einer Seite für jedes Gebiet.',
  'cases.index.latest': '{count} {unit} in den 7 Tagen bis zum {date},',
  'cases.index.latestRate': '{count} {unit} in den 7 Tagen bis zum {date} ({rate} je 100.000),',
  'cases.index.noWeek': 'Noch keine vollständige Woche mit Daten.',
  'cases.index.none': 'Auf dieser Website wurden keine Daten zu Infektionskrankheiten veröffentlicht.',
  'cases.metric.defaultLabel': 'Fälle',
  'cases.metric.description': '{metric}: letzte 7 Tage, Verlauf, Karte und Gebietsseiten.',
  'cases.metric.partialPlace': {
    by: 'total',
    forms: {
      one: 'den {count} von {total} {noun} mit vollständigen Daten',
      other: 'den {count} von {total} {noun} mit vollständigen Daten',
    },
  },
  'cases.metric.coverage': {
    by: 'total',
    forms: {
      one: 'Beruht auf {count} von {total} {noun} mit vollständigen Daten für beide Wochen',
      other: 'Beruht auf {count} von {total} {noun} mit vollständigen Daten für beide Wochen',
    },
  },
  'cases.metric.noRate': 'Keine Inzidenz: Für keines dieser Gebiete liegt eine Einwohnerzahl vor',
  'cases.metric.rateCoverage': 'Umfasst {people} der {total} Einwohner in {areas} mit Daten ({pct})',
  'cases.metric.findArea': '{link}, um seine eigenen Zahlen, seinen Verlauf und seinen Rang zu sehen.',
  'cases.metric.findAreaLink': 'Gebiet suchen',
  'cases.metric.compareNote': 'Inzidenzen in {place}; fügen Sie bis zu {max} Gebiete zum Vergleich hinzu.',
  'cases.metric.compareNoteParents':
    'Inzidenzen in {place} und den übergeordneten Gebieten; fügen Sie bis zu {max} Gebiete zum Vergleich hinzu.',
  'cases.metric.compareNoteFirstParents':
    'Inzidenzen in {place} und den ersten {count} übergeordneten Gebieten; fügen Sie bis zu {max} Gebiete zum Vergleich hinzu.',
  'cases.metric.noMap':
    'Keine Karte: Die Gebiete dieses Datensatzes werden nur über ihre Kennziffern zugeordnet, ohne Grenzen. Jedes Gebiet steht in der Gebietsliste und in den Downloads.',
  'cases.area.title': '{area}: {metric}',
  'cases.area.description': '{metric} in {area}: letzte 7 Tage, Inzidenz, Rang und Verlauf.',
  'cases.area.heading': '{metric} in {area}',
  // "der" (genitive plural), not "von": the layer's label is a nominative plural, which the genitive shares.
  'cases.area.partialName': {
    by: 'of',
    forms: {
      one: '{name} ({counted} der {of} {noun})',
      other: '{name} ({counted} der {of} {noun})',
    },
  },
  'cases.area.noRows':
    '{dataset} enthält keine Zeilen für {area} ({code}), daher gibt es dafür keine Zahlen; abgelehnte Zeilen sind auf {link} aufgeführt.',
  'cases.area.noRowsLink': 'der Seite zur Datenqualität des Datensatzes',
  'cases.area.stale':
    'Die Daten für {area} enden am {date}, vor der letzten vollständigen Woche: Der Verlauf unten zeigt, was gemeldet wurde.',
  'cases.area.rankFirst': 'Höchster Wert von {ranked} Gebieten',
  'cases.area.rankFirstJoint': 'Gemeinsam höchster Wert von {ranked} Gebieten',
  'cases.area.rankAllSame': 'In allen {ranked} Gebieten gleich',
  'cases.area.rank': '{ordinal} Platz von {ranked} Gebieten',
  'cases.area.rankJoint': 'Gemeinsam {ordinal} Platz von {ranked} Gebieten',
  'cases.area.versus': 'Im Vergleich mit {group}',
  'cases.area.higher': 'Die Inzidenz in {area}, {rate} je 100.000, ist höher als die {other} je 100.000 in {group}.',
  'cases.area.lower': 'Die Inzidenz in {area}, {rate} je 100.000, ist niedriger als die {other} je 100.000 in {group}.',
  'cases.area.same': 'Die Inzidenz in {area}, {rate} je 100.000, entspricht den {other} je 100.000 in {group}.',
  'cases.area.noCompare': 'Ein Vergleich der Inzidenzen mit {group} ist für diese Woche nicht möglich.',
  'cases.area.noRegion':
    'Diese Gebiete haben in den Grenzdaten keine Region, daher wird mit allen Gebieten zusammen verglichen.',
  'cases.area.compareNote': '{area} im Vergleich mit {group}; fügen Sie bis zu {max} weitere Gebiete hinzu.',
  'cases.area.another': 'Anderes Gebiet',
  'cases.area.allAreas': '{metric}: alle Gebiete und die Karte',
  'cases.areas.heading': 'Gebiet suchen',
  'cases.areas.title': '{heading}: {metric}',
  'cases.areas.letter': 'Gebiete unter {letter}',
  'cases.areas.letterPart': 'Gebiete unter {letter}, Teil {part} von {parts}',
  'cases.areas.other': 'Gebiete unter anderen Zeichen',
  'cases.areas.otherPart': 'Gebiete unter anderen Zeichen, Teil {part} von {parts}',
  'cases.areas.intro': {
    forms: {
      one: '{count} Gebiet für {metric}, von A bis Z. Jedes verlinkt auf seine Gebietsseite.',
      other: '{count} Gebiete für {metric}, von A bis Z. Jedes verlinkt auf seine Gebietsseite.',
    },
  },
  'cases.areas.introSplit': {
    forms: {
      one: '{count} Gebiet für {metric}, von A bis Z auf je einer Seite pro Anfangsbuchstabe. Jedes verlinkt auf seine Gebietsseite.',
      other:
        '{count} Gebiete für {metric}, von A bis Z auf je einer Seite pro Anfangsbuchstabe. Jedes verlinkt auf seine Gebietsseite.',
    },
  },
  'cases.areas.introPage': {
    by: 'total',
    forms: {
      one: '{count} von {total} Gebiet für {metric}. Jedes verlinkt auf seine Gebietsseite.',
      other: '{count} von {total} Gebieten für {metric}. Jedes verlinkt auf seine Gebietsseite.',
    },
  },
  'cases.areas.introPageRange': {
    by: 'total',
    forms: {
      one: '{count} von {total} Gebiet für {metric}: {first} bis {last}. Jedes verlinkt auf seine Gebietsseite.',
      other: '{count} von {total} Gebieten für {metric}: {first} bis {last}. Jedes verlinkt auf seine Gebietsseite.',
    },
  },
  'cases.areas.search': 'Nach Name oder Kennziffer suchen',
  'cases.areas.filter': 'Nach Name oder Kennziffer filtern',
  'cases.areas.byLetter': 'Gebiete nach Anfangsbuchstabe',
  'cases.areas.jump': 'Zum Buchstaben springen',
  'cases.areas.letterCount': {
    forms: {
      one: '{letter}: {count} Gebiet',
      other: '{letter}: {count} Gebiete',
    },
  },
  'cases.areas.otherCount': {
    forms: {
      one: 'Andere Zeichen: {count} Gebiet',
      other: 'Andere Zeichen: {count} Gebiete',
    },
  },
  'cases.areas.parts': 'Teile von {letter}',
  'cases.areas.part': 'Teil {n}',
  'cases.areas.rate': '· {rate} je 100.000',
  'cases.filter.matches': {
    forms: {
      one: '{count} Gebiet gefunden.',
      other: '{count} Gebiete gefunden.',
    },
  },
  'cases.filter.loading': 'Die Gebietsliste wird geladen …',
  'cases.filter.failed': 'Die Gebietsliste konnte nicht geladen werden: Nutzen Sie die Buchstaben unten.',
  'cases.filter.none': 'Kein Gebiet gefunden.',
  'cases.filter.more':
    '{count} Gebiete gefunden; die ersten {shown} sind aufgeführt. Geben Sie mehr ein, um die Auswahl einzugrenzen.',
  'cases.tabs.chart': 'Diagramm',
  'cases.tabs.table': 'Tabelle',
  'cases.tabs.download': 'Download',
  'cases.tabs.about': 'Erläuterungen',
  'cases.tabs.views': '{title}: Ansichten',
  'cases.tabs.downloadLead': 'Dateien mit genau dem, was Diagramm und Tabelle jetzt zeigen, auf Ihrem Gerät erstellt.',
  'cases.tabs.csv': 'Daten (CSV)',
  'cases.tabs.svg': 'Diagramm (SVG)',
  'cases.tabs.png': 'Diagramm (PNG)',
  'cases.tabs.noScript': 'Downloads benötigen JavaScript. Die Tabelle enthält dieselben Zahlen.',
  'cases.controls.range': 'Zeitraum',
  'cases.controls.range.3m': '3 Monate',
  'cases.controls.range.6m': '6 Monate',
  'cases.controls.range.1y': '1 Jahr',
  'cases.controls.range.all': 'Gesamt',
  'cases.controls.scale': 'Skala',
  'cases.controls.linear': 'Linear',
  'cases.controls.log': 'Logarithmisch',
  'cases.controls.logHint':
    'Auf einer logarithmischen Skala ist jede Stufe der Achse zehnmal so groß wie die darunter: Eine Verdopplung sieht auf jeder Höhe gleich aus, und gleichmäßiges Wachstum ist eine Gerade. Tage ohne Fälle werden darauf nicht gezeichnet.',
  'cases.trend.title': '{unit} pro Tag in {place}',
  'cases.trend.heading': '{unit} pro Tag in {place}, mit 7-Tage-Mittelwert',
  'cases.trend.caption': '{unit} pro Tag in {place}, {from} bis {to}',
  'cases.trend.keyCount': 'Tageswert',
  'cases.trend.keyAverage': '7-Tage-Mittelwert',
  'cases.trend.keySpanGroup': 'Enthält Meldungen für mehrere Tage (Gebiete, deren Quelle Tage ausgelassen hat)',
  'cases.trend.keySpan': 'Für mehrere Tage gemeldet (der Balken überspannt sie, mit dem Mittel pro Tag)',
  'cases.trend.keyLag': {
    forms: {
      one: 'Unvollständig (Meldeverzug, {count} Tag)',
      other: 'Unvollständig (Meldeverzug, {count} Tage)',
    },
  },
  'cases.trend.keySuppressed': 'Unterdrückter Tag (1 bis {max})',
  'cases.trend.date': 'Datum',
  'cases.trend.count': 'Anzahl',
  'cases.trend.average': '7-Tage-Mittelwert',
  'cases.trend.rate': '7-Tage-Inzidenz je 100.000',
  'cases.trend.incompleteDay': '{date} (unvollständig)',
  'cases.trend.reportedFor': {
    by: 'days',
    forms: {
      one: '{count} (gemeldet für {days} Tag)',
      other: '{count} (gemeldet für {days} Tage)',
    },
  },
  'cases.trend.reportedForAreas': {
    by: 'areas',
    forms: {
      one: '{count} (enthält Meldungen für bis zu {days} aus {areas} Gebiet)',
      other: '{count} (enthält Meldungen für bis zu {days} aus {areas} Gebieten)',
    },
  },
  'cases.trend.days': { forms: { one: '{count} Tag', other: '{count} Tage' } },
  'cases.compare.heading': 'Im Vergleich mit anderen Orten',
  'cases.compare.title': '7-Tage-Inzidenz je 100.000: {places}',
  'cases.compare.titleVersus': '7-Tage-Inzidenz je 100.000: {first} im Vergleich mit {others}',
  'cases.compare.allAreas': '{link}, jedes mit eigener Seite.',
  'cases.compare.allAreasLink': 'Alle Gebiete von A bis Z',
  'cases.compare.keyIncomplete': 'Unvollständig',
  'cases.compare.caption': '7-Tage-Inzidenz je 100.000 nach Tag',
  'cases.compare.noData': 'Keine Daten für {codes}.',
  'cases.compare.csvColumn': '{area} ({code}) 7-Tage-Inzidenz je 100.000',
  'cases.axis.count': 'Anzahl',
  'cases.axis.countLog': 'Anzahl (log. Skala)',
  'cases.axis.rate': 'Inzidenz je 100.000',
  'cases.axis.rateLog': 'Inzidenz je 100.000 (log. Skala)',
  'cases.axis.rateShort': 'Je 100.000',
  'cases.axis.rateLogShort': 'Je 100.000 (log.)',
  'cases.axis.incomplete': 'Unvollständig',
  'cases.axis.spanGroup': {
    by: 'days',
    forms: {
      one: 'inkl. Meldungen für {days} Tag',
      other: 'inkl. Meldungen für {days} Tage',
    },
  },
  'cases.axis.spanGroupShort': 'inkl. {days} Tage',
  'cases.axis.span': {
    by: 'days',
    forms: {
      one: 'gemeldet für {days} Tag',
      other: 'gemeldet für {days} Tage',
    },
  },
  'cases.axis.spanShort': {
    by: 'days',
    forms: {
      one: '{days} Tag',
      other: '{days} Tage',
    },
  },
  'cases.cards.latest': '{unit} in den letzten 7 Tagen',
  'cases.cards.rate': 'Inzidenz je 100.000 Einwohner',
  'cases.cards.change': 'Veränderung gegenüber den 7 Tagen davor',
  'cases.cards.notPlaced': 'Keinem Gebiet zugeordnet: {count}',
  'cases.cards.previous': '7 Tage davor: {count}',
  'cases.cards.upTo': 'Stand',
  'cases.cards.noWeek': 'noch keine vollständige Woche',
  'cases.cards.lag': {
    forms: {
      one: 'Der letzte Tag ist noch unvollständig',
      other: 'Die letzten {count} Tage sind noch unvollständig',
    },
  },
  'cases.method.definitions': 'Begriffe',
  'cases.method.source': 'Quelle',
  'cases.method.total':
    '{term}: die {unit} der 7 Tage bis zu einem bestimmten Tag. Die letzten 7 Tage enden am {date}; die 7 Tage davor sind die sieben Tage vor diesen.',
  'cases.method.totalTerm': '7-Tage-Summe',
  'cases.method.lastCompleteDay': 'letzten vollständigen Tag',
  'cases.method.incomplete': {
    forms: {
      one: '{term}: Der letzte {count} Tag der Daten (bis {date}) ist noch unvollständig, weil Meldungen verspätet eintreffen. Er wird schattiert gezeigt, fließt aber nicht in die Kennzahlen, Ränge und die Karte ein.',
      other:
        '{term}: Die letzten {count} Tage der Daten (bis {date}) sind noch unvollständig, weil Meldungen verspätet eintreffen. Sie werden schattiert gezeigt, fließen aber nicht in die Kennzahlen, Ränge und die Karte ein.',
    },
  },
  'cases.method.incompleteTerm': 'Unvollständige Tage',
  'cases.method.theEnd': 'zum Ende',
  'cases.method.change':
    '{term}: letzte 7-Tage-Summe minus die vorherige; in Prozent der vorherigen (keine, wenn diese 0 war).',
  'cases.method.changeTerm': 'Veränderung',
  'cases.method.rate':
    '{term}: 7-Tage-Summe ÷ Einwohnerzahl × 100.000, auf eine Nachkommastelle, damit Orte unterschiedlicher Größe fair vergleichbar sind. Keine Inzidenz, wo die Einwohnerzahl unbekannt ist.',
  'cases.method.rateTerm': 'Inzidenz je 100.000',
  'cases.method.average':
    '{term}: die 7-Tage-Summe bis zu jedem Tag ÷ 7 (ein nachlaufender Mittelwert, wie im UKHSA-Dashboard).',
  'cases.method.averageTerm': '7-Tage-Mittelwert',
  'cases.method.rank':
    '{term}: 1 ist die höchste Inzidenz unter den {count} Gebieten mit veröffentlichter Inzidenz; Gebiete mit gleicher Inzidenz teilen sich einen Rang.',
  'cases.method.rankTerm': 'Rang',
  'cases.method.groups':
    '{term} („{total}“) addieren die Gebiete, die gemeldet haben; die letzte und die vorherige Summe umfassen nur Gebiete, bei denen beide Wochen vollständig sind.',
  'cases.method.groupsParents':
    '{term} („{total}“ und übergeordnete Gebiete) addieren die Gebiete, die gemeldet haben; die letzte und die vorherige Summe umfassen nur Gebiete, bei denen beide Wochen vollständig sind.',
  'cases.method.groupsTerm': 'Summen für Gruppen von Gebieten',
  'cases.method.noData':
    '{term}: Ein Tag ohne Zeile in der Quelldatei bedeutet keine Daten, nicht null, und jeder 7-Tage-Wert, der ihn einschließt, bleibt leer. Wo die Quelle kumulierte Summen (oder Wochenwerte) liefert, ist ein Tag zwischen zwei Meldungen keine Lücke: Es wurde nichts Neues gemeldet, und der nächste Wert wird als für die abgedeckten Tage gemeldet gezeigt.',
  'cases.method.noDataTerm': 'Keine Daten',
  'cases.method.suppressed':
    '{term}: Werte von 1 bis {max} werden zum Schutz der Privatsphäre als „unterdrückt“ gezeigt, in jeder Kachel, jedem Diagramm, jeder Tabelle, Karte und jedem Download, ebenso jeder daraus berechnete Wert (Mittelwert, Inzidenz, Veränderung). Null wird als 0 gezeigt. Die Unterdrückung verbirgt jeden kleinen Wert dort, wo er erscheint; sie verhindert nicht jede mögliche Berechnung aus anderen veröffentlichten Zahlen.',
  'cases.method.notSuppressed': '{term} werden so gezeigt, wie sie sind: Dieser Datensatz wird nicht unterdrückt.',
  'cases.method.smallTerm': 'Kleine Fallzahlen',
  'cases.method.bands':
    '{term} sind für diese Veröffentlichung fest ({bands} je 100.000), sodass eine Farbe in jeder Woche dieselbe Inzidenz bedeutet.',
  'cases.method.bandsTerm': 'Kartenklassen',
  'cases.method.dates': 'Daten vom {from} bis zum {to}. Angenommene und abgelehnte Zeilen: {link}.',
  'cases.method.datesLink': 'Datenqualität von {dataset}',
  'cases.map.heading': 'Inzidenzen nach Gebiet',
  'cases.map.lead': {
    forms: {
      one: '7-Tage-Inzidenz je 100.000 Einwohner im einzigen Gebiet ({areas}), für die 7 Tage bis zum {week}. Die Klassen sind für diese Veröffentlichung fest, sodass die Farben in jeder Woche dasselbe bedeuten.',
      other:
        '7-Tage-Inzidenz je 100.000 Einwohner in jedem der {count} {noun}, für die 7 Tage bis zum {week}. Die Klassen sind für diese Veröffentlichung fest, sodass die Farben in jeder Woche dasselbe bedeuten.',
    },
  },
  'cases.map.earlier': '← Frühere Woche',
  'cases.map.weekEnding': 'Woche bis zum',
  'cases.map.later': 'Spätere Woche →',
  'cases.map.label': 'Karte der Inzidenzen für {metric} nach Gebiet',
  'cases.map.picture':
    'Karte der 7-Tage-Inzidenzen je 100.000 nach Gebiet für die Woche bis zum {date}; die Tabelle enthält dieselben Zahlen.',
  'cases.map.legend': 'Inzidenz je 100.000 (7 Tage)',
  'cases.map.suppressed': 'Unterdrückt (kleine Fallzahlen)',
  'cases.map.about': 'Über diese Karte',
  'cases.map.boundaries':
    'Grenzen: {layer}. Die Karte hat keine Hintergrundkacheln: Die Gebiete selbst sind die Karte, daher lädt sie nichts von einer anderen Website.',
  'cases.map.boundariesCredit':
    'Grenzen: {layer}. {attribution}. Die Karte hat keine Hintergrundkacheln: Die Gebiete selbst sind die Karte, daher lädt sie nichts von einer anderen Website.',
  'cases.map.loading': 'Die interaktive Karte wird geladen …',
  'cases.bands.all': 'Alle Inzidenzen',
  'cases.bands.below': 'Unter {n}',
  'cases.bands.range': '{from} bis {to}',
  'cases.bands.over': '{n} und mehr',
  'cases.mapArea.noData': '{area}: keine Daten.',
  'cases.mapArea.noDataWeek': '{area}: keine Daten in den 7 Tagen bis zum {date}.',
  'cases.mapArea.suppressed': '{area}: zu wenige {unit} zur Veröffentlichung (unterdrückt).',
  'cases.mapArea.suppressedWeek':
    '{area}: zu wenige {unit} zur Veröffentlichung in den 7 Tagen bis zum {date} (unterdrückt).',
  'cases.mapArea.figures': '{area}: {rate}, {count} {unit}.',
  'cases.mapArea.figuresWeek': '{area}: {rate}, {count} {unit} in den 7 Tagen bis zum {date}.',
  'cases.mapArea.figuresWeekRank':
    '{area}: {rate}, {count} {unit} in den 7 Tagen bis zum {date}, {ordinal} Platz von {ranked}.',
  'cases.mapArea.rate': '{rate} je 100.000',
  'cases.mapArea.noRate': 'keine Inzidenz (Einwohnerzahl unbekannt)',
  'cases.table.area': 'Gebiet',
  'cases.table.total': '7-Tage-Summe',
  'cases.table.rate': 'Inzidenz je 100.000',
  'cases.table.rank': 'Rang',
  'cases.table.sort': ', sortieren',
  'cases.table.caption': 'Gebiete in der Woche bis zum {week}',
  'cases.table.sortedByName': ', sortiert nach Gebietsname',
  'cases.table.highest': ': die {count} von {total} mit den höchsten Inzidenzen (Rang 1 zuerst)',
  'cases.table.sortKey.name': 'Gebiet',
  'cases.table.sortKey.total': '7-Tage-Summe',
  'cases.table.sortKey.rate': 'Inzidenz je 100.000',
  'cases.table.sortKey.rank': 'Rang',
  'cases.table.sortedAscending': ', sortiert nach {column}, aufsteigend',
  'cases.table.sortedDescending': ', sortiert nach {column}, absteigend',
  'cases.table.firstAscending': ': die ersten {count} von {total} nach {column}, aufsteigend',
  'cases.table.firstDescending': ': die ersten {count} von {total} nach {column}, absteigend',
  'cases.table.chosenBelow': ', und darunter das auf der Karte gewählte Gebiet',
  'cases.table.chosenRow': 'auf der Karte gewählt',
  'cases.table.more':
    '{count} von {total} Gebieten werden gezeigt, in der oben gewählten Reihenfolge. Alle Gebiete: {list} oder {csv}.',
  'cases.table.moreList': 'die Gebietsliste von A bis Z',
  'cases.table.moreCsv': 'die Zahlen der letzten Woche für alle {total} Gebiete (CSV)',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'cases.summary.noData',
  'cases.summary.suppressed',
  'cases.summary.noEarlier',
  'cases.summary.unchanged',
  'cases.summary.roseFromZero',
  'cases.summary.fellFromZero',
  'cases.summary.rose',
  'cases.summary.fell',
  'cases.summary.inPlace',
  'cases.summary.inTotal',
  'cases.total.place',
  'cases.metric.compareNote',
  'cases.metric.compareNoteParents',
  'cases.metric.compareNoteFirstParents',
  'cases.area.higher',
  'cases.area.lower',
  'cases.summary.rankAllSame',
  'cases.area.rankAllSame',
  'cases.summary.changeSuppressed',
  'cases.chart.trendSpanned',
  'cases.index.title',
  'cases.method.lastCompleteDay',
  'cases.method.theEnd',
  'cases.area.same',
  'cases.cards.upTo',
  'cases.trend.keySpan',
  'cases.method.noData',
  'cases.map.weekEnding',
  'cases.summary.rank',
  'cases.summary.rankJoint',
  'cases.area.rank',
  'cases.area.rankJoint',
  'cases.table.chosenBelow',
  'cases.table.chosenRow',
  'cases.metric.defaultLabel',
  'cases.area.partialName',
  'cases.trend.reportedForAreas',
  'cases.trend.days',
  'cases.cards.notPlaced',
  'cases.total.name',
  'cases.metric.partialPlace',
  'cases.metric.coverage',
  'cases.map.lead',
];
