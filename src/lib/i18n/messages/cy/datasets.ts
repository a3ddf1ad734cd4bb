/** Cymraeg (cy): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Hysbysiadau clefydau',
  'datasets.kind.assets': 'Tir ac adeiladau',
  'datasets.kind.indicator': 'Dangosydd',
  'datasets.open.cases': 'Agor y dangosfwrdd olrhain clefydau',
  'datasets.open.assets': 'Agor y map adeiladau a thir',
  'datasets.open.indicator': 'Agor tudalennau’r dangosyddion',
  'datasets.index.intro':
    'Mae pob rhes fewnbwn naill ai’n cael ei derbyn neu’n cael ei gwrthod gyda’r ffeil, y llinell, y golofn a’r rheswm. Mae tudalen pob set ddata yn dangos y cyfrif ac yn gadael i chi lawrlwytho pob rhes a wrthodwyd.',
  'datasets.index.datasets': 'Setiau data',
  'datasets.index.tally': {
    by: 'rows',
    forms: {
      zero: '{accepted} o {rows} rhes wedi’u derbyn',
      one: '{accepted} o {rows} rhes wedi’u derbyn',
      two: '{accepted} o {rows} rhes wedi’u derbyn',
      few: '{accepted} o {rows} rhes wedi’u derbyn',
      many: '{accepted} o {rows} rhes wedi’u derbyn',
      other: '{accepted} o {rows} rhes wedi’u derbyn',
    },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      zero: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
      one: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
      two: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
      few: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
      many: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
      other: '{accepted} o {rows} rhes wedi’u derbyn, {rejected} wedi’u gwrthod',
    },
  },
  'datasets.index.layers': 'Haenau ardal',
  'datasets.index.layerAreas': {
    forms: {
      zero: '{count} ardal.',
      one: '{count} ardal.',
      two: '{count} ardal.',
      few: '{count} ardal.',
      many: '{count} ardal.',
      other: '{count} ardal.',
    },
  },
  'datasets.index.areaList': 'Rhestr ardaloedd (JSON)',
  'datasets.index.boundaries': 'ffiniau wedi’u symleiddio (GeoJSON)',
  'datasets.page.description': 'Ffynhonnell a chyfrif rhesi {title}.',
  'datasets.page.source': 'Ffynhonnell',
  'datasets.page.downloads': 'Lawrlwythiadau',
  'datasets.download.assetsCsv': 'Pob ased, fel taenlen',
  'datasets.download.assetsGeojson': 'Pob ased, ar gyfer map (GeoJSON)',
  'datasets.download.assetsTable': 'Pob ased, tabl cryno y mae’r map yn ei ddarllen',
  'datasets.download.summary': 'Niferoedd yn ôl statws ac ardal',
  'datasets.download.sourceRows': 'Rhes pob ased fel y’i cyhoeddwyd yn y ffynhonnell',
  'datasets.download.outlines': 'Amlinellau asedau a roddwyd fel siapiau',
  'datasets.download.values': 'Gwerthoedd yn ôl ardal a chyfnod',
  'datasets.download.rejections': 'Rhesi a wrthodwyd, gyda ffeil, llinell a rheswm',
  'datasets.download.metricSummary': 'Crynodeb ({metric})',
  'datasets.download.metricMonthly': 'Niferoedd misol ({metric})',
  'datasets.download.indicator': 'Ffigurau’r dangosydd ({indicator})',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.index.tally',
  'datasets.index.tallyRejected',
  'datasets.index.layerAreas',
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.description',
];
