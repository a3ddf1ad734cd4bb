/** Dansk (da): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Søg på sitet',
  'search.box.inputLabel': 'Søg i områder, jord og bygninger, datasæt og indikatorer',
  'search.box.results': 'Søgeresultater',
  'search.box.submit': 'Søg',
  'search.page.title': 'Søg',
  'search.page.description': 'Find områder, jord og bygninger, datasæt og indikatorer.',
  'search.page.formLabel': 'Søg på sitet',
  'search.page.inputLabel': 'Område, postnummer, adresse, reference, datasæt eller indikator',
  'search.page.noScript':
    'Søgning kræver JavaScript i din browser. Uden det er alle områder, indikatorer og datasæt vist nedenfor.',
  'search.page.noScriptAssets':
    'Søgning kræver JavaScript i din browser. Uden det er alle områder, indikatorer og datasæt vist nedenfor, og jord og bygninger kan filtreres på deres egen liste.',
  'search.page.browse': 'Find frem uden at søge',
  'search.page.land':
    'Jord og bygninger: siden {page} viser dem alle, med filtre efter status, område og ejer, der virker uden JavaScript.',
  'search.page.figures': 'Indikatorer og sygdomstal',
  'search.page.figureDisease': 'Sygdomsovervågning · {detail}',
  'search.page.figureIndicator': 'Indikator · {detail}',
  'search.page.datasets': 'Datasæt',
  'search.page.areas': { forms: { one: 'Det {count} område efter navn', other: 'Alle {count} områder efter navn' } },
  'search.kind.area': 'Område',
  'search.kind.indicator': 'Indikator',
  'search.kind.disease': 'Sygdom',
  'search.kind.dataset': 'Datasæt',
  'search.kind.asset': 'Jord eller bygning',
  'search.client.short': 'Skriv mindst 2 bogstaver eller cifre for at søge.',
  'search.client.none': 'Ingen resultater.',
  'search.client.choose': 'Brug pil ned for at vælge et, og Enter for at åbne det.',
  'search.client.partial': 'De første {shown} af mange resultater: skriv mere for at indsnævre dem.',
  'search.client.more': '{total} resultater, de første {shown} vises.',
  'search.client.moreAll': 'Enter uden at vælge viser dem alle.',
  'search.client.count': { by: 'total', forms: { one: '{total} resultat.', other: '{total} resultater.' } },
  'search.client.unavailable': 'Søgning er ikke tilgængelig lige nu: tryk Enter for at gå til søgesiden.',
  'search.page.prompt': 'Skriv et navn, postnummer, en adresse, reference eller kode, og tryk Enter.',
  'search.page.searching': 'Søger …',
  'search.page.none': 'Ingen resultater for “{query}”.',
  'search.page.partial':
    'De første {shown} af mange resultater for “{query}”: tilføj flere bogstaver eller ord for at indsnævre dem.',
  'search.page.more': '{total} resultater for “{query}”, de første {shown} vises: tilføj ord for at indsnævre dem.',
  'search.page.count': {
    by: 'total',
    forms: { one: '{total} resultat for “{query}”.', other: '{total} resultater for “{query}”.' },
  },
  'search.page.unavailable':
    'Søgning er ikke tilgængelig lige nu. Alle områder, indikatorer og datasæt vises nedenfor.',
  'search.page.areasLetters': {
    forms: { one: '{count} område efter forbogstav', other: '{count} områder efter forbogstav' },
  },
  'search.areaList.title': '{layer}: alle områder efter navn',
  'search.areaList.intro': {
    forms: {
      one: '{count} område, A til Z, på en side pr. forbogstav. Hvert område linker til sin profil.',
      other: '{count} områder, A til Z, på en side pr. forbogstav. Hvert område linker til sin profil.',
    },
  },
  'search.areaList.introPage': {
    by: 'total',
    forms: {
      one: '{count} af det {total} område: {first} til {last}. Hvert område linker til sin profil.',
      other: '{count} af de {total} områder: {first} til {last}. Hvert område linker til sin profil.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'search.page.areas',
  'search.page.areasLetters',
  'search.areaList.title',
  'search.areaList.intro',
  'search.areaList.introPage',
];
