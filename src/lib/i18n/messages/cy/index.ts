/**
 * Welsh (cy). Terms follow the Welsh Government's term bank (TermCymru) where it has
 * them. Plural forms follow Intl.PluralRules for cy (zero, one, two, few, many, other);
 * a numeral takes the singular noun. Every key in `review` needs a native speaker's
 * check (mutations after numerals and in generated sentences especially).
 */
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

export const cy: Catalogue = {
  language: 'cy',
  name: 'Cymraeg',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'cyfradd fesul 100,000',
      note: 'achosion mewn 7 diwrnod fesul 100,000 o bobl',
    },
    {
      term: '7-day average',
      translation: 'cyfartaledd 7 diwrnod',
      note: 'cymedr y ffigurau dyddiol dros y 7 diwrnod diwethaf',
    },
    {
      term: 'suppressed',
      translation: 'wedi’i atal',
      note: 'heb ei gyhoeddi am fod y nifer yn rhy fach',
    },
    {
      term: 'vacant',
      translation: 'gwag',
      note: 'tir neu adeilad nad oes neb yn ei ddefnyddio',
    },
    {
      term: 'under-used',
      translation: 'heb ei ddefnyddio’n llawn',
      note: 'dim ond rhan ohono sy’n cael ei defnyddio',
    },
    {
      term: 'benchmark',
      translation: 'meincnod',
      note: 'y ffigur y caiff ardal ei chymharu ag ef',
    },
  ],
  ...joinTranslation({ frame, cases, assets, indicators, areas, datasets, search, home, common, languages }),
};
