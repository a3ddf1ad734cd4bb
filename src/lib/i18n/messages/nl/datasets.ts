/** Nederlands (nl): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {
  'datasets.kind.cases': 'Meldingen van infectieziekten',
  'datasets.kind.assets': 'Grond en gebouwen',
  'datasets.kind.indicator': 'Indicator',
  'datasets.open.cases': 'Open het dashboard infectieziekten',
  'datasets.open.assets': 'Open de kaart van gebouwen en grond',
  'datasets.open.indicator': 'Open de indicatorpagina’s',
  'datasets.index.intro':
    'Elke ingelezen rij wordt geaccepteerd of afgewezen, met bestand, regel, kolom en reden. De pagina van elke dataset toont de telling, en u kunt er alle afgewezen rijen downloaden.',
  'datasets.index.datasets': 'Datasets',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} van {rows} rij geaccepteerd', other: '{accepted} van {rows} rijen geaccepteerd' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} van {rows} rij geaccepteerd, {rejected} afgewezen',
      other: '{accepted} van {rows} rijen geaccepteerd, {rejected} afgewezen',
    },
  },
  'datasets.index.layers': 'Gebiedslagen',
  'datasets.index.layerAreas': { forms: { one: '{count} gebied.', other: '{count} gebieden.' } },
  'datasets.index.areaList': 'Lijst van gebieden (JSON)',
  'datasets.index.boundaries': 'vereenvoudigde grenzen (GeoJSON)',
  'datasets.page.description': 'Bron en verantwoording van de rijen van {title}.',
  'datasets.page.source': 'Bron',
  'datasets.page.downloads': 'Downloads',
  'datasets.download.assetsCsv': 'Alle objecten, als spreadsheet',
  'datasets.download.assetsGeojson': 'Alle objecten, voor een kaart (GeoJSON)',
  'datasets.download.assetsTable': 'Alle objecten, compacte tabel voor de kaart',
  'datasets.download.summary': 'Aantallen per status en gebied',
  'datasets.download.sourceRows': 'De rij van elk object zoals gepubliceerd in de bron',
  'datasets.download.outlines': 'Contouren van objecten die als vorm zijn opgegeven',
  'datasets.download.values': 'Waarden per gebied en periode',
  'datasets.download.rejections': 'Afgewezen rijen, met bestand, regel en reden',
  'datasets.download.metricSummary': 'Samenvatting ({metric})',
  'datasets.download.metricMonthly': 'Aantallen per maand ({metric})',
  'datasets.download.indicator': 'Cijfers van de indicator ({indicator})',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'datasets.download.assetsTable',
  'datasets.download.outlines',
  'datasets.page.description',
];
