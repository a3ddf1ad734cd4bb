/**
 * Welsh (cy). Terms follow the Welsh Government's term bank (TermCymru) where it has
 * them. Plural forms follow Intl.PluralRules for cy (zero, one, two, few, many, other);
 * a numeral takes the singular noun. Every key in `review` needs a native speaker's
 * check (mutations after numerals and in generated sentences especially).
 *
 * Words a council's config gives (a dataset's title, the benchmark's or the council's name, a
 * layer's name) are never put straight after a word that mutates what follows (o, i, ar, â, na,
 * gan, gyda, yn, y): the message names a fixed noun and the config word follows it in apposition,
 * in brackets or after a colon ("â’r meincnod ({benchmark})", "gan y cyngor ({council})",
 * "o’r {count} ardal ({areas})", "Map: {label}"), so no mutation depends on it. Area names (data)
 * after "yn" are not yet treated so: that wording needs a native speaker's review.
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
    {
      term: 'dataset',
      translation: 'set ddata',
      note: 'benywaidd: "y set ddata {dataset}" o flaen enw o’r ffurfweddiad',
    },
    {
      term: 'publisher',
      translation: 'cyhoeddwr',
      note: '"gan y cyhoeddwr {publisher}", fel nad oes treiglad yn dibynnu ar yr enw',
    },
    {
      term: 'licence',
      translation: 'trwydded',
      note: '"o dan y drwydded {licence}"',
    },
  ],
  ...joinTranslation({ frame, cases, assets, indicators, areas, datasets, search, home, common, languages }),
};
