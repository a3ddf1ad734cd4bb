/** Cymraeg (cy): messages of disease tracking pages, components, charts, sentences and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/cases.ts';

export const messages: NamespaceMessages<typeof source> = {
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
  'cases.chart.trend': 'Nifer y {unit} bob dydd o {from} i {to}, fel barrau, gyda’r cyfartaledd 7 diwrnod fel llinell.',
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
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
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
