/** English (en-GB): messages of the home page. */
export const messages = {
  'home.description': 'Open data from {council}, as maps, charts and tables.',
  'home.lede':
    'Open data published by {council}, turned into maps, charts and tables you can read, check and download. Every figure links to its source and to the rows that were left out, and why.',
  'home.dashboards': 'Dashboards',
  'home.card.cases': 'Cases over time by area, rates per {per} people, weekly change and maps.',
  'home.card.assets':
    'Public land and buildings that are vacant or under-used, which community groups can shortlist and take over.',
  'home.card.indicator': 'Each area against its benchmark, ranked and mapped, period by period, with a page per area.',
  'home.datasets.heading': 'Datasets',
  'home.datasets.caption': 'Datasets on this site, with how many rows were accepted',
  'home.datasets.dataset': 'Dataset',
  'home.datasets.kind': 'Kind',
  'home.datasets.source': 'Source',
  'home.datasets.rowsRead': 'Rows read',
  'home.datasets.rowsOrCellsRead': 'Rows (or cells) read',
  'home.datasets.cells': { forms: { one: '{count} cell', other: '{count} cells' } },
  'home.datasets.captionCells': 'Datasets on this site, with how many rows (or cells) were accepted',
  'home.datasets.accepted': 'Accepted',
  'home.datasets.rejected': 'Rejected',
} as const;
