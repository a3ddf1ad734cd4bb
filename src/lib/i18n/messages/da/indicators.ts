/** Dansk (da): messages of indicator pages, components, charts and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/indicators.ts';

export const messages: NamespaceMessages<typeof source> = {
  'indicators.index.title': 'Indikatorer',
  'indicators.index.description':
    'Indikatorer efter område: hvert område sammenlignet med sit sammenligningsgrundlag, rangordnet, på kort og over tid.',
  'indicators.index.lead':
    'Én værdi pr. område og periode, hvert område sammenlignet med sit sammenligningsgrundlag, med et kort, en rangordning og en side pr. område.',
  'indicators.index.item': '{period}.',
  'indicators.index.itemBenchmark': '{period}: {benchmark} {value}.',
  'indicators.index.itemSpread': {
    forms: {
      one: '{period}; {count} område fra {min} til {max}.',
      other: '{period}; {count} områder fra {min} til {max}.',
    },
  },
  'indicators.index.itemBenchmarkSpread': {
    forms: {
      one: '{period}: {benchmark} {value}; {count} område fra {min} til {max}.',
      other: '{period}: {benchmark} {value}; {count} områder fra {min} til {max}.',
    },
  },
  'indicators.page.description':
    '{label}: hvert område sammenlignet med sit sammenligningsgrundlag, rangordnet og på kort, med en side pr. område.',
  'indicators.period.title': '{label}, {period}',
  'indicators.period.description':
    '{label} i {period}: hvert område sammenlignet med sit sammenligningsgrundlag, rangordnet og på kort.',
  'indicators.compare.phrase.better': 'signifikant bedre end {benchmark}',
  'indicators.compare.phrase.worse': 'signifikant dårligere end {benchmark}',
  'indicators.compare.phrase.similar': 'på niveau med {benchmark}',
  'indicators.compare.phrase.higher': 'højere end {benchmark}',
  'indicators.compare.phrase.lower': 'lavere end {benchmark}',
  'indicators.compare.phrase.same': 'det samme som {benchmark}',
  'indicators.compare.phrase.none': 'ikke sammenlignelig med {benchmark}',
  'indicators.compare.label.better': 'Bedre',
  'indicators.compare.label.worse': 'Dårligere',
  'indicators.compare.label.similar': 'På niveau',
  'indicators.compare.label.higher': 'Højere',
  'indicators.compare.label.lower': 'Lavere',
  'indicators.compare.label.same': 'Det samme',
  'indicators.compare.label.none': 'Ingen sammenligning',
  'indicators.compare.untested': '{label} (ikke testet for signifikans)',
  'indicators.compare.cell.higherTested': 'Signifikant højere',
  'indicators.compare.cell.lowerTested': 'Signifikant lavere',
  'indicators.compare.key.untested': 'Højere eller lavere end sammenligningsgrundlaget (ikke testet for signifikans)',
  'indicators.compare.key.untestedSame':
    'Højere, lavere eller det samme som sammenligningsgrundlaget (ikke testet for signifikans)',
  'indicators.compare.key.tested':
    'Signifikant højere eller lavere end sammenligningsgrundlaget (ingen af delene er bedre)',
  'indicators.compare.key.mixed':
    'Højere eller lavere end sammenligningsgrundlaget, ikke vurderet som bedre eller dårligere (tabellen viser, hvilke der er testet for signifikans)',
  'indicators.benchmark.the': 'sammenligningsgrundlaget',
  'indicators.benchmark.heading': 'Sammenligningsgrundlag',
  'indicators.benchmark.allAreas': 'Alle områder',
  'indicators.benchmark.methodMean': 'Gennemsnittet af områderne',
  'indicators.benchmark.methodWeighted': 'Gennemsnittet af områderne, vægtet efter befolkning',
  'indicators.benchmark.their': 'deres sammenligningsgrundlag',
  'indicators.overview.areas': 'områder',
  'indicators.overview.head': '{label} i {period}.',
  'indicators.overview.headBenchmark': '{label} i {period}: {benchmark} {value}.',
  'indicators.overview.headBenchmarkMean': '{label} i {period}: {benchmark} {value} (gennemsnittet af områderne).',
  'indicators.overview.headBenchmarkWeighted':
    '{label} i {period}: {benchmark} {value} (gennemsnittet af områderne, vægtet efter befolkning).',
  'indicators.overview.noneCompared': 'Ingen {areas} kan sammenlignes med et sammenligningsgrundlag.',
  'indicators.overview.limits': {
    by: 'better',
    forms: {
      one: 'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {better} signifikant bedre, {similar} på niveau og {worse} signifikant dårligere.',
      other:
        'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {better} signifikant bedre, {similar} på niveau og {worse} signifikant dårligere.',
    },
  },
  'indicators.overview.limitsNeutral': {
    by: 'better',
    forms: {
      one: 'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {better} signifikant bedre, {similar} på niveau og {worse} signifikant dårligere ({higher} højere, {lower} lavere).',
      other:
        'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {better} signifikant bedre, {similar} på niveau og {worse} signifikant dårligere ({higher} højere, {lower} lavere).',
    },
  },
  'indicators.overview.noLimits': {
    by: 'higher',
    forms: {
      one: 'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {higher} højere og {lower} lavere; uden konfidensgrænser kan disse forskelle skyldes tilfældigheder.',
      other:
        'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {higher} højere og {lower} lavere; uden konfidensgrænser kan disse forskelle skyldes tilfældigheder.',
    },
  },
  'indicators.overview.noLimitsSame': {
    by: 'higher',
    forms: {
      one: 'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {higher} højere og {lower} lavere ({same} det samme); uden konfidensgrænser kan disse forskelle skyldes tilfældigheder.',
      other:
        'Af {compared} {comparedNoun} sammenlignet med {benchmark} er {higher} højere og {lower} lavere ({same} det samme); uden konfidensgrænser kan disse forskelle skyldes tilfældigheder.',
    },
  },
  'indicators.overview.earlier': 'Dette er en tidligere periode. {link} er {period}.',
  'indicators.overview.latestLink': 'Den seneste periode',
  'indicators.overview.areasWithValue': 'Områder med en værdi',
  'indicators.overview.range': 'Variationsbredde',
  'indicators.overview.rangeValue': '{min} til {max}',
  'indicators.periods.label': 'Perioder',
  'indicators.periods.heading': 'Periode',
  'indicators.area.value': '{label} i {name}, {period}: {value}.',
  'indicators.area.valueCompared': '{label} i {name}, {period}: {value}, {comparison} ({benchmarkValue}).',
  'indicators.area.rank': 'Det har den {ordinal} højeste værdi af {ranked}.',
  'indicators.area.unchanged': 'Uændret i forhold til {period} ({value}).',
  'indicators.area.up': 'Steget fra {value} i {period}.',
  'indicators.area.down': 'Faldet fra {value} i {period}.',
  'indicators.areaPage.title': '{area}: {label}',
  'indicators.areaPage.limits': '95 %-grænser {lower} til {upper}',
  'indicators.areaPage.rank': 'Placering',
  'indicators.areaPage.rankOf': 'højeste af {ranked}',
  'indicators.areaPage.among': 'Blandt alle områder, {period}',
  'indicators.areaPage.spine':
    '{area} {value}; alle områder fra {min} til {max}, den midterste halvdel {q1} til {q3}; {benchmark} {benchmarkValue}.',
  'indicators.areaPage.spineBenchmark': 'sammenligningsgrundlag',
  'indicators.areaPage.spineKey':
    'Lys bjælke: laveste til højeste; mørk bjælke: den midterste halvdel af områderne; linje: {benchmark}; cirkel: {area}.',
  'indicators.areaPage.allAreas': 'Alle områder for {label}',
  'indicators.areaPage.everything': 'Alt om {area}',
  'indicators.areaPage.others': 'Andre områder i samme overordnede område',
  'indicators.about.ruleParent': 'Hvert område sammenlignes med sit overordnede område.',
  'indicators.about.ruleParentUsing': 'Hvert område sammenlignes med sit overordnede område ud fra {methods}.',
  'indicators.about.ruleAll': 'Hvert område sammenlignes med alle områder samlet.',
  'indicators.about.ruleAllUsing': 'Hvert område sammenlignes med alle områder samlet ud fra {methods}.',
  'indicators.about.ruleNamed': 'Hvert område sammenlignes med {benchmark}.',
  'indicators.about.ruleNamedUsing': 'Hvert område sammenlignes med {benchmark} ud fra {methods}.',
  'indicators.about.methodFile': 'det sammenligningstal, der er offentliggjort i filen',
  'indicators.about.methodWeighted': 'områdernes befolkningsvægtede gennemsnit',
  'indicators.about.methodMean': 'områdernes simple gennemsnit (ikke alle områder har et befolkningstal)',
  'indicators.about.limitsGood':
    'Filen angiver konfidensgrænser. Et område er kun „bedre“ eller „dårligere“ end sit sammenligningsgrundlag, når dets interval ikke indeholder sammenligningsværdien (højere er bedre); ellers er det „på niveau“. Det er metoden fra de engelske folkesundhedsprofiler (Fingertips).',
  'indicators.about.limitsBad':
    'Filen angiver konfidensgrænser. Et område er kun „bedre“ eller „dårligere“ end sit sammenligningsgrundlag, når dets interval ikke indeholder sammenligningsværdien (lavere er bedre); ellers er det „på niveau“. Det er metoden fra de engelske folkesundhedsprofiler (Fingertips).',
  'indicators.about.limitsNeutral':
    'Filen angiver konfidensgrænser. Et område er kun „bedre“ eller „dårligere“ end sit sammenligningsgrundlag, når dets interval ikke indeholder sammenligningsværdien (ingen retning er bedre, så „højere“ eller „lavere“); ellers er det „på niveau“. Det er metoden fra de engelske folkesundhedsprofiler (Fingertips).',
  'indicators.about.noLimits':
    'Filen angiver ingen konfidensgrænser, så områder er kun „højere“ eller „lavere“ end sammenligningsgrundlaget: en forskel kan skyldes tilfældigheder, og ingen farve antyder, at den er signifikant.',
  'indicators.about.ranksConfigured':
    'Placeringer tælles fra den højeste værdi (1.), uanset hvilken retning der er god; områder med samme værdi deler placering. Kortets intervaller er fastsat i konfigurationen og er de samme i alle perioder, så farverne kan sammenlignes på tværs af perioder.',
  'indicators.about.ranksEqual':
    'Placeringer tælles fra den højeste værdi (1.), uanset hvilken retning der er god; områder med samme værdi deler placering. Kortets intervaller er fem lige store trin fra den laveste til den højeste værdi i alle perioder og er de samme i alle perioder, så farverne kan sammenlignes på tværs af perioder.',
  'indicators.about.suppressed':
    'Værdier, som udgiveren har diskretioneret, vises som „diskretioneret“, aldrig som nul eller som manglende.',
  'indicators.chart.key': 'Signaturforklaring',
  'indicators.chart.limits': '95 %-konfidensgrænser',
  'indicators.table.rank': 'Placering',
  'indicators.table.area': 'Område',
  'indicators.table.code': 'Kode',
  'indicators.table.value': 'Værdi',
  'indicators.table.lower': 'Nedre grænse',
  'indicators.table.upper': 'Øvre grænse',
  'indicators.table.benchmark': 'Sammenligningsgrundlag',
  'indicators.table.compared': 'Sammenlignet med grundlaget',
  'indicators.table.comparedShort': 'Sammenligning',
  'indicators.table.period': 'Periode',
  'indicators.table.benchmarkOf': '{value} ({benchmark})',
  'indicators.table.rankOf': '{ordinal} af {ranked}',
  'indicators.ranked.heading': 'Alle områder rangordnet, {period}',
  'indicators.ranked.title': '{label}, {period}: alle områder rangordnet',
  'indicators.ranked.desc': {
    forms: {
      one: 'Søjlediagram med {count} område, højeste først: {top} {topValue} til {bottom} {bottomValue}.',
      other: 'Søjlediagram med {count} områder, højeste først: {top} {topValue} til {bottom} {bottomValue}.',
    },
  },
  'indicators.ranked.descLine': 'Den stiplede linje er {benchmark}, {value}.',
  'indicators.ranked.descTicks': 'Et mærke på hver søjle viser dens sammenligningsgrundlag.',
  'indicators.ranked.empty': 'Intet område har en værdi for denne periode.',
  'indicators.ranked.eachBenchmark': 'Hvert områdes sammenligningsgrundlag',
  'indicators.ranked.download': 'Alle perioder og områder: {link}.',
  'indicators.ranked.downloadLink': '{label} (CSV)',
  'indicators.map.heading': 'Kort, {period}',
  'indicators.map.intro': {
    forms: {
      one: '{label} i det eneste område ({areas}), {period}. Intervallerne er de samme i alle perioder. {link}.',
      other: '{label} i hvert af de {count} {noun}, {period}. Intervallerne er de samme i alle perioder. {link}.',
    },
  },
  'indicators.map.skip': 'Spring kortet over og gå til tabellen med de samme tal',
  'indicators.map.label': 'Kort over {label}, {period}',
  'indicators.map.pictureLabel': 'Kort over {label}, {period}: hvert område linker til sin side',
  'indicators.map.area': '{area}: {value}',
  'indicators.map.areaCompared': '{area}: {value}, {comparison}',
  'indicators.map.suppressed': 'Diskretioneret',
  'indicators.trend.heading': '{area} over tid',
  'indicators.trend.title': '{label}: {area} sammenlignet med {others}, {from} til {to}',
  'indicators.trend.noValue': '{area} har ingen offentliggjort værdi i nogen periode.',
  'indicators.trend.line': 'Kurvediagram. {area}: {first} i {firstPeriod}, {last} i {lastPeriod}.',
  'indicators.trend.benchmark': '{benchmark} (stiplet): {first} til {last}.',
  'indicators.trend.other': '{area}: {first} i {firstPeriod}, {last} i {lastPeriod}.',
  'indicators.trend.otherNone': '{area}: ingen offentliggjort værdi.',
  'indicators.trend.missing': 'Ingen tal for {codes}.',
  'indicators.trend.failed': 'Sammenligningen kunne ikke indlæses.',
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
  'indicators.map.intro',
  'indicators.compare.phrase.similar',
  'indicators.compare.label.similar',
  'indicators.overview.range',
  'indicators.benchmark.allAreas',
  'indicators.overview.limits',
  'indicators.overview.limitsNeutral',
  'indicators.overview.noLimits',
  'indicators.overview.noLimitsSame',
];
