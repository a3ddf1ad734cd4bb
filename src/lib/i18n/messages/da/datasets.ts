/** Dansk (da): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Anmeldelser af sygdomme',
  'datasets.kind.assets': 'Jord og bygninger',
  'datasets.kind.indicator': 'Indikator',
  'datasets.open.cases': 'Åbn dashboardet for sygdomsovervågning',
  'datasets.open.assets': 'Åbn kortet over bygninger og jord',
  'datasets.open.indicator': 'Åbn indikatorsiderne',
  'datasets.index.intro':
    'Hver indlæst række bliver enten accepteret eller afvist med fil, linje, kolonne og årsag. Hvert datasæts side viser optællingen, og du kan hente alle afviste rækker.',
  'datasets.index.datasets': 'Datasæt',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} af {rows} række accepteret', other: '{accepted} af {rows} rækker accepteret' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} af {rows} række accepteret, {rejected} afvist',
      other: '{accepted} af {rows} rækker accepteret, {rejected} afvist',
    },
  },
  'datasets.index.layers': 'Områdelag',
  'datasets.index.layerAreas': { forms: { one: '{count} område.', other: '{count} områder.' } },
  'datasets.index.areaList': 'Liste over områder (JSON)',
  'datasets.index.boundaries': 'forenklede grænser (GeoJSON)',
  'datasets.page.description': 'Kilde og rækkeregnskab for {title}.',
  'datasets.page.source': 'Kilde',
  'datasets.page.downloads': 'Filer at hente',
  'datasets.download.assetsCsv': 'Alle aktiver som regneark',
  'datasets.download.assetsGeojson': 'Alle aktiver til et kort (GeoJSON)',
  'datasets.download.assetsTable': 'Alle aktiver, kompakt tabel som kortet læser',
  'datasets.download.summary': 'Antal efter status og område',
  'datasets.download.sourceRows': 'Hvert aktivs række som offentliggjort i kilden',
  'datasets.download.outlines': 'Omrids af aktiver angivet som figurer',
  'datasets.download.values': 'Værdier efter område og periode',
  'datasets.download.rejections': 'Afviste rækker med fil, linje og årsag',
  'datasets.download.metricSummary': 'Oversigt ({metric})',
  'datasets.download.metricMonthly': 'Månedlige antal ({metric})',
  'datasets.download.indicator': 'Indikatorens tal ({indicator})',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.downloads',
];
