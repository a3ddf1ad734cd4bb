/** English (en-GB): messages of the data and quality pages. */
export const messages = {
  'datasets.kind.cases': 'Disease notifications',
  'datasets.kind.assets': 'Land and buildings',
  'datasets.kind.indicator': 'Indicator',
  'datasets.open.cases': 'Open the disease tracking dashboard',
  'datasets.open.assets': 'Open the buildings and land map',
  'datasets.open.indicator': 'Open the indicator pages',
  'datasets.index.intro':
    "Every input row is either accepted or rejected with the file, line, column and reason. Each dataset's page shows the tally and lets you download every rejected row.",
  'datasets.index.datasets': 'Datasets',
  'datasets.index.tally': {
    by: 'rows',
    forms: { one: '{accepted} of {rows} row accepted', other: '{accepted} of {rows} rows accepted' },
  },
  'datasets.index.tallyRejected': {
    by: 'rows',
    forms: {
      one: '{accepted} of {rows} row accepted, {rejected} rejected',
      other: '{accepted} of {rows} rows accepted, {rejected} rejected',
    },
  },
  'datasets.index.layers': 'Area layers',
  'datasets.index.layerAreas': { forms: { one: '{count} area.', other: '{count} areas.' } },
  'datasets.index.areaList': 'Area list (JSON)',
  'datasets.index.boundaries': 'simplified boundaries (GeoJSON)',
  'datasets.page.description': 'Source and row accounting for {title}.',
  'datasets.page.source': 'Source',
  'datasets.page.downloads': 'Downloads',
  'datasets.download.assetsCsv': 'All assets, as a spreadsheet',
  'datasets.download.assetsGeojson': 'All assets, for a map (GeoJSON)',
  'datasets.download.assetsTable': 'All assets, compact table the map reads',
  'datasets.download.summary': 'Counts by status and area',
  'datasets.download.sourceRows': 'Each asset’s row as published in the source',
  'datasets.download.outlines': 'Outlines of assets given as shapes',
  'datasets.download.values': 'Values by area and period',
  'datasets.download.rejections': 'Rejected rows, with file, line and reason',
  'datasets.download.metricSummary': 'Summary ({metric})',
} as const;
