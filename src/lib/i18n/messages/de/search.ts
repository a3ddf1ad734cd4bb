/** Deutsch (de): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Websitesuche',
  'search.box.inputLabel': 'Gebiete, Grundstücke und Gebäude, Datensätze und Indikatoren durchsuchen',
  'search.box.results': 'Suchergebnisse',
  'search.box.submit': 'Suchen',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
