/** Deutsch (de): messages of buildings and land pages, components, maps and their scripts. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/assets.ts';

export const messages: NamespaceMessages<typeof source> = {};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
