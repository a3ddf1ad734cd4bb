/** Nederlands (nl): messages of the home page. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/home.ts';

export const messages: NamespaceMessages<typeof source> = {
  'home.description': 'Open data van {council}, als kaarten, grafieken en tabellen.',
  'home.lede':
    'Open data gepubliceerd door {council}, omgezet in kaarten, grafieken en tabellen die u kunt lezen, controleren en downloaden. Elk cijfer verwijst naar de bron en naar de rijen die zijn weggelaten, en waarom.',
  'home.dashboards': 'Dashboards',
  'home.card.cases': 'Gevallen in de tijd per gebied, cijfers per {per} inwoners, verandering per week en kaarten.',
  'home.card.assets':
    'Publieke grond en gebouwen die leegstaan of onderbenut zijn, die bewonersgroepen kunnen selecteren en overnemen.',
  'home.card.indicator':
    'Elk gebied vergeleken met zijn referentiewaarde, gerangschikt en op de kaart, periode na periode, met een pagina per gebied.',
  'home.datasets.heading': 'Datasets',
  'home.datasets.caption': 'Datasets op deze site, met hoeveel rijen zijn geaccepteerd',
  'home.datasets.dataset': 'Dataset',
  'home.datasets.kind': 'Soort',
  'home.datasets.source': 'Bron',
  'home.datasets.rowsRead': 'Gelezen rijen',
  'home.datasets.rowsOrCellsRead': 'Gelezen rijen (of cellen)',
  'home.datasets.cells': { forms: { one: '{count} cel', other: '{count} cellen' } },
  'home.datasets.captionCells': 'Datasets op deze site, met hoeveel rijen (of cellen) zijn geaccepteerd',
  'home.datasets.accepted': 'Geaccepteerd',
  'home.datasets.rejected': 'Afgewezen',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'home.description',
  'home.lede',
  'home.dashboards',
  'home.card.cases',
  'home.card.assets',
  'home.card.indicator',
  'home.datasets.heading',
  'home.datasets.caption',
  'home.datasets.dataset',
  'home.datasets.kind',
  'home.datasets.source',
  'home.datasets.rowsRead',
  'home.datasets.accepted',
  'home.datasets.rejected',
];
