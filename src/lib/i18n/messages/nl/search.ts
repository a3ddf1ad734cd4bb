/** Nederlands (nl): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Zoeken op de site',
  'search.box.inputLabel': 'Zoek in gebieden, grond en gebouwen, datasets en indicatoren',
  'search.box.results': 'Zoekresultaten',
  'search.box.submit': 'Zoeken',
  'search.page.title': 'Zoeken',
  'search.page.description': 'Vind gebieden, grond en gebouwen, datasets en indicatoren.',
  'search.page.formLabel': 'Zoeken op de site',
  'search.page.inputLabel': 'Gebied, postcode, adres, kenmerk, dataset of indicator',
  'search.page.noScript':
    'Zoeken werkt alleen met JavaScript in uw browser. Zonder JavaScript staan alle gebieden, indicatoren en datasets hieronder.',
  'search.page.noScriptAssets':
    'Zoeken werkt alleen met JavaScript in uw browser. Zonder JavaScript staan alle gebieden, indicatoren en datasets hieronder, en kunt u grond en gebouwen filteren op hun eigen lijst.',
  'search.page.browse': 'Vinden zonder te zoeken',
  'search.page.land':
    'Grond en gebouwen: de pagina {page} toont ze allemaal, met filters op status, gebied en eigenaar die zonder JavaScript werken.',
  'search.page.figures': 'Indicatoren en cijfers over infectieziekten',
  'search.page.figureDisease': 'Infectieziekten · {detail}',
  'search.page.figureIndicator': 'Indicator · {detail}',
  'search.page.datasets': 'Datasets',
  'search.page.areas': { forms: { one: 'Het {count} gebied, op naam', other: 'Alle {count} gebieden, op naam' } },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = ['search.page.inputLabel'];
