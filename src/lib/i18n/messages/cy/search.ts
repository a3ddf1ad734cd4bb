/** Cymraeg (cy): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {
  'search.box.label': 'Chwilio’r safle',
  'search.box.inputLabel': 'Chwilio ardaloedd, tir ac adeiladau, setiau data a dangosyddion',
  'search.box.results': 'Canlyniadau chwilio',
  'search.box.submit': 'Chwilio',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
