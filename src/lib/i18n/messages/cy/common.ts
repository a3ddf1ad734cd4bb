/** Cymraeg (cy): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/common.ts';

export const messages: NamespaceMessages<typeof source> = {
  'common.source.publisher': 'Cyhoeddwyd gan',
  'common.source.licence': 'Trwydded',
  'common.source.attribution': 'Priodoliad',
  'common.source.updated': 'Diweddarwyd ddiwethaf gan y cyhoeddwr',
  'common.source.notes': 'Nodiadau',
  'common.picker.label': 'Ychwanegu ardal i’w chymharu (hyd at {max})',
  'common.picker.hint': 'Teipiwch ran o’i enw neu o’i god, yna dewiswch ef o’r awgrymiadau.',
  'common.picker.add': 'Ychwanegu',
  'common.picker.chosen': 'Ardaloedd a ychwanegwyd at y gymhariaeth',
  'common.accounting.heading': 'Cyfrif am bob rhes',
  'common.accounting.read': {
    by: 'n',
    forms: {
      zero: '{count} rhes wedi’u darllen',
      one: '{count} rhes wedi’i darllen',
      two: '{count} rhes wedi’u darllen',
      few: '{count} rhes wedi’u darllen',
      many: '{count} rhes wedi’u darllen',
      other: '{count} rhes wedi’u darllen',
    },
  },
  'common.accounting.accepted': '{count} wedi’u derbyn',
  'common.accounting.rejected': '{count} wedi’u gwrthod',
  'common.accounting.chartTitle': 'Rhesi a dderbyniwyd ac a wrthodwyd',
  'common.accounting.description': {
    by: 'rows',
    forms: {
      zero: '{rows} rhes wedi’u darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
      one: '{rows} rhes wedi’i darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
      two: '{rows} rhes wedi’u darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
      few: '{rows} rhes wedi’u darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
      many: '{rows} rhes wedi’u darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
      other:
        '{rows} rhes wedi’u darllen: {accepted} wedi’u derbyn a {rejected} wedi’u gwrthod. Mae’r tabl isod yn rhoi pob rheswm dros wrthod.',
    },
  },
  'common.accounting.caption': 'Rhesi yn ôl canlyniad.',
  'common.accounting.captionCompressed':
    'Rhesi yn ôl canlyniad (mae’r echelin wedi’i chywasgu fel bod niferoedd bach yn dal i’w gweld).',
  'common.accounting.tableLabel': 'Rhesi yn ôl canlyniad, tabl',
  'common.accounting.tableCaption': 'Rhesi yn ôl canlyniad',
  'common.accounting.outcome': 'Canlyniad',
  'common.accounting.rows': 'Rhesi',
  'common.accounting.barAccepted': 'Derbyniwyd',
  'common.accounting.barRejected': 'Gwrthodwyd: {reason}',
  'common.accounting.download':
    'Lawrlwytho pob rhes a wrthodwyd (CSV: ffeil, llinell, colofn, rheswm, gwerth, a chod, enw a dyddiad y rhes)',
  'common.accounting.unknown.heading': 'Codau ardal nad ydynt yn cyfateb i unrhyw ardal',
  'common.accounting.unknown.hintsIntro':
    'Cafodd rhesi â’r codau hyn eu gwrthod. Sut mae’r codau’n edrych, a beth fyddai’n eu cysylltu:',
  'common.accounting.unknown.rejected': 'Cafodd rhesi â’r codau hyn eu gwrthod.',
  'common.accounting.unknown.label': 'Codau ardal anhysbys',
  'common.accounting.unknown.code': 'Cod',
  'common.accounting.unknown.name': 'Enw yn y ffeil',
  'common.accounting.warnings': 'Rhybuddion',
  'common.accounting.first.heading': 'Y rhesi cyntaf a wrthodwyd',
  'common.accounting.first.caption': {
    forms: {
      zero: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
      one: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
      two: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
      few: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
      many: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
      other: 'Y {shown} cyntaf o {count} rhes a wrthodwyd',
    },
  },
  'common.accounting.col.file': 'Ffeil',
  'common.accounting.col.line': 'Llinell',
  'common.accounting.col.column': 'Colofn',
  'common.accounting.col.reason': 'Rheswm',
  'common.accounting.col.value': 'Gwerth',
  'common.accounting.col.about': 'Am beth mae’r rhes',
  'common.accounting.wholeRow': '(y rhes gyfan)',
  'common.accounting.filesRead': 'Ffeiliau a ddarllenwyd',
  'common.accounting.file.features': {
    forms: {
      zero: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
      one: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
      two: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
      few: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
      many: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
      other: '{count} nodwedd (GeoJSON neu TopoJSON, un rhes i bob nodwedd)',
    },
  },
  'common.accounting.file.rows': {
    forms: {
      zero: '{count} rhes',
      one: '{count} rhes',
      two: '{count} rhes',
      few: '{count} rhes',
      many: '{count} rhes',
      other: '{count} rhes',
    },
  },
  'common.accounting.file.encodingDetected': '{encoding} (wedi’i ganfod)',
  'common.accounting.file.delimiter': 'amffinydd “{delimiter}”',
  'common.accounting.file.delimiterTab': 'amffinydd tab',
  'common.accounting.file.blank': {
    forms: {
      zero: '{count} llinell wag wedi’u hepgor',
      one: '{count} llinell wag wedi’i hepgor',
      two: '{count} llinell wag wedi’u hepgor',
      few: '{count} llinell wag wedi’u hepgor',
      many: '{count} llinell wag wedi’u hepgor',
      other: '{count} llinell wag wedi’u hepgor',
    },
  },
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'common.accounting.accepted',
  'common.accounting.rejected',
  'common.accounting.read',
  'common.accounting.description',
  'common.accounting.first.caption',
  'common.accounting.file.features',
  'common.accounting.file.rows',
  'common.accounting.file.blank',
  'common.accounting.heading',
  'common.accounting.col.about',
  'common.source.attribution',
  'common.accounting.file.delimiter',
  'common.accounting.file.delimiterTab',
];
