/** Cymraeg (cy): messages of area pages and area profiles. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/areas.ts';

export const messages: NamespaceMessages<typeof source> = {};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
