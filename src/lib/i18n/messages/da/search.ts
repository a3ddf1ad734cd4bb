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
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['search.page.areas'];
