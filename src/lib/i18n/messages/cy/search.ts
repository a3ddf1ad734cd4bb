/** Cymraeg (cy): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Chwilio’r safle',
  'search.box.inputLabel': 'Chwilio ardaloedd, tir ac adeiladau, setiau data a dangosyddion',
  'search.box.results': 'Canlyniadau chwilio',
  'search.box.submit': 'Chwilio',
  'search.page.title': 'Chwilio',
  'search.page.description': 'Dod o hyd i ardaloedd, tir ac adeiladau, setiau data a dangosyddion.',
  'search.page.formLabel': 'Chwilio’r safle',
  'search.page.inputLabel': 'Ardal, cod post, cyfeiriad, cyfeirnod, set ddata neu ddangosydd',
  'search.page.noScript':
    'Mae angen JavaScript yn eich porwr i chwilio. Hebddo, mae pob ardal, dangosydd a set ddata wedi’u rhestru isod.',
  'search.page.noScriptAssets':
    'Mae angen JavaScript yn eich porwr i chwilio. Hebddo, mae pob ardal, dangosydd a set ddata wedi’u rhestru isod, a gellir hidlo tir ac adeiladau ar eu rhestr eu hunain.',
  'search.page.browse': 'Dod o hyd i bethau heb chwilio',
  'search.page.land':
    'Tir ac adeiladau: mae’r dudalen {page} yn rhestru pob un, gyda hidlwyr yn ôl statws, ardal a pherchennog sy’n gweithio heb JavaScript.',
  'search.page.figures': 'Dangosyddion a ffigurau clefydau',
  'search.page.figureDisease': 'Olrhain clefydau · {detail}',
  'search.page.figureIndicator': 'Dangosydd · {detail}',
  'search.page.datasets': 'Setiau data',
  'search.page.areas': {
    forms: {
      zero: 'Pob un o’r {count} ardal, yn ôl enw',
      one: 'Pob un o’r {count} ardal, yn ôl enw',
      two: 'Pob un o’r {count} ardal, yn ôl enw',
      few: 'Pob un o’r {count} ardal, yn ôl enw',
      many: 'Pob un o’r {count} ardal, yn ôl enw',
      other: 'Pob un o’r {count} ardal, yn ôl enw',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'search.page.areas',
  'search.page.noScript',
  'search.page.noScriptAssets',
  'search.page.land',
];
