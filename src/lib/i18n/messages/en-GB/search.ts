/** English (en-GB): messages of site search (header box and /search/). */
export const messages = {
  'search.box.label': 'Site search',
  'search.box.inputLabel': 'Search areas, land and buildings, datasets and indicators',
  'search.box.results': 'Search results',
  'search.box.submit': 'Search',
} as const;
