/** Cymraeg (cy): messages of the page frame (layout, navigation, footer), formats, the 404 page and offline use. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/frame.ts';

export const messages: NamespaceMessages<typeof source> = {
  'format.suppressed': 'wedi’i atal',
  'format.noData': 'dim data',
  'number.ordinal': {
    by: 'n',
    ordinal: true,
    forms: {
      zero: '{n}fed',
      one: '{n}af',
      two: '{n}ail',
      few: '{n}ydd',
      many: '{n}ed',
      other: '{n}fed',
    },
  },
  'layout.title': '{page} · {site}',
  'layout.skipLink': 'Neidio i’r prif gynnwys',
  'layout.nav.label': 'Prif ddewislen',
  'layout.nav.home': 'Hafan',
  'layout.nav.cases': 'Olrhain clefydau',
  'layout.nav.assets': 'Adeiladau a thir',
  'layout.nav.indicator': 'Dangosyddion',
  'layout.nav.datasets': 'Data ac ansawdd',
  'layout.breadcrumb': 'Briwsion bara',
  'layout.demo.label': 'Safle arddangos',
  'layout.demo.lead': 'Safle arddangos.',
  'layout.demo.text':
    'Mae’r holl ddata yma yn ffug, wedi’i greu ar gyfer yr arddangosiad; nid yw’n disgrifio unrhyw le na pherson go iawn.',
  'layout.footer.private':
    'Mae {site} wedi’i adeiladu gyda Civic Atlas o ddata agored. Dim cwcis, dim tracio: nid yw’r safle hwn yn gwneud cais i unrhyw wefan arall.',
  'layout.footer.privateTiles':
    'Mae {site} wedi’i adeiladu gyda Civic Atlas o ddata agored. Dim cwcis, dim tracio: nid yw’r safle hwn yn gwneud cais i unrhyw wefan arall ac eithrio teils cefndir y map.',
  'layout.footer.kept': 'Tudalennau wedi’u cadw i’w defnyddio all-lein',
  'notFound.title': 'Heb ddod o hyd i’r dudalen',
  'notFound.text': 'Nid oes tudalen yn y cyfeiriad hwn. Efallai ei bod wedi symud pan gafodd y data ei ddiweddaru.',
  'notFound.home': 'Mynd i’r hafan',
  'offline.app.description': 'Data agored gan y cyngor ({council}): dangosfyrddau, mapiau a phroffiliau ardal.',
  'offline.keep.button': 'Cadw’r dudalen hon i’w defnyddio all-lein',
  'offline.keep.working': 'Wrthi’n cadw’r dudalen ar y ddyfais hon…',
  'offline.keep.done': {
    by: 'files',
    forms: {
      zero: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
      one: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
      two: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
      few: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
      many: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
      other: 'Wedi’i chadw ar y ddyfais hon: {files} ffeil, {size}. Mae’n agor heb rwydwaith.',
    },
  },
  'offline.keep.kept': 'Mae’r dudalen hon wedi’i chadw ar y ddyfais hon: mae’n agor heb rwydwaith.',
  'offline.keep.remove': 'Tynnu oddi ar y ddyfais hon',
  'offline.keep.removed': 'Wedi’i thynnu oddi ar y ddyfais hon.',
  'offline.keep.failed': 'Nid oedd modd cadw’r dudalen hon: {reason}',
  'offline.keep.noWorker':
    'nid yw cynorthwyydd all-lein y safle yn rhedeg eto. Ail-lwythwch y dudalen tra eich bod wedi cysylltu a rhowch gynnig arall arni.',
  'offline.keep.list': 'Pob tudalen sydd wedi’i chadw ar y ddyfais hon',
  'offline.list.title': 'Tudalennau wedi’u cadw i’w defnyddio all-lein',
  'offline.list.heading': 'Wedi’u cadw ar y ddyfais hon',
  'offline.list.intro':
    'Mae’r tudalennau rydych yn eu cadw yn agor ar y ddyfais hon heb rwydwaith, gyda’u siartiau, eu tablau a’u mapiau. Maen nhw’n cael eu storio yn y porwr hwn yn unig, a chaiff copïau newydd eu rhoi yn eu lle pan gaiff y safle ei ddiweddaru.',
  'offline.list.how':
    'Mae botwm “Cadw’r dudalen hon i’w defnyddio all-lein” ar broffiliau ardal, tudalennau tir ac adeiladau a thudalennau setiau data.',
  'offline.list.empty': 'Nid oes tudalennau wedi’u cadw ar y ddyfais hon.',
  'offline.list.count': {
    forms: {
      zero: '{count} tudalen wedi’u cadw, {size} i gyd.',
      one: '{count} dudalen wedi’i chadw, {size} i gyd.',
      two: '{count} dudalen wedi’u cadw, {size} i gyd.',
      few: '{count} tudalen wedi’u cadw, {size} i gyd.',
      many: '{count} tudalen wedi’u cadw, {size} i gyd.',
      other: '{count} tudalen wedi’u cadw, {size} i gyd.',
    },
  },
  'offline.list.keptOn': 'wedi’i chadw {date}, {size}',
  'offline.list.remove': 'Tynnu',
  'offline.list.removeLabel': 'Tynnu {title} oddi ar y ddyfais hon',
  'offline.list.removed': 'Mae {title} wedi’i thynnu oddi ar y ddyfais hon.',
  'offline.list.unsupported': 'Nid yw’r porwr hwn yn gallu cadw tudalennau i’w defnyddio all-lein.',
  'offline.problem.outsideSite': 'nid yw’n un o dudalennau’r wefan hon.',
  'offline.problem.file':
    'nid oedd modd nôl {path} (atebodd y gweinydd {status}). Rhowch gynnig arall arni yn nes ymlaen.',
  'offline.problem.network':
    'nid oedd modd cyrraedd y wefan. Rhowch gynnig arall arni pan fydd y ddyfais hon wedi’i chysylltu.',
  'offline.problem.full':
    'nid oes lle ar ôl ar y ddyfais hon i’w chadw. Tynnwch rai o’r tudalennau a gadwyd a rhowch gynnig arall arni.',
  'offline.problem.other': 'nid oedd y porwr yn gallu ei chadw ({detail}).',
  'offline.list.failed': 'Nid oedd modd gwneud hyn: {reason}',
  'offline.list.noScript': 'Mae angen JavaScript ar gyfer y rhestr o dudalennau sydd wedi’u cadw.',
  'offline.page.title': 'Rydych all-lein',
  'offline.page.text':
    'Nid yw’r dudalen hon wedi’i chadw ar y ddyfais hon, felly nid yw’n gallu agor heb rwydwaith. Ailgysylltwch ac ail-lwytho’r dudalen, neu agorwch un o’r tudalennau sydd wedi’u cadw ar y ddyfais hon.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'number.ordinal',
  'layout.nav.cases',
  'layout.footer.privateTiles',
  'offline.app.description',
  'offline.keep.done',
  'offline.keep.noWorker',
  'offline.list.intro',
  'offline.list.count',
  'offline.page.text',
  'offline.problem.outsideSite',
  'offline.problem.file',
  'offline.problem.network',
  'offline.problem.full',
  'offline.problem.other',
  'offline.list.failed',
];
