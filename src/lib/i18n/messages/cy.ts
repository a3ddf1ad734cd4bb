/**
 * Welsh (cy). Terms follow the Welsh Government's term bank (TermCymru) where it has
 * them. Plural forms follow Intl.PluralRules for cy (zero, one, two, few, many, other);
 * a numeral takes the singular noun. Every key in `review` needs a native speaker's
 * check (mutations after numerals and in generated sentences especially).
 */
import type { Catalogue, MessageKey } from '../catalogue.ts';

const REVIEW: MessageKey[] = [
  'number.ordinal',
  'layout.nav.cases',
  'layout.footer.privateTiles',
  'offline.app.description',
  'offline.keep.done',
  'offline.keep.noWorker',
  'offline.list.intro',
  'offline.list.count',
  'offline.page.text',
  'cases.change.previousWeek',
  'cases.change.up',
  'cases.change.down',
  'cases.summary.when',
  'cases.summary.suppressed',
  'cases.summary.rank',
  'cases.summary.rankJoint',
  'cases.summary.changeSuppressed',
  'cases.summary.noEarlier',
  'cases.summary.unchanged',
  'cases.summary.rose',
  'cases.summary.fell',
  'cases.chart.trendSpanned',
  'cases.chart.trendSpannedReport',
  'cases.chart.trendLagged',
];

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
    { term: 'suppressed', translation: 'wedi’i atal', note: 'heb ei gyhoeddi am fod y nifer yn rhy fach' },
    { term: 'vacant', translation: 'gwag', note: 'tir neu adeilad nad oes neb yn ei ddefnyddio' },
    { term: 'under-used', translation: 'heb ei ddefnyddio’n llawn', note: 'dim ond rhan ohono sy’n cael ei defnyddio' },
    { term: 'benchmark', translation: 'meincnod', note: 'y ffigur y caiff ardal ei chymharu ag ef' },
  ],
  review: REVIEW,
  messages: {
    'format.suppressed': 'wedi’i atal',
    'format.noData': 'dim data',
    'number.ordinal': {
      by: 'n',
      ordinal: true,
      forms: { zero: '{n}fed', one: '{n}af', two: '{n}ail', few: '{n}ydd', many: '{n}ed', other: '{n}fed' },
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

    'offline.app.description': 'Data agored gan {council}: dangosfyrddau, mapiau a phroffiliau ardal.',
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
    'offline.list.noScript': 'Mae angen JavaScript ar gyfer y rhestr o dudalennau sydd wedi’u cadw.',
    'offline.page.title': 'Rydych all-lein',
    'offline.page.text':
      'Nid yw’r dudalen hon wedi’i chadw ar y ddyfais hon, felly nid yw’n gallu agor heb rwydwaith. Ailgysylltwch ac ail-lwytho’r dudalen, neu agorwch un o’r tudalennau sydd wedi’u cadw ar y ddyfais hon.',

    'cases.change.suppressed':
      'Nid yw’r newid o’i gymharu â {period} yn cael ei ddangos am fod y niferoedd yn rhy fach i’w cyhoeddi.',
    'cases.change.previousWeek': 'y 7 diwrnod blaenorol',
    'cases.change.noData': 'Nid oes data i’w gymharu â {period}.',
    'cases.change.noChangeShort': 'Dim newid',
    'cases.change.noChange': 'Dim newid o’i gymharu â {period}.',
    'cases.change.amount': '{magnitude} {unit}',
    'cases.change.amountPct': '{magnitude} {unit} ({pct})',
    'cases.change.up': 'I fyny {amount} o’i gymharu â {period}',
    'cases.change.down': 'I lawr {amount} o’i gymharu â {period}',
    'cases.change.neutral': '{change}.',
    'cases.change.worse': '{change}, newid er gwaeth.',
    'cases.change.better': '{change}, newid er gwell.',

    'cases.summary.noWeek': 'Nid oes wythnos gyflawn o ddata eto.',
    'cases.summary.when': 'y 7 diwrnod hyd at {date}',
    'cases.summary.noData': 'Yn {place}, nid oes data ar {measure} ar gyfer {when}.',
    'cases.summary.suppressed':
      'Yn {place}, roedd nifer y {measure} yn {when} yn rhy fach i’w gyhoeddi (llai na {threshold}).',
    'cases.summary.rate': '{rate} fesul 100,000 o bobl',
    'cases.summary.rankFirst': ', yr uchaf o {ranked} ardal',
    'cases.summary.rankFirstJoint': ', yn gydradd uchaf o {ranked} ardal',
    'cases.summary.rank': ', yr {ordinal} uchaf o {ranked} ardal',
    'cases.summary.rankJoint': ', yn gydradd {ordinal} uchaf o {ranked} ardal',
    'cases.summary.changeSuppressed':
      'Yn {place}, roedd {measure} yn {when} yn {level}{rank}; nid yw’r newid o’i gymharu â’r 7 diwrnod blaenorol yn cael ei ddangos am fod y niferoedd yn rhy fach i’w cyhoeddi.',
    'cases.summary.noEarlier':
      'Yn {place}, roedd {measure} yn {when} yn {level}{rank}; nid oes ffigur cynharach i’w gymharu ag ef.',
    'cases.summary.unchanged': 'Yn {place}, roedd {measure} yn {when} heb newid, yn {level}{rank}.',
    'cases.summary.roseFromZero': 'Yn {place}, cododd {measure} yn {when} o ddim i {level}{rank}.',
    'cases.summary.fellFromZero': 'Yn {place}, gostyngodd {measure} yn {when} o ddim i {level}{rank}.',
    'cases.summary.rose': 'Yn {place}, cododd {measure} yn {when} {pct} i {level}{rank}.',
    'cases.summary.fell': 'Yn {place}, gostyngodd {measure} yn {when} {pct} i {level}{rank}.',

    'cases.chart.empty': 'Dim i’w lunio: ni chafodd unrhyw {unit} eu hadrodd.',
    'cases.chart.emptyRange': 'Dim i’w lunio: ni chafodd unrhyw {unit} eu hadrodd rhwng {from} a {to}.',
    'cases.chart.trend':
      'Nifer y {unit} bob dydd o {from} i {to}, fel barrau, gyda’r cyfartaledd 7 diwrnod fel llinell.',
    'cases.chart.trendPeak': 'Roedd y cyfartaledd 7 diwrnod ar ei uchaf, {value} y dydd, ar {date}.',
    'cases.chart.trendLastComplete': 'Ar {date}, y diwrnod cyflawn diwethaf, roedd yn {value} y dydd.',
    'cases.chart.trendSpanned': {
      forms: {
        zero: '{count} bar sy’n cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
        one: 'Mae un bar yn cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
        two: 'Mae {count} far yn cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
        few: 'Mae {count} bar yn cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
        many: 'Mae {count} bar yn cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
        other:
          'Mae {count} bar yn cwmpasu sawl diwrnod: hepgorodd y ffynhonnell ddyddiau, ac mae’r adroddiad nesaf ({reports}) yn eu cynnwys i gyd.',
      },
    },
    'cases.chart.trendSpannedReport': {
      by: 'days',
      forms: {
        zero: '{date}, am {days} diwrnod',
        one: '{date}, am {days} diwrnod',
        two: '{date}, am {days} ddiwrnod',
        few: '{date}, am {days} diwrnod',
        many: '{date}, am {days} diwrnod',
        other: '{date}, am {days} diwrnod',
      },
    },
    'cases.chart.trendMore': '{reports}; …',
    'cases.chart.trendLagged': {
      forms: {
        zero: 'Mae’r {count} diwrnod olaf wedi’u graddliwio: maen nhw’n dal yn anghyflawn.',
        one: 'Mae’r diwrnod olaf wedi’i raddliwio: mae’n dal yn anghyflawn.',
        two: 'Mae’r {count} ddiwrnod olaf wedi’u graddliwio: maen nhw’n dal yn anghyflawn.',
        few: 'Mae’r {count} diwrnod olaf wedi’u graddliwio: maen nhw’n dal yn anghyflawn.',
        many: 'Mae’r {count} diwrnod olaf wedi’u graddliwio: maen nhw’n dal yn anghyflawn.',
        other: 'Mae’r {count} diwrnod olaf wedi’u graddliwio: maen nhw’n dal yn anghyflawn.',
      },
    },
    'cases.chart.compareNone': 'Dim cyfraddau i’w dangos.',
    'cases.chart.compare': 'Cyfraddau 7 diwrnod fesul 100,000 o {from} i {to}, un llinell yr un ar gyfer {areas}.',
    'cases.chart.compareLine': '{area}: {rate} ar {date}.',
  },
};
