/** Dansk (da): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
  'cases.change.suppressed':
    'Ændringen i forhold til {period} vises ikke, fordi tallene er for små til at blive offentliggjort.',
  'cases.change.previousWeek': 'de foregående 7 dage',
  'cases.change.noData': 'Der er ingen data at sammenligne med {period}.',
  'cases.change.noChangeShort': 'Uændret',
  'cases.change.noChange': 'Uændret i forhold til {period}.',
  'cases.change.amount': '{magnitude} {unit}',
  'cases.change.amountPct': '{magnitude} {unit} ({pct})',
  'cases.change.up': '{amount} flere end {period}',
  'cases.change.down': '{amount} færre end {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, en forværring.',
  'cases.change.better': '{change}, en forbedring.',
  'cases.summary.noWeek': 'Der er endnu ingen fuldstændig uge med data.',
  'cases.summary.when': 'de 7 dage til og med {date}',
  'cases.summary.noData': 'I {place} er der ingen data om {measure} for {when}.',
  'cases.summary.suppressed':
    'I {place} var antallet af {measure} i {when} for lille til at blive offentliggjort (færre end {threshold}).',
  'cases.summary.rate': '{rate} pr. 100.000 indbyggere',
  'cases.summary.rankFirst': ', det højeste af {ranked} områder',
  'cases.summary.rankFirstJoint': ', delt højeste af {ranked} områder',
  'cases.summary.rankAllSame': ', det samme i alle {ranked} områder',
  'cases.summary.rank': ', det {ordinal} højeste af {ranked} områder',
  'cases.summary.rankJoint': ', delt {ordinal} højeste af {ranked} områder',
  'cases.summary.changeSuppressed':
    'I {place} var {measure} i {when} {level}{rank}; ændringen i forhold til de 7 dage før vises ikke, fordi tallene er for små til at blive offentliggjort.',
  'cases.summary.noEarlier':
    'I {place} var {measure} i {when} {level}{rank}; der er intet tidligere tal at sammenligne med.',
  'cases.summary.unchanged': 'I {place} var {measure} i {when} uændret {level}{rank}.',
  'cases.summary.roseFromZero': 'I {place} steg {measure} i {when} fra nul til {level}{rank}.',
  'cases.summary.fellFromZero': 'I {place} faldt {measure} i {when} fra nul til {level}{rank}.',
  'cases.summary.rose': 'I {place} steg {measure} i {when} med {pct} til {level}{rank}.',
  'cases.summary.fell': 'I {place} faldt {measure} i {when} med {pct} til {level}{rank}.',
  'cases.chart.empty': 'Intet at vise: der er ikke indberettet nogen {unit}.',
  'cases.chart.emptyRange': 'Intet at vise: der er ikke indberettet nogen {unit} fra {from} til {to}.',
  'cases.chart.trend': 'Daglige {unit} fra {from} til {to} som søjler, med 7-dages gennemsnittet som en linje.',
  'cases.chart.trendPeak': '7-dages gennemsnittet var højest den {date}: {value} om dagen.',
  'cases.chart.trendLastComplete': 'Den {date}, den sidste fuldstændige dag, var det {value} om dagen.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'Én søjle dækker flere dage: kilden har sprunget dage over, og den næste indberetning ({reports}) rummer dem alle.',
      other:
        '{count} søjler dækker flere dage: kilden har sprunget dage over, og den næste indberetning ({reports}) rummer dem alle.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, for {days} dag',
      other: '{date}, for {days} dage',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'Den sidste dag er skraveret: den er endnu ikke fuldstændig.',
      other: 'De sidste {count} dage er skraveret: de er endnu ikke fuldstændige.',
    },
  },
  'cases.chart.compareNone': 'Ingen rater at vise.',
  'cases.chart.compare': '7-dages rater pr. 100.000 fra {from} til {to}, én linje for hver af {areas}.',
  'cases.chart.compareLine': '{area}: {rate} den {date}.',
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
  'cases.total.areas': 'områder',
  'cases.index.title': 'Smitteovervågning',
  'cases.index.description':
    'Antal tilfælde og incidens af smitsomme sygdomme efter område: seneste uge, udvikling, kort og områdesider.',
  'cases.index.lead':
    'Antal og incidens pr. 100.000 indbyggere efter område, for den seneste hele uge og over tid, med kort og en side for hvert område.',
  'cases.index.latest': '{count} {unit} i de 7 dage til og med {date},',
  'cases.index.latestRate': '{count} {unit} i de 7 dage til og med {date} ({rate} pr. 100.000),',
  'cases.index.noWeek': 'Endnu ingen hel uge med data.',
  'cases.index.none': 'Der er ikke offentliggjort data om smitsomme sygdomme på dette websted.',
  'cases.metric.defaultLabel': 'Tilfælde',
  'cases.metric.description': '{metric}: seneste 7 dage, udvikling, kort og områdesider.',
  'cases.metric.partialPlace': {
    by: 'total',
    forms: {
      one: 'de {count} af {total} {noun} med fuldstændige data',
      other: 'de {count} af {total} {noun} med fuldstændige data',
    },
  },
  'cases.metric.coverage': {
    by: 'total',
    forms: {
      one: 'Baseret på {count} af {total} {noun} med fuldstændige data for begge uger',
      other: 'Baseret på {count} af {total} {noun} med fuldstændige data for begge uger',
    },
  },
  'cases.metric.noRate': 'Ingen incidens: ingen af disse områder har et indbyggertal',
  'cases.metric.rateCoverage': 'Dækker {people} af de {total} indbyggere i {areas} med data ({pct})',
  'cases.metric.findArea': '{link} for at se dets egne tal, udvikling og placering.',
  'cases.metric.findAreaLink': 'Find et område',
  'cases.metric.compareNote': 'Incidens for {place}; tilføj op til {max} områder til sammenligning.',
  'cases.metric.compareNoteParents':
    'Incidens for {place} og de overordnede områder; tilføj op til {max} områder til sammenligning.',
  'cases.metric.compareNoteFirstParents':
    'Incidens for {place} og de første {count} overordnede områder; tilføj op til {max} områder til sammenligning.',
  'cases.metric.noMap':
    'Intet kort: dette datasæts områder matches kun på deres koder, uden grænser. Alle områder står på listen over områder og i downloadfilerne.',
  'cases.area.title': '{area}: {metric}',
  'cases.area.description': '{metric} i {area}: seneste 7 dage, incidens, placering og udvikling.',
  'cases.area.heading': '{metric} i {area}',
  'cases.area.partialName': {
    by: 'of',
    forms: {
      one: '{name} ({counted} af {of} {noun})',
      other: '{name} ({counted} af {of} {noun})',
    },
  },
  'cases.area.noRows':
    '{dataset} har ingen rækker for {area} ({code}), så der er ingen tal for området; afviste rækker står på {link}.',
  'cases.area.noRowsLink': 'datasættets side om datakvalitet',
  'cases.area.stale':
    'Data for {area} slutter den {date}, før den seneste hele uge: udviklingen nedenfor viser, hvad der blev indberettet.',
  'cases.area.rankFirst': 'Højeste af {ranked} områder',
  'cases.area.rankFirstJoint': 'Delt højeste af {ranked} områder',
  'cases.area.rankAllSame': 'Det samme i alle {ranked} områder',
  'cases.area.rank': '{ordinal} højeste af {ranked} områder',
  'cases.area.rankJoint': 'Delt {ordinal} højeste af {ranked} områder',
  'cases.area.versus': 'Sammenlignet med {group}',
  'cases.area.higher': 'Incidensen i {area}, {rate} pr. 100.000, er højere end de {other} pr. 100.000 for {group}.',
  'cases.area.lower': 'Incidensen i {area}, {rate} pr. 100.000, er lavere end de {other} pr. 100.000 for {group}.',
  'cases.area.same': 'Incidensen i {area}, {rate} pr. 100.000, er den samme som de {other} pr. 100.000 for {group}.',
  'cases.area.noCompare': 'En sammenligning af incidensen med {group} er ikke mulig for denne uge.',
  'cases.area.noRegion': 'Disse områder har ingen region i grænsedataene, så der sammenlignes med alle områder samlet.',
  'cases.area.compareNote': '{area} over for {group}; tilføj op til {max} områder mere.',
  'cases.area.another': 'Et andet område',
  'cases.area.allAreas': '{metric}: alle områder og kortet',
  'cases.areas.heading': 'Find et område',
  'cases.areas.title': '{heading}: {metric}',
  'cases.areas.letter': 'Områder under {letter}',
  'cases.areas.letterPart': 'Områder under {letter}, del {part} af {parts}',
  'cases.areas.other': 'Områder under andre tegn',
  'cases.areas.otherPart': 'Områder under andre tegn, del {part} af {parts}',
  'cases.areas.intro': {
    forms: {
      one: '{count} område for {metric}, fra A til Å. Hvert område linker til sin side.',
      other: '{count} områder for {metric}, fra A til Å. Hvert område linker til sin side.',
    },
  },
  'cases.areas.introSplit': {
    forms: {
      one: '{count} område for {metric}, fra A til Å med en side pr. forbogstav. Hvert område linker til sin side.',
      other: '{count} områder for {metric}, fra A til Å med en side pr. forbogstav. Hvert område linker til sin side.',
    },
  },
  'cases.areas.introPage': {
    by: 'total',
    forms: {
      one: '{count} af det {total} område for {metric}. Hvert område linker til sin side.',
      other: '{count} af de {total} områder for {metric}. Hvert område linker til sin side.',
    },
  },
  'cases.areas.introPageRange': {
    by: 'total',
    forms: {
      one: '{count} af det {total} område for {metric}: {first} til {last}. Hvert område linker til sin side.',
      other: '{count} af de {total} områder for {metric}: {first} til {last}. Hvert område linker til sin side.',
    },
  },
  'cases.areas.search': 'Søg på navn eller kode',
  'cases.areas.filter': 'Filtrér på navn eller kode',
  'cases.areas.byLetter': 'Områder efter forbogstav',
  'cases.areas.jump': 'Gå til bogstav',
  'cases.areas.letterCount': {
    forms: {
      one: '{letter}: {count} område',
      other: '{letter}: {count} områder',
    },
  },
  'cases.areas.otherCount': {
    forms: {
      one: 'Andre tegn: {count} område',
      other: 'Andre tegn: {count} områder',
    },
  },
  'cases.areas.parts': 'Dele af {letter}',
  'cases.areas.part': 'Del {n}',
  'cases.areas.rate': '· {rate} pr. 100.000',
  'cases.filter.matches': {
    forms: {
      one: '{count} område passer.',
      other: '{count} områder passer.',
    },
  },
  'cases.filter.loading': 'Indlæser listen over områder …',
  'cases.filter.failed': 'Listen over områder kunne ikke indlæses: brug bogstaverne nedenfor.',
  'cases.filter.none': 'Intet område passer.',
  'cases.filter.more': '{count} områder passer; de første {shown} vises. Skriv mere for at indsnævre dem.',
  'cases.tabs.chart': 'Diagram',
  'cases.tabs.table': 'Tabel',
  'cases.tabs.download': 'Download',
  'cases.tabs.about': 'Om tallene',
  'cases.tabs.views': '{title}: visninger',
  'cases.tabs.downloadLead': 'Filer med præcis det, diagrammet og tabellen viser nu, lavet på din enhed.',
  'cases.tabs.csv': 'Data (CSV)',
  'cases.tabs.svg': 'Diagram (SVG)',
  'cases.tabs.png': 'Diagram (PNG)',
  'cases.tabs.noScript': 'Download kræver JavaScript. Tabellen indeholder de samme tal.',
  'cases.controls.range': 'Periode',
  'cases.controls.range.3m': '3 måneder',
  'cases.controls.range.6m': '6 måneder',
  'cases.controls.range.1y': '1 år',
  'cases.controls.range.all': 'Alle',
  'cases.controls.scale': 'Skala',
  'cases.controls.linear': 'Lineær',
  'cases.controls.log': 'Logaritmisk',
  'cases.controls.logHint':
    'På en logaritmisk skala er hvert trin op ad aksen ti gange trinnet under, så en fordobling ser ens ud på ethvert niveau, og vækst i et jævnt tempo er en ret linje. Dage uden tilfælde tegnes ikke.',
  'cases.trend.title': '{unit} pr. dag i {place}',
  'cases.trend.heading': '{unit} pr. dag i {place}, med 7-dages gennemsnit',
  'cases.trend.caption': '{unit} pr. dag i {place}, {from} til {to}',
  'cases.trend.keyCount': 'Antal pr. dag',
  'cases.trend.keyAverage': '7-dages gennemsnit',
  'cases.trend.keySpanGroup': 'Omfatter tal indberettet for flere dage (områder, hvis kilde sprang dage over)',
  'cases.trend.keySpan': 'Indberettet for flere dage (søjlen spænder over dem, med gennemsnittet pr. dag)',
  'cases.trend.keyLag': {
    forms: {
      one: 'Ufuldstændig (indberetningsforsinkelse, {count} dag)',
      other: 'Ufuldstændig (indberetningsforsinkelse, {count} dage)',
    },
  },
  'cases.trend.keySuppressed': 'Diskretioneret dag (1 til {max})',
  'cases.trend.date': 'Dato',
  'cases.trend.count': 'Antal',
  'cases.trend.average': '7-dages gennemsnit',
  'cases.trend.rate': '7-dages incidens pr. 100.000',
  'cases.trend.incompleteDay': '{date} (ufuldstændig)',
  'cases.trend.reportedFor': {
    by: 'days',
    forms: {
      one: '{count} (indberettet for {days} dag)',
      other: '{count} (indberettet for {days} dage)',
    },
  },
  'cases.trend.reportedForAreas': {
    by: 'areas',
    forms: {
      one: '{count} (omfatter indberetninger for op til {days} fra {areas} område)',
      other: '{count} (omfatter indberetninger for op til {days} fra {areas} områder)',
    },
  },
  'cases.trend.days': { forms: { one: '{count} dag', other: '{count} dage' } },
  'cases.compare.heading': 'Sammenlignet med andre steder',
  'cases.compare.title': '7-dages incidens pr. 100.000: {places}',
  'cases.compare.titleVersus': '7-dages incidens pr. 100.000: {first} sammenlignet med {others}',
  'cases.compare.allAreas': '{link}, hvert med sin egen side.',
  'cases.compare.allAreasLink': 'Alle områder fra A til Å',
  'cases.compare.keyIncomplete': 'Ufuldstændig',
  'cases.compare.caption': '7-dages incidens pr. 100.000 pr. dag',
  'cases.compare.noData': 'Ingen data for {codes}.',
  'cases.compare.csvColumn': '{area} ({code}) 7-dages incidens pr. 100.000',
  'cases.axis.count': 'Antal',
  'cases.axis.countLog': 'Antal (log. skala)',
  'cases.axis.rate': 'Incidens pr. 100.000',
  'cases.axis.rateLog': 'Incidens pr. 100.000 (log. skala)',
  'cases.axis.rateShort': 'Pr. 100.000',
  'cases.axis.rateLogShort': 'Pr. 100.000 (log)',
  'cases.axis.incomplete': 'Ufuldstændig',
  'cases.axis.spanGroup': {
    by: 'days',
    forms: {
      one: 'inkl. indberetninger for {days} dag',
      other: 'inkl. indberetninger for {days} dage',
    },
  },
  'cases.axis.spanGroupShort': 'inkl. {days} dage',
  'cases.axis.span': {
    by: 'days',
    forms: {
      one: 'indberettet for {days} dag',
      other: 'indberettet for {days} dage',
    },
  },
  'cases.axis.spanShort': {
    by: 'days',
    forms: {
      one: '{days} dag',
      other: '{days} dage',
    },
  },
  'cases.cards.latest': '{unit} i de seneste 7 dage',
  'cases.cards.rate': 'Incidens pr. 100.000 indbyggere',
  'cases.cards.change': 'Ændring i forhold til de foregående 7 dage',
  'cases.cards.notPlaced': 'Ikke placeret i et område: {count}',
  'cases.cards.previous': 'Foregående 7 dage: {count}',
  'cases.cards.upTo': 'Til og med',
  'cases.cards.noWeek': 'endnu ingen hel uge',
  'cases.cards.lag': {
    forms: {
      one: 'Den sidste dag er stadig ufuldstændig',
      other: 'De sidste {count} dage er stadig ufuldstændige',
    },
  },
  'cases.method.definitions': 'Definitioner',
  'cases.method.source': 'Kilde',
  'cases.method.total':
    '{term}: {unit} i de 7 dage til og med en given dag. De seneste 7 dage slutter {date}; de foregående 7 dage er de syv dage før dem.',
  'cases.method.totalTerm': '7-dages total',
  'cases.method.lastCompleteDay': 'den sidste hele dag',
  'cases.method.incomplete': {
    forms: {
      one: '{term}: den sidste {count} dag i dataene (til {date}) er stadig ufuldstændig, fordi indberetninger kommer sent. Den vises skraveret, men indgår ikke i nøgletal, placeringer og kort.',
      other:
        '{term}: de sidste {count} dage i dataene (til {date}) er stadig ufuldstændige, fordi indberetninger kommer sent. De vises skraveret, men indgår ikke i nøgletal, placeringer og kort.',
    },
  },
  'cases.method.incompleteTerm': 'Ufuldstændige dage',
  'cases.method.theEnd': 'slutningen',
  'cases.method.change':
    '{term}: seneste 7-dages total minus den foregående; som procent af den foregående (ingen, når den var 0).',
  'cases.method.changeTerm': 'Ændring',
  'cases.method.rate':
    '{term}: 7-dages total ÷ indbyggertal × 100.000, med én decimal, så steder af forskellig størrelse kan sammenlignes rimeligt. Ingen incidens, hvor indbyggertallet er ukendt.',
  'cases.method.rateTerm': 'Incidens pr. 100.000',
  'cases.method.average':
    '{term}: 7-dages totalen til og med hver dag ÷ 7 (et bagudrettet gennemsnit, som på UKHSA’s dashboard).',
  'cases.method.averageTerm': '7-dages gennemsnit',
  'cases.method.rank':
    '{term}: 1 er den højeste incidens blandt de {count} områder med en offentliggjort incidens; områder med samme incidens deler placering.',
  'cases.method.rankTerm': 'Placering',
  'cases.method.groups':
    '{term} (»{total}«) lægger de områder sammen, der har indberettet; den seneste og den foregående total omfatter kun områder, hvor begge uger er fuldstændige.',
  'cases.method.groupsParents':
    '{term} (»{total}« og overordnede områder) lægger de områder sammen, der har indberettet; den seneste og den foregående total omfatter kun områder, hvor begge uger er fuldstændige.',
  'cases.method.groupsTerm': 'Totaler for grupper af områder',
  'cases.method.noData':
    '{term}: en dag uden række i kildefilen er ingen data, ikke nul, og ethvert 7-dages tal, der omfatter den, står tomt. Hvor kilden giver kumulerede totaler (eller ugetal), er en dag mellem to indberetninger ikke et hul: intet nyt blev indberettet, og det næste tal vises som indberettet for de dage, det dækker.',
  'cases.method.noDataTerm': 'Ingen data',
  'cases.method.suppressed':
    '{term}: tal fra 1 til {max} vises som »diskretioneret« for at beskytte privatlivet, i hvert nøgletal, diagram, tabel, kort og download, og det samme gælder ethvert tal beregnet ud fra dem (gennemsnit, incidens, ændring). Nul vises som 0. Diskretioneringen skjuler hvert lille tal, hvor det vises; den forhindrer ikke enhver mulig beregning ud fra andre offentliggjorte tal.',
  'cases.method.notSuppressed': '{term} vises, som de er: dette datasæt diskretioneres ikke.',
  'cases.method.smallTerm': 'Små tal',
  'cases.method.bands':
    '{term} er faste for denne udgivelse ({bands} pr. 100.000), så en farve betyder den samme incidens i hver uge.',
  'cases.method.bandsTerm': 'Kortets intervaller',
  'cases.method.dates': 'Data fra {from} til {to}. Godkendte og afviste rækker: {link}.',
  'cases.method.datesLink': 'datakvalitet for {dataset}',
  'cases.map.heading': 'Incidens efter område',
  'cases.map.lead': {
    forms: {
      one: '7-dages incidens pr. 100.000 indbyggere i det eneste område ({areas}), for de 7 dage til og med {week}. Intervallerne er faste for denne udgivelse, så farverne betyder det samme i hver uge.',
      other:
        '7-dages incidens pr. 100.000 indbyggere i hvert af de {count} {noun}, for de 7 dage til og med {week}. Intervallerne er faste for denne udgivelse, så farverne betyder det samme i hver uge.',
    },
  },
  'cases.map.earlier': '← Tidligere uge',
  'cases.map.weekEnding': 'Uge til og med',
  'cases.map.later': 'Senere uge →',
  'cases.map.label': 'Kort over incidens for {metric} efter område',
  'cases.map.picture':
    'Kort over 7-dages incidens pr. 100.000 efter område for ugen til og med {date}; tabellen har de samme tal.',
  'cases.map.legend': 'Incidens pr. 100.000 (7 dage)',
  'cases.map.suppressed': 'Diskretioneret (små tal)',
  'cases.map.about': 'Om dette kort',
  'cases.map.boundaries':
    'Grænser: {layer}. Kortet har ingen baggrundsfliser: områderne selv er kortet, så det henter intet fra andre websteder.',
  'cases.map.boundariesCredit':
    'Grænser: {layer}. {attribution}. Kortet har ingen baggrundsfliser: områderne selv er kortet, så det henter intet fra andre websteder.',
  'cases.map.loading': 'Indlæser det interaktive kort …',
  'cases.bands.all': 'Alle værdier',
  'cases.bands.below': 'Under {n}',
  'cases.bands.range': '{from} til {to}',
  'cases.bands.over': '{n} og derover',
  'cases.mapArea.noData': '{area}: ingen data.',
  'cases.mapArea.noDataWeek': '{area}: ingen data i de 7 dage til og med {date}.',
  'cases.mapArea.suppressed': '{area}: for få {unit} til at offentliggøre (diskretioneret).',
  'cases.mapArea.suppressedWeek':
    '{area}: for få {unit} til at offentliggøre i de 7 dage til og med {date} (diskretioneret).',
  'cases.mapArea.figures': '{area}: {rate}, {count} {unit}.',
  'cases.mapArea.figuresWeek': '{area}: {rate}, {count} {unit} i de 7 dage til og med {date}.',
  'cases.mapArea.figuresWeekRank':
    '{area}: {rate}, {count} {unit} i de 7 dage til og med {date}, {ordinal} højeste af {ranked}.',
  'cases.mapArea.rate': '{rate} pr. 100.000',
  'cases.mapArea.noRate': 'ingen incidens (indbyggertal ukendt)',
  'cases.table.area': 'Område',
  'cases.table.total': '7-dages total',
  'cases.table.rate': 'Incidens pr. 100.000',
  'cases.table.rank': 'Placering',
  'cases.table.sort': ', sortér',
  'cases.table.caption': 'Områder i ugen til og med {week}',
  'cases.table.sortedByName': ', sorteret efter områdenavn',
  'cases.table.highest': ': de {count} af {total} med den højeste incidens (placering 1 først)',
  'cases.table.sortKey.name': 'område',
  'cases.table.sortKey.total': '7-dages total',
  'cases.table.sortKey.rate': 'incidens pr. 100.000',
  'cases.table.sortKey.rank': 'placering',
  'cases.table.sortedAscending': ', sorteret efter {column}, stigende',
  'cases.table.sortedDescending': ', sorteret efter {column}, faldende',
  'cases.table.firstAscending': ': de første {count} af {total} efter {column}, stigende',
  'cases.table.firstDescending': ': de første {count} af {total} efter {column}, faldende',
  'cases.table.chosenBelow': ', og under dem området valgt på kortet',
  'cases.table.chosenRow': 'valgt på kortet',
  'cases.table.more':
    '{count} af {total} områder vises, i den rækkefølge, der er valgt ovenfor. Alle områder: {list} eller {csv}.',
  'cases.table.moreList': 'listen over områder fra A til Å',
  'cases.table.moreCsv': 'den seneste uges tal for alle {total} områder (CSV)',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'cases.summary.rankAllSame',
  'cases.area.rankAllSame',
  'cases.summary.changeSuppressed',
  'cases.chart.trendSpanned',
  'cases.trend.keySuppressed',
  'cases.method.suppressed',
  'cases.map.suppressed',
  'cases.mapArea.suppressed',
  'cases.mapArea.suppressedWeek',
  'cases.area.rank',
  'cases.area.rankJoint',
  'cases.mapArea.figuresWeekRank',
  'cases.method.total',
  'cases.trend.keySpan',
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
