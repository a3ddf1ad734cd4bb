/** Dansk (da): messages of the page frame (layout, navigation, footer), formats, the 404 page and offline use. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/frame.ts';

export const messages: NamespaceMessages<typeof source> = {
  'format.suppressed': 'diskretioneret',
  'format.noData': 'ingen data',
  'number.ordinal': {
    by: 'n',
    ordinal: true,
    forms: {
      other: '{n}.',
    },
  },
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
    forms: {
      one: '{count} side gemt, i alt {size}.',
      other: '{count} sider gemt, i alt {size}.',
    },
  },
  'offline.list.keptOn': 'gemt {date}, {size}',
  'offline.list.remove': 'Fjern',
  'offline.list.removeLabel': 'Fjern {title} fra denne enhed',
  'offline.list.removed': '{title} er fjernet fra denne enhed.',
  'offline.list.unsupported': 'Denne browser kan ikke gemme sider til brug offline.',
  'offline.problem.outsideSite': 'den er ikke en side på dette websted.',
  'offline.problem.file': '{path} kunne ikke hentes (serveren svarede {status}). Prøv igen senere.',
  'offline.problem.network': 'webstedet kunne ikke nås. Prøv igen, når enheden har forbindelse.',
  'offline.problem.full':
    'der er ikke mere plads på denne enhed til at gemme den. Fjern nogle gemte sider, og prøv igen.',
  'offline.problem.other': 'browseren kunne ikke gemme den ({detail}).',
  'offline.list.failed': 'Det lykkedes ikke: {reason}',
  'offline.list.noScript': 'Listen over gemte sider kræver JavaScript.',
  'offline.page.title': 'Du er offline',
  'offline.page.text':
    'Denne side er ikke gemt på denne enhed og kan ikke åbnes uden netværk. Opret forbindelse igen og genindlæs siden, eller åbn en af de gemte sider.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'format.suppressed',
  'layout.nav.cases',
  'offline.app.description',
  'offline.problem.outsideSite',
  'offline.problem.file',
  'offline.problem.network',
  'offline.problem.full',
  'offline.problem.other',
  'offline.list.failed',
];
