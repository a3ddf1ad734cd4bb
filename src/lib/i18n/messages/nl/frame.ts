/** Nederlands (nl): messages of the page frame (layout, navigation, footer), formats, the 404 page and offline use. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/frame.ts';

export const messages: NamespaceMessages<typeof source> = {
  'format.suppressed': 'afgeschermd',
  'format.noData': 'geen gegevens',
  'number.ordinal': {
    by: 'n',
    ordinal: true,
    forms: {
      other: '{n}e',
    },
  },
  'layout.title': '{page} · {site}',
  'layout.skipLink': 'Naar de hoofdinhoud',
  'layout.nav.label': 'Hoofdmenu',
  'layout.nav.home': 'Home',
  'layout.nav.cases': 'Infectieziekten',
  'layout.nav.assets': 'Gebouwen en terreinen',
  'layout.nav.indicator': 'Indicatoren',
  'layout.nav.datasets': 'Gegevens en kwaliteit',
  'layout.breadcrumb': 'Kruimelpad',
  'layout.demo.label': 'Demonstratiesite',
  'layout.demo.lead': 'Demonstratiesite.',
  'layout.demo.text':
    'Alle gegevens op deze site zijn fictief en voor de demonstratie gemaakt; ze beschrijven geen echte plaats of persoon.',
  'layout.footer.private':
    '{site} is gemaakt met Civic Atlas uit open data. Geen cookies, geen tracking: deze site doet geen verzoek aan een andere website.',
  'layout.footer.privateTiles':
    '{site} is gemaakt met Civic Atlas uit open data. Geen cookies, geen tracking: deze site doet geen verzoek aan een andere website, behalve voor de achtergrondtegels van de kaart.',
  'layout.footer.kept': 'Pagina’s bewaard voor offline gebruik',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Op dit adres staat geen pagina. Misschien is ze verplaatst toen de gegevens werden bijgewerkt.',
  'notFound.home': 'Naar de startpagina',
  'offline.app.description': 'Open data van {council}: dashboards, kaarten en gebiedsprofielen.',
  'offline.keep.button': 'Bewaar deze pagina voor offline gebruik',
  'offline.keep.working': 'Deze pagina wordt op dit apparaat bewaard…',
  'offline.keep.done': {
    by: 'files',
    forms: {
      one: 'Bewaard op dit apparaat: {files} bestand, {size}. De pagina opent zonder netwerk.',
      other: 'Bewaard op dit apparaat: {files} bestanden, {size}. De pagina opent zonder netwerk.',
    },
  },
  'offline.keep.kept': 'Deze pagina is op dit apparaat bewaard: ze opent zonder netwerk.',
  'offline.keep.remove': 'Van dit apparaat verwijderen',
  'offline.keep.removed': 'Van dit apparaat verwijderd.',
  'offline.keep.failed': 'Deze pagina kon niet worden bewaard: {reason}',
  'offline.keep.noWorker':
    'de offlinehulp van deze site draait nog niet. Laad de pagina opnieuw met een verbinding en probeer het nog eens.',
  'offline.keep.list': 'Alle pagina’s die op dit apparaat zijn bewaard',
  'offline.list.title': 'Pagina’s bewaard voor offline gebruik',
  'offline.list.heading': 'Bewaard op dit apparaat',
  'offline.list.intro':
    'Bewaarde pagina’s openen op dit apparaat zonder netwerk, met hun grafieken, tabellen en kaarten. Ze staan alleen in deze browser en worden vervangen door nieuwe versies als de site wordt bijgewerkt.',
  'offline.list.how':
    'Gebiedsprofielen, pagina’s over gebouwen en terreinen en pagina’s over datasets hebben een knop ‘Bewaar deze pagina voor offline gebruik’.',
  'offline.list.empty': 'Er zijn geen pagina’s op dit apparaat bewaard.',
  'offline.list.count': {
    forms: {
      one: '{count} pagina bewaard, in totaal {size}.',
      other: '{count} pagina’s bewaard, in totaal {size}.',
    },
  },
  'offline.list.keptOn': 'bewaard op {date}, {size}',
  'offline.list.remove': 'Verwijderen',
  'offline.list.removeLabel': '{title} van dit apparaat verwijderen',
  'offline.list.removed': '{title} is van dit apparaat verwijderd.',
  'offline.list.unsupported': 'Deze browser kan geen pagina’s bewaren voor offline gebruik.',
  'offline.problem.outsideSite': 'het is geen pagina van deze website.',
  'offline.problem.file':
    '{path} kon niet worden opgehaald (de server antwoordde {status}). Probeer het later opnieuw.',
  'offline.problem.network':
    'de website is niet bereikbaar. Probeer het opnieuw wanneer dit apparaat verbinding heeft.',
  'offline.problem.full':
    'er is op dit apparaat geen ruimte meer om de pagina op te slaan. Verwijder enkele bewaarde pagina’s en probeer het opnieuw.',
  'offline.problem.other': 'de browser kon de pagina niet opslaan ({detail}).',
  'offline.list.failed': 'Dit is niet gelukt: {reason}',
  'offline.list.noScript': 'De lijst met bewaarde pagina’s heeft JavaScript nodig.',
  'offline.page.title': 'U bent offline',
  'offline.page.text':
    'Deze pagina is niet op dit apparaat bewaard en kan zonder netwerk niet worden geopend. Maak opnieuw verbinding en laad de pagina opnieuw, of open een van de bewaarde pagina’s.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'format.suppressed',
  'offline.app.description',
  'offline.problem.outsideSite',
  'offline.problem.file',
  'offline.problem.network',
  'offline.problem.full',
  'offline.problem.other',
  'offline.list.failed',
];
