/** Dansk (da): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Søg på sitet',
  'search.box.inputLabel': 'Søg i områder, jord og bygninger, datasæt og indikatorer',
  'search.box.results': 'Søgeresultater',
  'search.box.submit': 'Søg',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
