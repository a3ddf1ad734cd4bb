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
  'search.kind.area': 'Ardal',
  'search.kind.indicator': 'Dangosydd',
  'search.kind.disease': 'Clefyd',
  'search.kind.dataset': 'Set ddata',
  'search.kind.asset': 'Tir neu adeilad',
  'search.client.short': 'Teipiwch o leiaf 2 lythyren neu ddigid i chwilio.',
  'search.client.none': 'Dim canlyniadau.',
  'search.client.choose': 'Defnyddiwch y saeth i lawr i ddewis un, ac Enter i’w agor.',
  'search.client.partial': 'Y {shown} cyntaf o lawer o ganlyniadau: teipiwch ragor i’w cyfyngu.',
  'search.client.more': '{total} canlyniad, y {shown} cyntaf wedi’u rhestru.',
  'search.client.moreAll': 'Mae Enter heb ddewis yn eu rhestru i gyd.',
  'search.client.count': {
    by: 'total',
    forms: {
      zero: '{total} canlyniad.',
      one: '{total} canlyniad.',
      two: '{total} canlyniad.',
      few: '{total} canlyniad.',
      many: '{total} canlyniad.',
      other: '{total} canlyniad.',
    },
  },
  'search.client.unavailable': 'Nid yw chwilio ar gael ar hyn o bryd: pwyswch Enter i fynd i’r dudalen chwilio.',
  'search.page.prompt': 'Teipiwch enw, cod post, cyfeiriad, cyfeirnod neu god a phwyswch Enter.',
  'search.page.searching': 'Wrthi’n chwilio…',
  'search.page.none': 'Dim canlyniadau ar gyfer “{query}”.',
  'search.page.partial':
    'Y {shown} cyntaf o lawer o ganlyniadau ar gyfer “{query}”: ychwanegwch ragor o lythrennau neu eiriau i’w cyfyngu.',
  'search.page.more':
    '{total} canlyniad ar gyfer “{query}”, y {shown} cyntaf wedi’u rhestru: ychwanegwch eiriau i’w cyfyngu.',
  'search.page.count': {
    by: 'total',
    forms: {
      zero: '{total} canlyniad ar gyfer “{query}”.',
      one: '{total} canlyniad ar gyfer “{query}”.',
      two: '{total} canlyniad ar gyfer “{query}”.',
      few: '{total} canlyniad ar gyfer “{query}”.',
      many: '{total} canlyniad ar gyfer “{query}”.',
      other: '{total} canlyniad ar gyfer “{query}”.',
    },
  },
  'search.page.unavailable':
    'Nid yw chwilio ar gael ar hyn o bryd. Mae pob ardal, dangosydd a set ddata wedi’u rhestru isod.',
  'search.page.areasLetters': {
    forms: {
      zero: '{count} ardal, wedi’u rhestru yn ôl y llythyren gyntaf',
      one: '{count} ardal, wedi’i rhestru yn ôl y llythyren gyntaf',
      two: '{count} ardal, wedi’u rhestru yn ôl y llythyren gyntaf',
      few: '{count} ardal, wedi’u rhestru yn ôl y llythyren gyntaf',
      many: '{count} ardal, wedi’u rhestru yn ôl y llythyren gyntaf',
      other: '{count} ardal, wedi’u rhestru yn ôl y llythyren gyntaf',
    },
  },
  'search.areaList.title': '{layer}: pob ardal yn ôl enw',
  'search.areaList.intro': {
    forms: {
      zero: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae pob un yn cysylltu â’i phroffil.',
      one: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae’n cysylltu â’i phroffil.',
      two: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae pob un yn cysylltu â’i phroffil.',
      few: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae pob un yn cysylltu â’i phroffil.',
      many: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae pob un yn cysylltu â’i phroffil.',
      other: '{count} ardal, A i Y, ar dudalen i bob llythyren gyntaf. Mae pob un yn cysylltu â’i phroffil.',
    },
  },
  'search.areaList.introPage': {
    by: 'total',
    forms: {
      zero: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
      one: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
      two: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
      few: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
      many: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
      other: '{count} o’r {total} ardal: {first} i {last}. Mae pob un yn cysylltu â’i phroffil.',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'search.client.short',
  'search.client.more',
  'search.client.count',
  'search.page.more',
  'search.page.count',
  'search.client.choose',
  'search.client.moreAll',
  'search.page.areas',
  'search.page.noScript',
  'search.page.noScriptAssets',
  'search.page.land',
  'search.page.areasLetters',
  'search.areaList.title',
  'search.areaList.intro',
  'search.areaList.introPage',
];
