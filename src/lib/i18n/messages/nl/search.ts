/** Nederlands (nl): messages of site search (header box and /search/). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/search.ts';

export const messages: NamespaceMessages<typeof source> = {};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
