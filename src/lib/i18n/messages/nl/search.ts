/** Nederlands (nl): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Zoeken op de site',
  'search.box.inputLabel': 'Zoek in gebieden, grond en gebouwen, datasets en indicatoren',
  'search.box.results': 'Zoekresultaten',
  'search.box.submit': 'Zoeken',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
