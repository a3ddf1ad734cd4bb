/** Danish (da). Terms follow the usage of Statens Serum Institut and Danmarks Statistik. */
import type { Catalogue } from '../catalogue.ts';

export const da: Catalogue = {
  language: 'da',
  name: 'Dansk',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'pr. 100.000 indbyggere',
      note: 'tilfælde på 7 dage pr. 100.000 indbyggere (incidens)',
    },
    {
      term: '7-day average',
      translation: '7-dages gennemsnit',
      note: 'gennemsnit af de daglige tal over de seneste 7 dage',
    },
    { term: 'suppressed', translation: 'diskretioneret', note: 'ikke offentliggjort, fordi tallet er for lille' },
    { term: 'vacant', translation: 'ledig', note: 'bygning eller areal uden brug' },
    { term: 'under-used', translation: 'underudnyttet', note: 'kun delvist i brug' },
    { term: 'benchmark', translation: 'sammenligningsgrundlag', note: 'det tal, et område sammenlignes med' },
  ],
  review: [
    'format.suppressed',
    'layout.nav.cases',
    'cases.summary.changeSuppressed',
    'cases.chart.trendSpanned',
    'offline.app.description',
  ],
  messages: {
    'format.suppressed': 'diskretioneret',
    'format.noData': 'ingen data',
    'number.ordinal': { by: 'n', ordinal: true, forms: { other: '{n}.' } },

    'layout.title': '{page} · {site}',
    'layout.skipLink': 'Gå til hovedindholdet',
    'layout.nav.label': 'Hovedmenu',
    'layout.nav.home': 'Forside',
    'layout.nav.cases': 'Smitteovervågning',
    'layout.nav.assets': 'Bygninger og arealer',
    'layout.nav.indicator': 'Nøgletal',
    'layout.nav.datasets': 'Data og kvalitet',
    'layout.breadcrumb': 'Brødkrummesti',
    'layout.demo.label': 'Demonstrationsside',
    'layout.demo.lead': 'Demonstrationsside.',
    'layout.demo.text':
      'Alle data her er fiktive og lavet til demonstrationen; de beskriver ikke noget virkeligt sted eller nogen virkelig person.',
    'layout.footer.private':
      '{site} er bygget med Civic Atlas af åbne data. Ingen cookies, ingen sporing: siden sender ingen forespørgsler til andre websteder.',
    'layout.footer.privateTiles':
      '{site} er bygget med Civic Atlas af åbne data. Ingen cookies, ingen sporing: siden sender ingen forespørgsler til andre websteder, bortset fra kortets baggrundsfliser.',
    'layout.footer.kept': 'Sider gemt til brug offline',

    'notFound.title': 'Siden blev ikke fundet',
    'notFound.text': 'Der er ingen side på denne adresse. Den kan være flyttet, da dataene blev opdateret.',
    'notFound.home': 'Gå til forsiden',

    'offline.app.description': 'Åbne data fra {council}: oversigter, kort og områdeprofiler.',
    'offline.keep.button': 'Gem denne side til brug offline',
    'offline.keep.working': 'Siden gemmes på denne enhed …',
    'offline.keep.done': {
      by: 'files',
      forms: {
        one: 'Gemt på denne enhed: {files} fil, {size}. Siden kan åbnes uden netværk.',
        other: 'Gemt på denne enhed: {files} filer, {size}. Siden kan åbnes uden netværk.',
      },
    },
    'offline.keep.kept': 'Denne side er gemt på denne enhed: den kan åbnes uden netværk.',
    'offline.keep.remove': 'Fjern fra denne enhed',
    'offline.keep.removed': 'Fjernet fra denne enhed.',
    'offline.keep.failed': 'Siden kunne ikke gemmes: {reason}',
    'offline.keep.noWorker': 'sidens offlinehjælper kører ikke endnu. Genindlæs siden med forbindelse, og prøv igen.',
    'offline.keep.list': 'Alle sider gemt på denne enhed',
    'offline.list.title': 'Sider gemt til brug offline',
    'offline.list.heading': 'Gemt på denne enhed',
    'offline.list.intro':
      'Gemte sider kan åbnes på denne enhed uden netværk, med deres diagrammer, tabeller og kort. De ligger kun i denne browser og erstattes af nye udgaver, når siden opdateres.',
    'offline.list.how':
      'Områdeprofiler, sider om bygninger og arealer og sider om datasæt har knappen “Gem denne side til brug offline”.',
    'offline.list.empty': 'Der er ingen sider gemt på denne enhed.',
    'offline.list.count': {
      forms: { one: '{count} side gemt, i alt {size}.', other: '{count} sider gemt, i alt {size}.' },
    },
    'offline.list.keptOn': 'gemt {date}, {size}',
    'offline.list.remove': 'Fjern',
    'offline.list.removeLabel': 'Fjern {title} fra denne enhed',
    'offline.list.removed': '{title} er fjernet fra denne enhed.',
    'offline.list.unsupported': 'Denne browser kan ikke gemme sider til brug offline.',
    'offline.list.noScript': 'Listen over gemte sider kræver JavaScript.',
    'offline.page.title': 'Du er offline',
    'offline.page.text':
      'Denne side er ikke gemt på denne enhed og kan ikke åbnes uden netværk. Opret forbindelse igen og genindlæs siden, eller åbn en af de gemte sider.',

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
      forms: { one: '{date}, for {days} dag', other: '{date}, for {days} dage' },
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
  },
};
