/** English (en-GB): messages of site search (header box and /search/). */
export const messages = {
  'search.box.label': 'Site search',
  'search.box.inputLabel': 'Search areas, land and buildings, datasets and indicators',
  'search.box.results': 'Search results',
  'search.box.submit': 'Search',
  'search.page.title': 'Search',
  'search.page.description': 'Find areas, land and buildings, datasets and indicators.',
  'search.page.formLabel': 'Search the site',
  'search.page.inputLabel': 'Area, postcode, address, reference, dataset or indicator',
  'search.page.noScript':
    'Searching needs JavaScript in your browser. Without it, every area, indicator and dataset is listed below.',
  'search.page.noScriptAssets':
    'Searching needs JavaScript in your browser. Without it, every area, indicator and dataset is listed below, and land and buildings can be filtered on their own list.',
  'search.page.browse': 'Find things without searching',
  'search.page.land':
    'Land and buildings: the {page} page lists every one, with filters by status, area and owner that work without JavaScript.',
  'search.page.figures': 'Indicators and disease figures',
  'search.page.figureDisease': 'Disease tracking · {detail}',
  'search.page.figureIndicator': 'Indicator · {detail}',
  'search.page.datasets': 'Datasets',
  'search.page.areas': {
    forms: { one: 'The {count} area, by name', other: 'Every one of the {count} areas, by name' },
  },
} as const;
