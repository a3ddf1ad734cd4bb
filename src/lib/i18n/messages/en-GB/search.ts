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
  'search.kind.area': 'Area',
  'search.kind.indicator': 'Indicator',
  'search.kind.disease': 'Disease',
  'search.kind.dataset': 'Dataset',
  'search.kind.asset': 'Land or building',
  'search.client.short': 'Type at least 2 letters or digits to search.',
  'search.client.none': 'No results.',
  'search.client.choose': 'Use the down arrow to choose one, Enter to open it.',
  'search.client.partial': 'The first {shown} of many results: type more to narrow them.',
  'search.client.more': '{total} results, the first {shown} listed.',
  'search.client.moreAll': 'Enter without choosing lists them all.',
  'search.client.count': { by: 'total', forms: { one: '{total} result.', other: '{total} results.' } },
  'search.client.unavailable': 'Search is not available just now: press Enter to go to the search page.',
  'search.page.prompt': 'Type a name, postcode, address, reference or code and press Enter.',
  'search.page.searching': 'Searching…',
  'search.page.none': 'No results for “{query}”.',
  'search.page.partial': 'The first {shown} of many results for “{query}”: add more letters or words to narrow them.',
  'search.page.more': '{total} results for “{query}”, the first {shown} listed: add words to narrow them.',
  'search.page.count': {
    by: 'total',
    forms: { one: '{total} result for “{query}”.', other: '{total} results for “{query}”.' },
  },
  'search.page.unavailable': 'Search is not available just now. Every area, indicator and dataset is listed below.',
  'search.page.areasLetters': {
    forms: { one: '{count} area, listed by initial letter', other: '{count} areas, listed by initial letter' },
  },
  'search.areaList.title': '{layer}: every area by name',
  'search.areaList.intro': {
    forms: {
      one: '{count} area, A to Z, on a page per initial letter. Each links to its profile.',
      other: '{count} areas, A to Z, on a page per initial letter. Each links to its profile.',
    },
  },
  'search.areaList.introPage': {
    by: 'total',
    forms: {
      one: '{count} of the {total} area: {first} to {last}. Each links to its profile.',
      other: '{count} of the {total} areas: {first} to {last}. Each links to its profile.',
    },
  },
} as const;
