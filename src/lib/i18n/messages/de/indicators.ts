/** Deutsch (de): messages of indicator pages, components, charts and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/indicators.ts';

export const messages: NamespaceMessages<typeof source> = {
  'indicators.index.title': 'Indikatoren',
  'indicators.index.description':
    'Indikatoren nach Gebiet: jedes Gebiet im Vergleich mit seinem Vergleichswert, als Rangfolge, auf der Karte und im Zeitverlauf.',
  'indicators.index.lead':
    'Ein Wert je Gebiet und Zeitraum, jedes Gebiet mit seinem Vergleichswert verglichen, mit Karte, Rangfolge und einer Seite je Gebiet.',
  'indicators.index.item': '{period}.',
  'indicators.index.itemBenchmark': '{period}: {benchmark} {value}.',
  'indicators.index.itemSpread': {
    forms: {
      one: '{period}; {count} Gebiet von {min} bis {max}.',
      other: '{period}; {count} Gebiete von {min} bis {max}.',
    },
  },
  'indicators.index.itemBenchmarkSpread': {
    forms: {
      one: '{period}: {benchmark} {value}; {count} Gebiet von {min} bis {max}.',
      other: '{period}: {benchmark} {value}; {count} Gebiete von {min} bis {max}.',
    },
  },
  'indicators.page.description':
    '{label}: jedes Gebiet im Vergleich mit seinem Vergleichswert, als Rangfolge und auf der Karte, mit einer Seite je Gebiet.',
  'indicators.period.title': '{label}, {period}',
  'indicators.period.description':
    '{label} {period}: jedes Gebiet im Vergleich mit seinem Vergleichswert, als Rangfolge und auf der Karte.',
  'indicators.compare.phrase.better': 'signifikant besser als {benchmark}',
  'indicators.compare.phrase.worse': 'signifikant schlechter als {benchmark}',
  'indicators.compare.phrase.similar': 'ähnlich wie {benchmark}',
  'indicators.compare.phrase.higher': 'höher als {benchmark}',
  'indicators.compare.phrase.lower': 'niedriger als {benchmark}',
  'indicators.compare.phrase.same': 'gleich wie {benchmark}',
  'indicators.compare.phrase.none': 'nicht vergleichbar mit {benchmark}',
  'indicators.compare.label.better': 'Besser',
  'indicators.compare.label.worse': 'Schlechter',
  'indicators.compare.label.similar': 'Ähnlich',
  'indicators.compare.label.higher': 'Höher',
  'indicators.compare.label.lower': 'Niedriger',
  'indicators.compare.label.same': 'Gleich',
  'indicators.compare.label.none': 'Kein Vergleich',
  'indicators.compare.untested': '{label} (nicht auf Signifikanz geprüft)',
  'indicators.compare.cell.higherTested': 'Signifikant höher',
  'indicators.compare.cell.lowerTested': 'Signifikant niedriger',
  'indicators.compare.key.untested': 'Höher oder niedriger als der Vergleichswert (nicht auf Signifikanz geprüft)',
  'indicators.compare.key.untestedSame':
    'Höher, niedriger oder gleich wie der Vergleichswert (nicht auf Signifikanz geprüft)',
  'indicators.compare.key.tested':
    'Signifikant höher oder niedriger als der Vergleichswert (keines von beiden ist besser)',
  'indicators.compare.key.mixed':
    'Höher oder niedriger als der Vergleichswert, nicht als besser oder schlechter bewertet (die Tabelle zeigt, welche auf Signifikanz geprüft wurden)',
  'indicators.benchmark.the': 'dem Vergleichswert',
  'indicators.benchmark.heading': 'Vergleichswert',
  'indicators.benchmark.allAreas': 'Alle Gebiete',
  'indicators.benchmark.methodMean': 'Der Mittelwert der Gebiete',
  'indicators.benchmark.methodWeighted': 'Der Mittelwert der Gebiete, nach Bevölkerung gewichtet',
  'indicators.benchmark.their': 'ihrem Vergleichswert',
  'indicators.overview.areas': 'Gebiete',
  'indicators.overview.head': '{label} {period}.',
  'indicators.overview.headBenchmark': '{label} {period}: {benchmark} {value}.',
  'indicators.overview.headBenchmarkMean': '{label} {period}: {benchmark} {value} (der Mittelwert der Gebiete).',
  'indicators.overview.headBenchmarkWeighted':
    '{label} {period}: {benchmark} {value} (der Mittelwert der Gebiete, nach Bevölkerung gewichtet).',
  'indicators.overview.noneCompared': 'Keine {areas} lassen sich mit einem Vergleichswert vergleichen.',
  'indicators.overview.limits': {
    by: 'better',
    forms: {
      one: 'Von {compared} {comparedNoun}, verglichen mit {benchmark}, ist {better} signifikant besser, {similar} ähnlich und {worse} signifikant schlechter.',
      other:
        'Von {compared} {comparedNoun}, verglichen mit {benchmark}, sind {better} signifikant besser, {similar} ähnlich und {worse} signifikant schlechter.',
    },
  },
  'indicators.overview.limitsNeutral': {
    by: 'better',
    forms: {
      one: 'Von {compared} {comparedNoun}, verglichen mit {benchmark}, ist {better} signifikant besser, {similar} ähnlich und {worse} signifikant schlechter ({higher} höher, {lower} niedriger).',
      other:
        'Von {compared} {comparedNoun}, verglichen mit {benchmark}, sind {better} signifikant besser, {similar} ähnlich und {worse} signifikant schlechter ({higher} höher, {lower} niedriger).',
    },
  },
  'indicators.overview.noLimits': {
    by: 'higher',
    forms: {
      one: 'Von {compared} {comparedNoun}, verglichen mit {benchmark}, ist {higher} höher und {lower} niedriger; ohne Konfidenzgrenzen können diese Unterschiede zufällig sein.',
      other:
        'Von {compared} {comparedNoun}, verglichen mit {benchmark}, sind {higher} höher und {lower} niedriger; ohne Konfidenzgrenzen können diese Unterschiede zufällig sein.',
    },
  },
  'indicators.overview.noLimitsSame': {
    by: 'higher',
    forms: {
      one: 'Von {compared} {comparedNoun}, verglichen mit {benchmark}, ist {higher} höher und {lower} niedriger ({same} gleich); ohne Konfidenzgrenzen können diese Unterschiede zufällig sein.',
      other:
        'Von {compared} {comparedNoun}, verglichen mit {benchmark}, sind {higher} höher und {lower} niedriger ({same} gleich); ohne Konfidenzgrenzen können diese Unterschiede zufällig sein.',
    },
  },
  'indicators.overview.earlier': 'Dies ist ein früherer Zeitraum. {link} ist {period}.',
  'indicators.overview.latestLink': 'Der neueste Zeitraum',
  'indicators.overview.areasWithValue': 'Gebiete mit Wert',
  'indicators.overview.range': 'Spannweite',
  'indicators.overview.rangeValue': '{min} bis {max}',
  'indicators.periods.label': 'Zeiträume',
  'indicators.periods.heading': 'Zeitraum',
  'indicators.area.value': '{label} in {name}, {period}: {value}.',
  'indicators.area.valueCompared': '{label} in {name}, {period}: {value}, {comparison} ({benchmarkValue}).',
  'indicators.area.rank': 'Es liegt auf dem {ordinal} Platz von {ranked}, vom höchsten Wert an gezählt.',
  'indicators.area.unchanged': 'Unverändert gegenüber {period} ({value}).',
  'indicators.area.up': 'Gestiegen von {value} im Zeitraum {period}.',
  'indicators.area.down': 'Gesunken von {value} im Zeitraum {period}.',
  'indicators.areaPage.title': '{area}: {label}',
  'indicators.areaPage.limits': '95-%-Grenzen {lower} bis {upper}',
  'indicators.areaPage.rank': 'Rang',
  'indicators.areaPage.rankOf': 'vom höchsten Wert an, von {ranked}',
  'indicators.areaPage.among': 'Unter allen Gebieten, {period}',
  'indicators.areaPage.spine':
    '{area} {value}; alle Gebiete von {min} bis {max}, mittlere Hälfte {q1} bis {q3}; {benchmark} {benchmarkValue}.',
  'indicators.areaPage.spineBenchmark': 'Vergleichswert',
  'indicators.areaPage.spineKey':
    'Heller Balken: niedrigster bis höchster Wert; dunkler Balken: die mittlere Hälfte der Gebiete; Linie: {benchmark}; Kreis: {area}.',
  'indicators.areaPage.allAreas': 'Alle Gebiete für {label}',
  'indicators.areaPage.everything': 'Alles über {area}',
  'indicators.areaPage.others': 'Andere Gebiete im selben übergeordneten Gebiet',
  'indicators.about.ruleParent': 'Jedes Gebiet wird mit seinem übergeordneten Gebiet verglichen.',
  'indicators.about.ruleParentUsing':
    'Jedes Gebiet wird mit seinem übergeordneten Gebiet verglichen, anhand {methods}.',
  'indicators.about.ruleAll': 'Jedes Gebiet wird mit allen Gebieten zusammen verglichen.',
  'indicators.about.ruleAllUsing': 'Jedes Gebiet wird mit allen Gebieten zusammen verglichen, anhand {methods}.',
  'indicators.about.ruleNamed': 'Jedes Gebiet wird mit {benchmark} verglichen.',
  'indicators.about.ruleNamedUsing': 'Jedes Gebiet wird mit {benchmark} verglichen, anhand {methods}.',
  'indicators.about.methodFile': 'des in der Datei veröffentlichten Vergleichswerts',
  'indicators.about.methodWeighted': 'des bevölkerungsgewichteten Mittels der Gebiete',
  'indicators.about.methodMean':
    'des einfachen Mittels der Gebiete (nicht für jedes Gebiet ist die Bevölkerung bekannt)',
  'indicators.about.limitsGood':
    'Die Datei enthält Konfidenzgrenzen. Ein Gebiet ist nur dann „besser“ oder „schlechter“ als sein Vergleichswert, wenn sein Intervall den Vergleichswert nicht enthält (höher ist besser); sonst ist es „ähnlich“. So verfahren die englischen Public-Health-Profile (Fingertips).',
  'indicators.about.limitsBad':
    'Die Datei enthält Konfidenzgrenzen. Ein Gebiet ist nur dann „besser“ oder „schlechter“ als sein Vergleichswert, wenn sein Intervall den Vergleichswert nicht enthält (niedriger ist besser); sonst ist es „ähnlich“. So verfahren die englischen Public-Health-Profile (Fingertips).',
  'indicators.about.limitsNeutral':
    'Die Datei enthält Konfidenzgrenzen. Ein Gebiet ist nur dann „besser“ oder „schlechter“ als sein Vergleichswert, wenn sein Intervall den Vergleichswert nicht enthält (keine Richtung ist besser, daher „höher“ oder „niedriger“); sonst ist es „ähnlich“. So verfahren die englischen Public-Health-Profile (Fingertips).',
  'indicators.about.noLimits':
    'Die Datei enthält keine Konfidenzgrenzen, daher sind Gebiete nur „höher“ oder „niedriger“ als der Vergleichswert: Ein Unterschied kann zufällig sein, und keine Farbe deutet an, dass er signifikant ist.',
  'indicators.about.ranksConfigured':
    'Die Ränge zählen vom höchsten Wert an (1.), unabhängig davon, welche Richtung gut ist; Gebiete mit gleichen Werten teilen sich einen Rang. Die Kartenklassen sind in der Konfiguration festgelegt und bleiben für jeden Zeitraum gleich, sodass Farben über Zeiträume hinweg vergleichbar sind.',
  'indicators.about.ranksEqual':
    'Die Ränge zählen vom höchsten Wert an (1.), unabhängig davon, welche Richtung gut ist; Gebiete mit gleichen Werten teilen sich einen Rang. Die Kartenklassen sind fünf gleich große Stufen vom niedrigsten bis zum höchsten Wert aller Zeiträume und bleiben für jeden Zeitraum gleich, sodass Farben über Zeiträume hinweg vergleichbar sind.',
  'indicators.about.suppressed':
    'Werte, die der Herausgeber unterdrückt hat, werden als „unterdrückt“ angezeigt, nie als null oder als fehlend.',
  'indicators.chart.key': 'Legende',
  'indicators.chart.limits': '95-%-Konfidenzgrenzen',
  'indicators.table.rank': 'Rang',
  'indicators.table.area': 'Gebiet',
  'indicators.table.code': 'Schlüssel',
  'indicators.table.value': 'Wert',
  'indicators.table.lower': 'Untere Grenze',
  'indicators.table.upper': 'Obere Grenze',
  'indicators.table.benchmark': 'Vergleichswert',
  'indicators.table.compared': 'Im Vergleich zum Vergleichswert',
  'indicators.table.comparedShort': 'Vergleich',
  'indicators.table.period': 'Zeitraum',
  'indicators.table.benchmarkOf': '{value} ({benchmark})',
  'indicators.table.rankOf': '{ordinal} von {ranked}',
  'indicators.ranked.heading': 'Alle Gebiete nach Rang, {period}',
  'indicators.ranked.title': '{label}, {period}: alle Gebiete nach Rang',
  'indicators.ranked.desc': {
    forms: {
      one: 'Balkendiagramm von {count} Gebiet, höchster Wert zuerst: {top} {topValue} bis {bottom} {bottomValue}.',
      other: 'Balkendiagramm von {count} Gebieten, höchster Wert zuerst: {top} {topValue} bis {bottom} {bottomValue}.',
    },
  },
  'indicators.ranked.descLine': 'Die gestrichelte Linie ist {benchmark}, {value}.',
  'indicators.ranked.descTicks': 'Ein Strich auf jedem Balken markiert seinen Vergleichswert.',
  'indicators.ranked.empty': 'Kein Gebiet hat einen Wert für diesen Zeitraum.',
  'indicators.ranked.eachBenchmark': 'Vergleichswert des jeweiligen Gebiets',
  'indicators.ranked.download': 'Alle Zeiträume und Gebiete: {link}.',
  'indicators.ranked.downloadLink': '{label} (CSV)',
  'indicators.map.heading': 'Karte, {period}',
  'indicators.map.intro': {
    forms: {
      one: '{label} im einzigen Gebiet ({areas}), {period}. Die Klassen sind für jeden Zeitraum gleich. {link}.',
      other: '{label} in jedem der {count} {noun}, {period}. Die Klassen sind für jeden Zeitraum gleich. {link}.',
    },
  },
  'indicators.map.skip': 'Karte überspringen, zur Tabelle mit denselben Zahlen',
  'indicators.map.label': 'Karte: {label}, {period}',
  'indicators.map.pictureLabel': 'Karte: {label}, {period}; jedes Gebiet verlinkt auf seine Seite',
  'indicators.map.area': '{area}: {value}',
  'indicators.map.areaCompared': '{area}: {value}, {comparison}',
  'indicators.map.suppressed': 'Unterdrückt',
  'indicators.trend.heading': '{area} im Zeitverlauf',
  'indicators.trend.title': '{label}: {area} im Vergleich mit {others}, {from} bis {to}',
  'indicators.trend.noValue': 'Für {area} gibt es in keinem Zeitraum einen veröffentlichten Wert.',
  'indicators.trend.line':
    'Liniendiagramm. {area}: {first} im Zeitraum {firstPeriod}, {last} im Zeitraum {lastPeriod}.',
  'indicators.trend.benchmark': '{benchmark} (gestrichelt): {first} bis {last}.',
  'indicators.trend.other': '{area}: {first} im Zeitraum {firstPeriod}, {last} im Zeitraum {lastPeriod}.',
  'indicators.trend.otherNone': '{area}: kein veröffentlichter Wert.',
  'indicators.trend.missing': 'Keine Zahlen für {codes}.',
  'indicators.trend.failed': 'Der Vergleich konnte nicht geladen werden.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'indicators.overview.headBenchmarkMean',
  'indicators.overview.headBenchmarkWeighted',
  'indicators.compare.cell.higherTested',
  'indicators.compare.cell.lowerTested',
  'indicators.compare.key.untested',
  'indicators.compare.key.untestedSame',
  'indicators.compare.key.tested',
  'indicators.compare.key.mixed',
  'indicators.benchmark.methodMean',
  'indicators.benchmark.methodWeighted',
  'indicators.benchmark.the',
  'indicators.benchmark.their',
  'indicators.area.rank',
  'indicators.areaPage.rankOf',
  'indicators.about.ruleParentUsing',
  'indicators.about.ruleAllUsing',
  'indicators.about.ruleNamedUsing',
  'indicators.map.intro',
  'indicators.overview.noneCompared',
  'indicators.benchmark.allAreas',
  'indicators.overview.limits',
  'indicators.overview.limitsNeutral',
  'indicators.overview.noLimits',
  'indicators.overview.noLimitsSame',
];
