/** Dutch (nl). Terms follow the usage of RIVM and CBS. */
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

export const nl: Catalogue = {
  language: 'nl',
  name: 'Nederlands',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'per 100.000 inwoners',
      note: 'meldingen in 7 dagen per 100.000 inwoners',
    },
    {
      term: '7-day average',
      translation: '7-daags gemiddelde',
      note: 'gemiddelde van de dagcijfers over de laatste 7 dagen',
    },
    {
      term: 'suppressed',
      translation: 'afgeschermd',
      note: 'niet gepubliceerd omdat het aantal te klein is',
    },
    {
      term: 'vacant',
      translation: 'leegstaand',
      note: 'gebouw of terrein zonder gebruik',
    },
    {
      term: 'under-used',
      translation: 'onderbenut',
      note: 'maar gedeeltelijk in gebruik',
    },
    {
      term: 'benchmark',
      translation: 'referentiewaarde',
      note: 'het cijfer waarmee een gebied wordt vergeleken',
    },
  ],
  ...joinTranslation({ frame, cases, assets, indicators, areas, datasets, search, home, common, languages }),
};
