/** Cymraeg (cy): messages of the data and quality pages. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/datasets.ts';

export const messages: NamespaceMessages<typeof source> = {};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
