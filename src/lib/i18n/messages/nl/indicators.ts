/** Nederlands (nl): messages of indicator pages, components, charts and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/indicators.ts';

export const messages: NamespaceMessages<typeof source> = {
  'indicators.index.title': 'Indicatoren',
  'indicators.index.description':
    'Indicatoren per gebied: elk gebied vergeleken met zijn referentiewaarde, gerangschikt, op de kaart en door de tijd.',
  'indicators.index.lead':
    'Eén waarde per gebied en periode, elk gebied vergeleken met zijn referentiewaarde, met een kaart, een rangorde en een pagina per gebied.',
  'indicators.index.item': '{period}.',
  'indicators.index.itemBenchmark': '{period}: {benchmark} {value}.',
  'indicators.index.itemSpread': {
    forms: {
      one: '{period}; {count} gebied van {min} tot {max}.',
      other: '{period}; {count} gebieden van {min} tot {max}.',
    },
  },
  'indicators.index.itemBenchmarkSpread': {
    forms: {
      one: '{period}: {benchmark} {value}; {count} gebied van {min} tot {max}.',
      other: '{period}: {benchmark} {value}; {count} gebieden van {min} tot {max}.',
    },
  },
  'indicators.page.description':
    '{label}: elk gebied vergeleken met zijn referentiewaarde, gerangschikt en op de kaart, met een pagina per gebied.',
  'indicators.period.title': '{label}, {period}',
  'indicators.period.description':
    '{label} in {period}: elk gebied vergeleken met zijn referentiewaarde, gerangschikt en op de kaart.',
  'indicators.compare.phrase.better': 'significant beter dan {benchmark}',
  'indicators.compare.phrase.worse': 'significant slechter dan {benchmark}',
  'indicators.compare.phrase.similar': 'vergelijkbaar met {benchmark}',
  'indicators.compare.phrase.higher': 'hoger dan {benchmark}',
  'indicators.compare.phrase.lower': 'lager dan {benchmark}',
  'indicators.compare.phrase.same': 'gelijk aan {benchmark}',
  'indicators.compare.phrase.none': 'niet vergelijkbaar met {benchmark}',
  'indicators.compare.label.better': 'Beter',
  'indicators.compare.label.worse': 'Slechter',
  'indicators.compare.label.similar': 'Vergelijkbaar',
  'indicators.compare.label.higher': 'Hoger',
  'indicators.compare.label.lower': 'Lager',
  'indicators.compare.label.same': 'Gelijk',
  'indicators.compare.label.none': 'Geen vergelijking',
  'indicators.compare.untested': '{label} (niet op significantie getoetst)',
  'indicators.compare.cell.higherTested': 'Significant hoger',
  'indicators.compare.cell.lowerTested': 'Significant lager',
  'indicators.compare.key.untested': 'Hoger of lager dan de referentiewaarde (niet op significantie getoetst)',
  'indicators.compare.key.untestedSame':
    'Hoger, lager of gelijk aan de referentiewaarde (niet op significantie getoetst)',
  'indicators.compare.key.tested': 'Significant hoger of lager dan de referentiewaarde (geen van beide is beter)',
  'indicators.compare.key.mixed':
    'Hoger of lager dan de referentiewaarde, niet beoordeeld als beter of slechter (de tabel vermeldt welke op significantie zijn getoetst)',
  'indicators.benchmark.the': 'de referentiewaarde',
  'indicators.benchmark.heading': 'Referentiewaarde',
  'indicators.benchmark.allAreas': 'Alle gebieden',
  'indicators.benchmark.methodMean': 'Het gemiddelde van de gebieden',
  'indicators.benchmark.methodWeighted': 'Het gemiddelde van de gebieden, gewogen naar bevolking',
  'indicators.benchmark.their': 'hun referentiewaarde',
  'indicators.overview.areas': 'gebieden',
  'indicators.overview.head': '{label} in {period}.',
  'indicators.overview.headBenchmark': '{label} in {period}: {benchmark} {value}.',
  'indicators.overview.headBenchmarkMean': '{label} in {period}: {benchmark} {value} (het gemiddelde van de gebieden).',
  'indicators.overview.headBenchmarkWeighted':
    '{label} in {period}: {benchmark} {value} (het gemiddelde van de gebieden, gewogen naar bevolking).',
  'indicators.overview.noneCompared': 'Geen enkele van de {areas} kan met een referentiewaarde worden vergeleken.',
  'indicators.overview.limits': {
    by: 'better',
    forms: {
      one: 'Van de {compared} {comparedNoun} vergeleken met {benchmark} is {better} significant beter, {similar} vergelijkbaar en {worse} significant slechter.',
      other:
        'Van de {compared} {comparedNoun} vergeleken met {benchmark} zijn {better} significant beter, {similar} vergelijkbaar en {worse} significant slechter.',
    },
  },
  'indicators.overview.limitsNeutral': {
    by: 'better',
    forms: {
      one: 'Van de {compared} {comparedNoun} vergeleken met {benchmark} is {better} significant beter, {similar} vergelijkbaar en {worse} significant slechter ({higher} hoger, {lower} lager).',
      other:
        'Van de {compared} {comparedNoun} vergeleken met {benchmark} zijn {better} significant beter, {similar} vergelijkbaar en {worse} significant slechter ({higher} hoger, {lower} lager).',
    },
  },
  'indicators.overview.noLimits': {
    by: 'higher',
    forms: {
      one: 'Van de {compared} {comparedNoun} vergeleken met {benchmark} is {higher} hoger en {lower} lager; zonder betrouwbaarheidsgrenzen kunnen deze verschillen toeval zijn.',
      other:
        'Van de {compared} {comparedNoun} vergeleken met {benchmark} zijn {higher} hoger en {lower} lager; zonder betrouwbaarheidsgrenzen kunnen deze verschillen toeval zijn.',
    },
  },
  'indicators.overview.noLimitsSame': {
    by: 'higher',
    forms: {
      one: 'Van de {compared} {comparedNoun} vergeleken met {benchmark} is {higher} hoger en {lower} lager ({same} gelijk); zonder betrouwbaarheidsgrenzen kunnen deze verschillen toeval zijn.',
      other:
        'Van de {compared} {comparedNoun} vergeleken met {benchmark} zijn {higher} hoger en {lower} lager ({same} gelijk); zonder betrouwbaarheidsgrenzen kunnen deze verschillen toeval zijn.',
    },
  },
  'indicators.overview.earlier': 'Dit is een eerdere periode. {link} is {period}.',
  'indicators.overview.latestLink': 'De meest recente periode',
  'indicators.overview.areasWithValue': 'Gebieden met een waarde',
  'indicators.overview.range': 'Bereik',
  'indicators.overview.rangeValue': '{min} tot {max}',
  'indicators.periods.label': 'Perioden',
  'indicators.periods.heading': 'Periode',
  'indicators.area.value': '{label} in {name}, {period}: {value}.',
  'indicators.area.valueCompared': '{label} in {name}, {period}: {value}, {comparison} ({benchmarkValue}).',
  'indicators.area.rank': 'Het staat op de {ordinal} plaats van {ranked}, gerekend vanaf de hoogste waarde.',
  'indicators.area.unchanged': 'Onveranderd ten opzichte van {period} ({value}).',
  'indicators.area.up': 'Gestegen van {value} in {period}.',
  'indicators.area.down': 'Gedaald van {value} in {period}.',
  'indicators.areaPage.title': '{area}: {label}',
  'indicators.areaPage.limits': '95%-grenzen {lower} tot {upper}',
  'indicators.areaPage.rank': 'Rang',
  'indicators.areaPage.rankOf': 'hoogste van {ranked}',
  'indicators.areaPage.among': 'Tussen alle gebieden, {period}',
  'indicators.areaPage.spine':
    '{area} {value}; alle gebieden van {min} tot {max}, middelste helft {q1} tot {q3}; {benchmark} {benchmarkValue}.',
  'indicators.areaPage.spineBenchmark': 'referentiewaarde',
  'indicators.areaPage.spineKey':
    'Lichte balk: laagste tot hoogste; donkere balk: de middelste helft van de gebieden; lijn: {benchmark}; cirkel: {area}.',
  'indicators.areaPage.allAreas': 'Alle gebieden voor {label}',
  'indicators.areaPage.everything': 'Alles over {area}',
  'indicators.areaPage.others': 'Andere gebieden in hetzelfde bovenliggende gebied',
  'indicators.about.ruleParent': 'Elk gebied wordt vergeleken met zijn bovenliggende gebied.',
  'indicators.about.ruleParentUsing':
    'Elk gebied wordt vergeleken met zijn bovenliggende gebied, op basis van {methods}.',
  'indicators.about.ruleAll': 'Elk gebied wordt vergeleken met alle gebieden samen.',
  'indicators.about.ruleAllUsing': 'Elk gebied wordt vergeleken met alle gebieden samen, op basis van {methods}.',
  'indicators.about.ruleNamed': 'Elk gebied wordt vergeleken met {benchmark}.',
  'indicators.about.ruleNamedUsing': 'Elk gebied wordt vergeleken met {benchmark}, op basis van {methods}.',
  'indicators.about.methodFile': 'de referentiewaarde die in het bestand is gepubliceerd',
  'indicators.about.methodWeighted': 'het naar bevolking gewogen gemiddelde van de gebieden',
  'indicators.about.methodMean': 'het gewone gemiddelde van de gebieden (niet elk gebied heeft een bevolkingsaantal)',
  'indicators.about.limitsGood':
    'Het bestand bevat betrouwbaarheidsgrenzen. Een gebied is alleen „beter” of „slechter” dan zijn referentiewaarde als het interval de referentiewaarde niet bevat (hoger is beter); anders is het „vergelijkbaar”. Dit is de methode van de Engelse volksgezondheidsprofielen (Fingertips).',
  'indicators.about.limitsBad':
    'Het bestand bevat betrouwbaarheidsgrenzen. Een gebied is alleen „beter” of „slechter” dan zijn referentiewaarde als het interval de referentiewaarde niet bevat (lager is beter); anders is het „vergelijkbaar”. Dit is de methode van de Engelse volksgezondheidsprofielen (Fingertips).',
  'indicators.about.limitsNeutral':
    'Het bestand bevat betrouwbaarheidsgrenzen. Een gebied is alleen „beter” of „slechter” dan zijn referentiewaarde als het interval de referentiewaarde niet bevat (geen van beide richtingen is beter, dus „hoger” of „lager”); anders is het „vergelijkbaar”. Dit is de methode van de Engelse volksgezondheidsprofielen (Fingertips).',
  'indicators.about.noLimits':
    'Het bestand bevat geen betrouwbaarheidsgrenzen, dus gebieden zijn alleen „hoger” of „lager” dan de referentiewaarde: een verschil kan toeval zijn, en geen enkele kleur suggereert dat het significant is.',
  'indicators.about.ranksConfigured':
    'Rangen tellen vanaf de hoogste waarde (1e), ongeacht welke richting gunstig is; gebieden met gelijke waarden delen een rang. De kaartklassen zijn in de configuratie vastgelegd en blijven voor elke periode gelijk, zodat kleuren tussen perioden vergelijkbaar zijn.',
  'indicators.about.ranksEqual':
    'Rangen tellen vanaf de hoogste waarde (1e), ongeacht welke richting gunstig is; gebieden met gelijke waarden delen een rang. De kaartklassen zijn vijf gelijke stappen van de laagste tot de hoogste waarde in alle perioden en blijven voor elke periode gelijk, zodat kleuren tussen perioden vergelijkbaar zijn.',
  'indicators.about.suppressed':
    'Waarden die de uitgever heeft afgeschermd, worden als „afgeschermd” getoond, nooit als nul of als ontbrekend.',
  'indicators.chart.key': 'Legenda',
  'indicators.chart.limits': '95%-betrouwbaarheidsgrenzen',
  'indicators.table.rank': 'Rang',
  'indicators.table.area': 'Gebied',
  'indicators.table.code': 'Code',
  'indicators.table.value': 'Waarde',
  'indicators.table.lower': 'Ondergrens',
  'indicators.table.upper': 'Bovengrens',
  'indicators.table.benchmark': 'Referentiewaarde',
  'indicators.table.compared': 'Vergeleken met referentiewaarde',
  'indicators.table.comparedShort': 'Vergelijking',
  'indicators.table.period': 'Periode',
  'indicators.table.benchmarkOf': '{value} ({benchmark})',
  'indicators.table.rankOf': '{ordinal} van {ranked}',
  'indicators.ranked.heading': 'Alle gebieden gerangschikt, {period}',
  'indicators.ranked.title': '{label}, {period}: alle gebieden gerangschikt',
  'indicators.ranked.desc': {
    forms: {
      one: 'Staafdiagram van {count} gebied, hoogste eerst: {top} {topValue} tot {bottom} {bottomValue}.',
      other: 'Staafdiagram van {count} gebieden, hoogste eerst: {top} {topValue} tot {bottom} {bottomValue}.',
    },
  },
  'indicators.ranked.descLine': 'De gestippelde lijn is {benchmark}, {value}.',
  'indicators.ranked.descTicks': 'Een streepje op elke staaf markeert de referentiewaarde.',
  'indicators.ranked.empty': 'Geen enkel gebied heeft een waarde voor deze periode.',
  'indicators.ranked.eachBenchmark': 'Referentiewaarde van elk gebied',
  'indicators.ranked.download': 'Alle perioden en gebieden: {link}.',
  'indicators.ranked.downloadLink': '{label} (CSV)',
  'indicators.map.heading': 'Kaart, {period}',
  'indicators.map.intro': {
    forms: {
      one: '{label} in het enige gebied ({areas}), {period}. De klassen zijn voor elke periode gelijk. {link}.',
      other: '{label} in elk van de {count} {noun}, {period}. De klassen zijn voor elke periode gelijk. {link}.',
    },
  },
  'indicators.map.skip': 'Sla de kaart over en ga naar de tabel met dezelfde cijfers',
  'indicators.map.label': 'Kaart van {label}, {period}',
  'indicators.map.pictureLabel': 'Kaart van {label}, {period}: elk gebied linkt naar zijn pagina',
  'indicators.map.area': '{area}: {value}',
  'indicators.map.areaCompared': '{area}: {value}, {comparison}',
  'indicators.map.suppressed': 'Afgeschermd',
  'indicators.trend.heading': '{area} door de tijd',
  'indicators.trend.title': '{label}: {area} vergeleken met {others}, {from} tot {to}',
  'indicators.trend.noValue': '{area} heeft in geen enkele periode een gepubliceerde waarde.',
  'indicators.trend.line': 'Lijndiagram. {area}: {first} in {firstPeriod}, {last} in {lastPeriod}.',
  'indicators.trend.benchmark': '{benchmark} (gestippeld): {first} tot {last}.',
  'indicators.trend.other': '{area}: {first} in {firstPeriod}, {last} in {lastPeriod}.',
  'indicators.trend.otherNone': '{area}: geen gepubliceerde waarde.',
  'indicators.trend.missing': 'Geen cijfers voor {codes}.',
  'indicators.trend.failed': 'De vergelijking kon niet worden geladen.',
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
  'indicators.area.rank',
  'indicators.areaPage.rankOf',
  'indicators.overview.noneCompared',
  'indicators.about.ranksConfigured',
  'indicators.about.ranksEqual',
  'indicators.benchmark.allAreas',
  'indicators.map.intro',
  'indicators.overview.limits',
  'indicators.overview.limitsNeutral',
  'indicators.overview.noLimits',
  'indicators.overview.noLimitsSame',
];
