/** Dansk (da): messages of the home page. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/home.ts';

export const messages: NamespaceMessages<typeof source> = {
  'home.description': 'Åbne data fra {council} som kort, diagrammer og tabeller.',
  'home.lede':
    'Åbne data udgivet af {council}, gjort til kort, diagrammer og tabeller, som du kan læse, kontrollere og hente. Hvert tal linker til sin kilde og til de rækker, der blev udeladt, og hvorfor.',
  'home.dashboards': 'Dashboards',
  'home.card.cases': 'Tilfælde over tid pr. område, rater pr. {per} indbyggere, ugentlig ændring og kort.',
  'home.card.assets':
    'Offentlig jord og offentlige bygninger, der står ledige eller er underudnyttede, og som lokale foreninger kan udvælge og overtage.',
  'home.card.indicator':
    'Hvert område sammenlignet med sit sammenligningsgrundlag, rangordnet og vist på kort, periode for periode, med en side pr. område.',
  'home.datasets.heading': 'Datasæt',
  'home.datasets.caption': 'Datasæt på dette site, med hvor mange rækker der blev accepteret',
  'home.datasets.dataset': 'Datasæt',
  'home.datasets.kind': 'Type',
  'home.datasets.source': 'Kilde',
  'home.datasets.rowsRead': 'Læste rækker',
  'home.datasets.rowsOrCellsRead': 'Læste rækker (eller celler)',
  'home.datasets.cells': { forms: { one: '{count} celle', other: '{count} celler' } },
  'home.datasets.captionCells': 'Datasæt på dette site, med hvor mange rækker (eller celler) der blev accepteret',
  'home.datasets.accepted': 'Accepteret',
  'home.datasets.rejected': 'Afvist',
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
