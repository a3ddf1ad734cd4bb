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
  'search.kind.area': 'Gebied',
  'search.kind.indicator': 'Indicator',
  'search.kind.disease': 'Infectieziekte',
  'search.kind.dataset': 'Dataset',
  'search.kind.asset': 'Grond of gebouw',
  'search.client.short': 'Typ minstens 2 letters of cijfers om te zoeken.',
  'search.client.none': 'Geen resultaten.',
  'search.client.choose': 'Kies er een met de pijl omlaag en open het met Enter.',
  'search.client.partial': 'De eerste {shown} van veel resultaten: typ meer om ze te beperken.',
  'search.client.more': '{total} resultaten, de eerste {shown} staan hieronder.',
  'search.client.moreAll': 'Enter zonder te kiezen toont ze allemaal.',
  'search.client.count': { by: 'total', forms: { one: '{total} resultaat.', other: '{total} resultaten.' } },
  'search.client.unavailable': 'Zoeken is nu niet beschikbaar: druk op Enter om naar de zoekpagina te gaan.',
  'search.page.prompt': 'Typ een naam, postcode, adres, kenmerk of code en druk op Enter.',
  'search.page.searching': 'Bezig met zoeken…',
  'search.page.none': 'Geen resultaten voor “{query}”.',
  'search.page.partial':
    'De eerste {shown} van veel resultaten voor “{query}”: voeg letters of woorden toe om ze te beperken.',
  'search.page.more':
    '{total} resultaten voor “{query}”, de eerste {shown} staan hieronder: voeg woorden toe om ze te beperken.',
  'search.page.count': {
    by: 'total',
    forms: { one: '{total} resultaat voor “{query}”.', other: '{total} resultaten voor “{query}”.' },
  },
  'search.page.unavailable': 'Zoeken is nu niet beschikbaar. Alle gebieden, indicatoren en datasets staan hieronder.',
  'search.page.areasLetters': {
    forms: { one: '{count} gebied, per beginletter', other: '{count} gebieden, per beginletter' },
  },
  'search.areaList.title': '{layer}: alle gebieden op naam',
  'search.areaList.intro': {
    forms: {
      one: '{count} gebied, A tot Z, op een pagina per beginletter. Elk gebied linkt naar zijn profiel.',
      other: '{count} gebieden, A tot Z, op een pagina per beginletter. Elk gebied linkt naar zijn profiel.',
    },
  },
  'search.areaList.introPage': {
    by: 'total',
    forms: {
      one: '{count} van het {total} gebied: {first} tot {last}. Elk gebied linkt naar zijn profiel.',
      other: '{count} van de {total} gebieden: {first} tot {last}. Elk gebied linkt naar zijn profiel.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'search.client.choose',
  'search.page.inputLabel',
  'search.page.areasLetters',
  'search.areaList.title',
  'search.areaList.intro',
  'search.areaList.introPage',
];
