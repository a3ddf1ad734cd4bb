/** Nederlands (nl): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
  'cases.change.suppressed':
    'De verandering ten opzichte van {period} wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
  'cases.change.previousWeek': 'de 7 dagen ervoor',
  'cases.change.noData': 'Er zijn geen gegevens om te vergelijken met {period}.',
  'cases.change.noChangeShort': 'Geen verandering',
  'cases.change.noChange': 'Geen verandering ten opzichte van {period}.',
  'cases.counted': '{count} {noun}',
  'cases.countedCases': {
    forms: {
      one: 'geval',
      other: 'gevallen',
    },
  },
  'cases.countedLabel': '{count} ({label})',
  'cases.change.amount': '{counted}',
  'cases.change.amountPct': '{counted} ({pct})',
  'cases.change.up': '{amount} meer dan {period}',
  'cases.change.down': '{amount} minder dan {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, een verslechtering.',
  'cases.change.better': '{change}, een verbetering.',
  'cases.summary.noWeek': 'Er is nog geen volledige week met gegevens.',
  'cases.summary.when': 'de 7 dagen tot en met {date}',
  'cases.summary.inPlace': 'In {place}',
  'cases.summary.inTotal': {
    forms: {
      one: 'In alle {areas}',
      other: 'In alle {count} {noun}',
    },
  },
  'cases.summary.noData': '{inPlace} zijn er geen gegevens over {measure} voor {when}.',
  'cases.summary.suppressed':
    '{inPlace} was het aantal {measure} in {when} te klein om te publiceren (minder dan {threshold}).',
  'cases.summary.rate': '{rate} per 100.000 inwoners',
  'cases.summary.rankFirst': ', het hoogste van {ranked} gebieden',
  'cases.summary.rankFirstJoint': ', gedeeld het hoogste van {ranked} gebieden',
  'cases.summary.rankAllSame': ', in alle {ranked} gebieden gelijk',
  'cases.summary.rank': ', het {ordinal} hoogste van {ranked} gebieden',
  'cases.summary.rankJoint': ', gedeeld het {ordinal} hoogste van {ranked} gebieden',
  'cases.summary.changeSuppressed':
    '{inPlace} waren de {measure} in {when} {level}{rank}; de verandering ten opzichte van de 7 dagen ervoor wordt niet getoond omdat de aantallen te klein zijn om te publiceren.',
  'cases.summary.noEarlier':
    '{inPlace} waren de {measure} in {when} {level}{rank}; er is geen eerder cijfer om mee te vergelijken.',
  'cases.summary.unchanged': '{inPlace} bleven de {measure} in {when} gelijk op {level}{rank}.',
  'cases.summary.roseFromZero': '{inPlace} stegen de {measure} in {when} van nul naar {level}{rank}.',
  'cases.summary.fellFromZero': '{inPlace} daalden de {measure} in {when} van nul naar {level}{rank}.',
  'cases.summary.rose': '{inPlace} stegen de {measure} in {when} met {pct} naar {level}{rank}.',
  'cases.summary.fell': '{inPlace} daalden de {measure} in {when} met {pct} naar {level}{rank}.',
  'cases.chart.empty': 'Niets te tonen: er zijn geen {unit} gemeld.',
  'cases.chart.emptyRange': 'Niets te tonen: van {from} tot en met {to} zijn er geen {unit} gemeld.',
  'cases.chart.trend':
    'Aantal {unit} per dag van {from} tot en met {to}, als staven, met het 7-daags gemiddelde als lijn.',
  'cases.chart.trendPeak': 'Het 7-daags gemiddelde was het hoogst op {date}: {value} per dag.',
  'cases.chart.trendLastComplete': 'Op {date}, de laatste volledige dag, was het {value} per dag.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'Eén staaf beslaat meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
      other:
        '{count} staven beslaan meerdere dagen: de bron heeft dagen overgeslagen en de volgende melding ({reports}) bevat ze allemaal.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, voor {days} dag',
      other: '{date}, voor {days} dagen',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'De laatste dag is gearceerd: die is nog onvolledig.',
      other: 'De laatste {count} dagen zijn gearceerd: ze zijn nog onvolledig.',
    },
  },
  'cases.chart.compareNone': 'Geen cijfers om te tonen.',
  'cases.chart.compare': '7-daagse cijfers per 100.000 van {from} tot en met {to}, één lijn voor elk van {areas}.',
  'cases.chart.compareLine': '{area}: {rate} op {date}.',
  'cases.total.name': {
    forms: {
      one: 'Alle {areas}',
      other: 'Alle {count} {noun}',
    },
  },
  'cases.total.place': {
    forms: {
      one: 'alle {areas}',
      other: 'alle {count} {noun}',
    },
  },
  'cases.total.areas': 'gebieden',
  'cases.index.title': 'Infectieziekten',
  'cases.index.description':
    'Aantallen en cijfers van infectieziekten per gebied: laatste week, verloop, kaarten en gebiedspagina’s.',
  'cases.index.lead':
    'Aantallen en cijfers per 100.000 inwoners per gebied, voor de laatste volledige week en in de tijd, met kaarten en een pagina voor elk gebied.',
  'cases.index.latest': '{counted} in de 7 dagen tot en met {date},',
  'cases.index.latestRate': '{counted} in de 7 dagen tot en met {date} ({rate} per 100.000),',
  'cases.index.noWeek': 'Nog geen volledige week met gegevens.',
  'cases.index.none': 'Op deze site zijn geen gegevens over infectieziekten gepubliceerd.',
  'cases.metric.defaultLabel': 'Gevallen',
  'cases.metric.description': '{metric}: laatste 7 dagen, verloop, kaart en gebiedspagina’s.',
  'cases.metric.partialPlace': {
    by: 'total',
    forms: {
      one: 'de {count} van {total} {noun} met volledige gegevens',
      other: 'de {count} van {total} {noun} met volledige gegevens',
    },
  },
  'cases.metric.coverage': {
    by: 'total',
    forms: {
      one: 'Gebaseerd op {count} van {total} {noun} met volledige gegevens voor beide weken',
      other: 'Gebaseerd op {count} van {total} {noun} met volledige gegevens voor beide weken',
    },
  },
  'cases.metric.noRate': 'Geen cijfer: van geen van deze gebieden is het aantal inwoners bekend',
  'cases.metric.rateCoverage': 'Omvat {people} van de {total} inwoners in {areas} met gegevens ({pct})',
  'cases.metric.findArea': '{link} om de eigen cijfers, het verloop en de rangorde te zien.',
  'cases.metric.findAreaLink': 'Zoek een gebied',
  'cases.metric.compareNote': 'Cijfers voor {place}; voeg tot {max} gebieden toe om te vergelijken.',
  'cases.metric.compareNoteParents':
    'Cijfers voor {place} en de bovenliggende gebieden; voeg tot {max} gebieden toe om te vergelijken.',
  'cases.metric.compareNoteFirstParents':
    'Cijfers voor {place} en de eerste {count} bovenliggende gebieden; voeg tot {max} gebieden toe om te vergelijken.',
  'cases.metric.noMap':
    'Geen kaart: de gebieden van deze dataset worden alleen op hun code gekoppeld, zonder grenzen. Elk gebied staat in de lijst met gebieden en in de downloads.',
  'cases.area.title': '{area}: {metric}',
  'cases.area.description': '{metric} in {area}: laatste 7 dagen, cijfer, rangorde en verloop.',
  'cases.area.heading': '{metric} in {area}',
  'cases.area.partialName': {
    by: 'of',
    forms: {
      one: '{name} ({counted} van de {of} {noun})',
      other: '{name} ({counted} van de {of} {noun})',
    },
  },
  'cases.area.noRows':
    '{dataset} heeft geen rijen voor {area} ({code}), dus er zijn geen cijfers voor; afgewezen rijen staan op {link}.',
  'cases.area.noRowsLink': 'de pagina over de datakwaliteit van de dataset',
  'cases.area.stale':
    'De gegevens voor {area} eindigen op {date}, vóór de laatste volledige week: het verloop hieronder toont wat er is gemeld.',
  'cases.area.rankFirst': 'Hoogste van {ranked} gebieden',
  'cases.area.rankFirstJoint': 'Gedeeld hoogste van {ranked} gebieden',
  'cases.area.rankAllSame': 'Gelijk in alle {ranked} gebieden',
  'cases.area.rank': '{ordinal} hoogste van {ranked} gebieden',
  'cases.area.rankJoint': 'Gedeeld {ordinal} hoogste van {ranked} gebieden',
  'cases.area.versus': 'Vergeleken met {group}',
  'cases.area.higher': 'Het cijfer in {area}, {rate} per 100.000, is hoger dan de {other} per 100.000 voor {group}.',
  'cases.area.lower': 'Het cijfer in {area}, {rate} per 100.000, is lager dan de {other} per 100.000 voor {group}.',
  'cases.area.same': 'Het cijfer in {area}, {rate} per 100.000, is gelijk aan de {other} per 100.000 voor {group}.',
  'cases.area.noCompare': 'Een vergelijking van cijfers met {group} is voor deze week niet mogelijk.',
  'cases.area.noRegion':
    'Deze gebieden hebben geen regio in de grensgegevens, dus wordt vergeleken met alle gebieden samen.',
  'cases.area.compareNote': '{area} tegenover {group}; voeg tot {max} andere gebieden toe.',
  'cases.area.another': 'Ander gebied',
  'cases.area.allAreas': '{metric}: alle gebieden en de kaart',
  'cases.areas.heading': 'Zoek een gebied',
  'cases.areas.title': '{heading}: {metric}',
  'cases.areas.letter': 'Gebieden onder {letter}',
  'cases.areas.letterPart': 'Gebieden onder {letter}, deel {part} van {parts}',
  'cases.areas.other': 'Gebieden onder andere tekens',
  'cases.areas.otherPart': 'Gebieden onder andere tekens, deel {part} van {parts}',
  'cases.areas.intro': {
    forms: {
      one: '{count} gebied voor {metric}, van A tot Z. Elk gebied linkt naar zijn eigen pagina.',
      other: '{count} gebieden voor {metric}, van A tot Z. Elk gebied linkt naar zijn eigen pagina.',
    },
  },
  'cases.areas.introSplit': {
    forms: {
      one: '{count} gebied voor {metric}, van A tot Z op een pagina per beginletter. Elk gebied linkt naar zijn eigen pagina.',
      other:
        '{count} gebieden voor {metric}, van A tot Z op een pagina per beginletter. Elk gebied linkt naar zijn eigen pagina.',
    },
  },
  'cases.areas.introPage': {
    by: 'total',
    forms: {
      one: '{count} van het {total} gebied voor {metric}. Elk gebied linkt naar zijn eigen pagina.',
      other: '{count} van de {total} gebieden voor {metric}. Elk gebied linkt naar zijn eigen pagina.',
    },
  },
  'cases.areas.introPageRange': {
    by: 'total',
    forms: {
      one: '{count} van het {total} gebied voor {metric}: {first} tot {last}. Elk gebied linkt naar zijn eigen pagina.',
      other:
        '{count} van de {total} gebieden voor {metric}: {first} tot {last}. Elk gebied linkt naar zijn eigen pagina.',
    },
  },
  'cases.areas.search': 'Zoeken op naam of code',
  'cases.areas.filter': 'Filteren op naam of code',
  'cases.areas.byLetter': 'Gebieden per beginletter',
  'cases.areas.jump': 'Ga naar letter',
  'cases.areas.letterCount': {
    forms: {
      one: '{letter}: {count} gebied',
      other: '{letter}: {count} gebieden',
    },
  },
  'cases.areas.otherCount': {
    forms: {
      one: 'Andere tekens: {count} gebied',
      other: 'Andere tekens: {count} gebieden',
    },
  },
  'cases.areas.parts': 'Delen van {letter}',
  'cases.areas.part': 'Deel {n}',
  'cases.areas.rate': '· {rate} per 100.000',
  'cases.filter.matches': {
    forms: {
      one: '{count} gebied gevonden.',
      other: '{count} gebieden gevonden.',
    },
  },
  'cases.filter.loading': 'De lijst met gebieden wordt geladen…',
  'cases.filter.failed': 'De lijst met gebieden kon niet worden geladen: gebruik de letters hieronder.',
  'cases.filter.none': 'Geen gebied gevonden.',
  'cases.filter.more': '{count} gebieden gevonden; de eerste {shown} staan in de lijst. Typ meer om te verfijnen.',
  'cases.tabs.chart': 'Grafiek',
  'cases.tabs.table': 'Tabel',
  'cases.tabs.download': 'Downloaden',
  'cases.tabs.about': 'Toelichting',
  'cases.tabs.views': '{title}: weergaven',
  'cases.tabs.downloadLead': 'Bestanden met precies wat de grafiek en de tabel nu tonen, gemaakt op uw apparaat.',
  'cases.tabs.csv': 'Gegevens (CSV)',
  'cases.tabs.svg': 'Grafiek (SVG)',
  'cases.tabs.png': 'Grafiek (PNG)',
  'cases.tabs.noScript': 'Voor downloads is JavaScript nodig. De tabel bevat dezelfde cijfers.',
  'cases.controls.range': 'Periode',
  'cases.controls.range.3m': '3 maanden',
  'cases.controls.range.6m': '6 maanden',
  'cases.controls.range.1y': '1 jaar',
  'cases.controls.range.all': 'Alles',
  'cases.controls.scale': 'Schaal',
  'cases.controls.linear': 'Lineair',
  'cases.controls.log': 'Logaritmisch',
  'cases.controls.logHint':
    'Op een logaritmische schaal is elke stap omhoog langs de as tien keer de stap eronder, zodat een verdubbeling er op elk niveau hetzelfde uitziet en groei in een vast tempo een rechte lijn is. Dagen zonder gevallen worden er niet op getekend.',
  'cases.trend.title': '{unit} per dag in {place}',
  'cases.trend.heading': '{unit} per dag in {place}, met het 7-daags gemiddelde',
  'cases.trend.caption': '{unit} per dag in {place}, {from} tot en met {to}',
  'cases.trend.keyCount': 'Aantal per dag',
  'cases.trend.keyAverage': '7-daags gemiddelde',
  'cases.trend.keySpanGroup':
    'Inclusief aantallen gemeld voor meerdere dagen (gebieden waarvan de bron dagen oversloeg)',
  'cases.trend.keySpan': 'Gemeld voor meerdere dagen (de staaf beslaat ze, op het gemiddelde per dag)',
  'cases.trend.keyLag': {
    forms: {
      one: 'Onvolledig (meldingsvertraging, {count} dag)',
      other: 'Onvolledig (meldingsvertraging, {count} dagen)',
    },
  },
  'cases.trend.keySuppressed': 'Afgeschermde dag (1 tot en met {max})',
  'cases.trend.date': 'Datum',
  'cases.trend.count': 'Aantal',
  'cases.trend.average': '7-daags gemiddelde',
  'cases.trend.rate': '7-daags cijfer per 100.000',
  'cases.trend.incompleteDay': '{date} (onvolledig)',
  'cases.trend.reportedFor': {
    by: 'days',
    forms: {
      one: '{count} (gemeld voor {days} dag)',
      other: '{count} (gemeld voor {days} dagen)',
    },
  },
  'cases.trend.reportedForAreas': {
    by: 'areas',
    forms: {
      one: '{count} (inclusief meldingen voor maximaal {days} uit {areas} gebied)',
      other: '{count} (inclusief meldingen voor maximaal {days} uit {areas} gebieden)',
    },
  },
  'cases.trend.days': { forms: { one: '{count} dag', other: '{count} dagen' } },
  'cases.compare.heading': 'Vergeleken met andere plaatsen',
  'cases.compare.title': '7-daags cijfer per 100.000: {places}',
  'cases.compare.titleVersus': '7-daags cijfer per 100.000: {first} vergeleken met {others}',
  'cases.compare.allAreas': '{link}, elk met een eigen pagina.',
  'cases.compare.allAreasLink': 'Alle gebieden van A tot Z',
  'cases.compare.keyIncomplete': 'Onvolledig',
  'cases.compare.caption': '7-daags cijfer per 100.000 per dag',
  'cases.compare.noData': 'Geen gegevens voor {codes}.',
  'cases.compare.csvColumn': '{area} ({code}) 7-daags cijfer per 100.000',
  'cases.axis.count': 'Aantal',
  'cases.axis.countLog': 'Aantal (log. schaal)',
  'cases.axis.rate': 'Per 100.000',
  'cases.axis.rateLog': 'Per 100.000 (log. schaal)',
  'cases.axis.rateShort': 'Per 100.000',
  'cases.axis.rateLogShort': 'Per 100.000 (log)',
  'cases.axis.incomplete': 'Onvolledig',
  'cases.axis.spanGroup': {
    by: 'days',
    forms: {
      one: 'incl. meldingen voor {days} dag',
      other: 'incl. meldingen voor {days} dagen',
    },
  },
  'cases.axis.spanGroupShort': 'incl. {days} dagen',
  'cases.axis.span': {
    by: 'days',
    forms: {
      one: 'gemeld voor {days} dag',
      other: 'gemeld voor {days} dagen',
    },
  },
  'cases.axis.spanShort': {
    by: 'days',
    forms: {
      one: '{days} dag',
      other: '{days} dagen',
    },
  },
  'cases.cards.latest': '{unit} in de laatste 7 dagen',
  'cases.cards.rate': 'Cijfer per 100.000 inwoners',
  'cases.cards.change': 'Verandering ten opzichte van de 7 dagen ervoor',
  'cases.cards.notPlaced': 'Niet in een gebied geplaatst: {count}',
  'cases.cards.previous': 'Vorige 7 dagen: {count}',
  'cases.cards.upTo': 'Tot en met',
  'cases.cards.noWeek': 'nog geen volledige week',
  'cases.cards.lag': {
    forms: {
      one: 'De laatste dag is nog onvolledig',
      other: 'De laatste {count} dagen zijn nog onvolledig',
    },
  },
  'cases.method.definitions': 'Begrippen',
  'cases.method.source': 'Bron',
  'cases.method.total':
    '{term}: de {unit} van de 7 dagen tot en met een bepaalde dag. De laatste 7 dagen eindigen op {date}; de vorige 7 dagen zijn de zeven dagen daarvoor.',
  'cases.method.totalTerm': '7-daags totaal',
  'cases.method.lastCompleteDay': 'de laatste volledige dag',
  'cases.method.incomplete': {
    forms: {
      one: '{term}: de laatste {count} dag van de gegevens (tot en met {date}) is nog onvolledig omdat meldingen laat binnenkomen. Die wordt gearceerd getoond, maar telt niet mee in de kerncijfers, de rangorde en de kaart.',
      other:
        '{term}: de laatste {count} dagen van de gegevens (tot en met {date}) zijn nog onvolledig omdat meldingen laat binnenkomen. Ze worden gearceerd getoond, maar tellen niet mee in de kerncijfers, de rangorde en de kaart.',
    },
  },
  'cases.method.incompleteTerm': 'Onvolledige dagen',
  'cases.method.theEnd': 'het einde',
  'cases.method.change':
    '{term}: laatste 7-daags totaal min het vorige; als percentage van het vorige (geen als dat 0 was).',
  'cases.method.changeTerm': 'Verandering',
  'cases.method.rate':
    '{term}: 7-daags totaal ÷ aantal inwoners × 100.000, op één decimaal, zodat plaatsen van verschillende grootte eerlijk te vergelijken zijn. Geen cijfer waar het aantal inwoners onbekend is.',
  'cases.method.rateTerm': 'Cijfer per 100.000',
  'cases.method.average':
    '{term}: het 7-daags totaal tot en met elke dag ÷ 7 (een voortschrijdend gemiddelde, zoals op het UKHSA-dashboard).',
  'cases.method.averageTerm': '7-daags gemiddelde',
  'cases.method.rank':
    '{term}: 1 is het hoogste cijfer van de {count} gebieden met een gepubliceerd cijfer; gebieden met gelijke cijfers delen een plaats.',
  'cases.method.rankTerm': 'Rangorde',
  'cases.method.groups':
    '{term} (‘{total}’) tellen de gebieden op die hebben gemeld; het laatste en het vorige totaal omvatten alleen gebieden waarvan beide weken volledig zijn.',
  'cases.method.groupsParents':
    '{term} (‘{total}’ en bovenliggende gebieden) tellen de gebieden op die hebben gemeld; het laatste en het vorige totaal omvatten alleen gebieden waarvan beide weken volledig zijn.',
  'cases.method.groupsTerm': 'Totalen voor groepen gebieden',
  'cases.method.noData':
    '{term}: een dag zonder rij in het bronbestand betekent geen gegevens, niet nul, en elk 7-daags cijfer dat die dag bevat, blijft leeg. Waar de bron cumulatieve totalen (of weekaantallen) geeft, is een dag tussen twee meldingen geen gat: er is niets nieuws gemeld, en het volgende aantal wordt getoond als gemeld voor de dagen die het beslaat.',
  'cases.method.noDataTerm': 'Geen gegevens',
  'cases.method.suppressed':
    '{term}: aantallen van 1 tot en met {max} worden ter bescherming van de privacy als ‘afgeschermd’ getoond, in elk kerncijfer, elke grafiek, tabel, kaart en download, net als elk cijfer dat ervan is afgeleid (gemiddelde, cijfer, verandering). Nul wordt als 0 getoond. Afscherming verbergt elk klein aantal waar het verschijnt; het voorkomt niet elke mogelijke berekening uit andere gepubliceerde cijfers.',
  'cases.method.notSuppressed': '{term} worden getoond zoals ze zijn: deze dataset wordt niet afgeschermd.',
  'cases.method.smallTerm': 'Kleine aantallen',
  'cases.method.bands':
    '{term} liggen vast voor deze publicatie ({bands} per 100.000), zodat een kleur in elke week hetzelfde cijfer betekent.',
  'cases.method.bandsTerm': 'Kaartklassen',
  'cases.method.dates': 'Gegevens van {from} tot en met {to}. Geaccepteerde en afgewezen rijen: {link}.',
  'cases.method.datesLink': 'datakwaliteit van {dataset}',
  'cases.map.heading': 'Cijfers per gebied',
  'cases.map.lead': {
    forms: {
      one: '7-daags cijfer per 100.000 inwoners in het enige gebied ({areas}), voor de 7 dagen tot en met {week}. De klassen liggen vast voor deze publicatie, zodat de kleuren in elke week hetzelfde betekenen.',
      other:
        '7-daags cijfer per 100.000 inwoners in elk van de {count} {noun}, voor de 7 dagen tot en met {week}. De klassen liggen vast voor deze publicatie, zodat de kleuren in elke week hetzelfde betekenen.',
    },
  },
  'cases.map.earlier': '← Eerdere week',
  'cases.map.weekEnding': 'Week tot en met',
  'cases.map.later': 'Latere week →',
  'cases.map.label': 'Kaart van cijfers voor {metric} per gebied',
  'cases.map.picture':
    'Kaart van 7-daagse cijfers per 100.000 per gebied voor de week tot en met {date}; de tabel bevat dezelfde cijfers.',
  'cases.map.legend': 'Cijfer per 100.000 (7 dagen)',
  'cases.map.suppressed': 'Afgeschermd (kleine aantallen)',
  'cases.map.about': 'Over deze kaart',
  'cases.map.boundaries':
    'Grenzen: {layer}. De kaart heeft geen achtergrondtegels: de gebieden zelf zijn de kaart, dus laadt ze niets van een andere website.',
  'cases.map.boundariesCredit':
    'Grenzen: {layer}. {attribution}. De kaart heeft geen achtergrondtegels: de gebieden zelf zijn de kaart, dus laadt ze niets van een andere website.',
  'cases.map.loading': 'De interactieve kaart wordt geladen…',
  'cases.bands.all': 'Alle cijfers',
  'cases.bands.below': 'Onder {n}',
  'cases.bands.range': '{from} tot {to}',
  'cases.bands.over': '{n} en hoger',
  'cases.mapArea.noData': '{area}: geen gegevens.',
  'cases.mapArea.noDataWeek': '{area}: geen gegevens in de 7 dagen tot en met {date}.',
  'cases.mapArea.suppressed': '{area}: te weinig {unit} om te publiceren (afgeschermd).',
  'cases.mapArea.suppressedWeek':
    '{area}: te weinig {unit} om te publiceren in de 7 dagen tot en met {date} (afgeschermd).',
  'cases.mapArea.figures': '{area}: {rate}, {counted}.',
  'cases.mapArea.figuresWeek': '{area}: {rate}, {counted} in de 7 dagen tot en met {date}.',
  'cases.mapArea.figuresWeekRank':
    '{area}: {rate}, {counted} in de 7 dagen tot en met {date}, {ordinal} hoogste van {ranked}.',
  'cases.mapArea.rate': '{rate} per 100.000',
  'cases.mapArea.noRate': 'geen cijfer (aantal inwoners onbekend)',
  'cases.table.area': 'Gebied',
  'cases.table.total': '7-daags totaal',
  'cases.table.rate': 'Cijfer per 100.000',
  'cases.table.rank': 'Plaats',
  'cases.table.sort': ', sorteren',
  'cases.table.caption': 'Gebieden in de week tot en met {week}',
  'cases.table.sortedByName': ', gesorteerd op gebiedsnaam',
  'cases.table.highest': ': de {count} van {total} met de hoogste cijfers (plaats 1 eerst)',
  'cases.table.sortKey.name': 'gebied',
  'cases.table.sortKey.total': '7-daags totaal',
  'cases.table.sortKey.rate': 'cijfer per 100.000',
  'cases.table.sortKey.rank': 'plaats',
  'cases.table.sortedAscending': ', gesorteerd op {column}, oplopend',
  'cases.table.sortedDescending': ', gesorteerd op {column}, aflopend',
  'cases.table.firstAscending': ': de eerste {count} van {total} op {column}, oplopend',
  'cases.table.firstDescending': ': de eerste {count} van {total} op {column}, aflopend',
  'cases.table.chosenBelow': ', en daaronder het op de kaart gekozen gebied',
  'cases.table.chosenRow': 'gekozen op de kaart',
  'cases.table.more':
    '{count} van {total} gebieden worden getoond, in de hierboven gekozen volgorde. Elk gebied: {list}, of {csv}.',
  'cases.table.moreList': 'de lijst met gebieden van A tot Z',
  'cases.table.moreCsv': 'de cijfers van de laatste week voor alle {total} gebieden (CSV)',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'cases.counted',
  'cases.countedCases',
  'cases.countedLabel',
  'cases.change.amount',
  'cases.change.amountPct',
  'cases.index.latest',
  'cases.index.latestRate',
  'cases.mapArea.figures',
  'cases.mapArea.figuresWeek',
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
  'cases.summary.rankAllSame',
  'cases.area.rankAllSame',
  'cases.summary.changeSuppressed',
  'cases.chart.trendSpanned',
  'cases.index.title',
  'cases.area.rank',
  'cases.area.rankJoint',
  'cases.mapArea.figuresWeekRank',
  'cases.method.suppressed',
  'cases.trend.keySpan',
  'cases.method.noData',
  'cases.axis.rate',
  'cases.table.chosenBelow',
  'cases.table.chosenRow',
  'cases.metric.defaultLabel',
  'cases.area.partialName',
  'cases.trend.reportedForAreas',
  'cases.trend.days',
  'cases.cards.notPlaced',
  'cases.total.name',
  'cases.total.place',
  'cases.metric.partialPlace',
  'cases.metric.coverage',
  'cases.map.lead',
];
