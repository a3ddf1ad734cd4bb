/** Danish (da). Terms follow the usage of Statens Serum Institut and Danmarks Statistik. */
import type { Catalogue } from '../../catalogue.ts';
import * as frame from './frame.ts';
import * as cases from './cases.ts';
import * as assets from './assets.ts';
import * as indicators from './indicators.ts';
import * as areas from './areas.ts';
import * as datasets from './datasets.ts';
import * as search from './search.ts';
import * as home from './home.ts';
import * as common from './common.ts';
import * as languages from './languages.ts';
import { joinTranslation } from '../../join-namespaces.ts';

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
    {
      term: 'suppressed',
      translation: 'diskretioneret',
      note: 'ikke offentliggjort, fordi tallet er for lille',
    },
    {
      term: 'vacant',
      translation: 'ledig',
      note: 'bygning eller areal uden brug',
    },
    {
      term: 'under-used',
      translation: 'underudnyttet',
      note: 'kun delvist i brug',
    },
    {
      term: 'benchmark',
      translation: 'sammenligningsgrundlag',
      note: 'det tal, et område sammenlignes med',
    },
  ],
  ...joinTranslation({ frame, cases, assets, indicators, areas, datasets, search, home, common, languages }),
};
