/** Nederlands (nl): messages of components shared by several dashboards (sources, row accounting, chart frames, pickers, keys). */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/common.ts';

export const messages: NamespaceMessages<typeof source> = {};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [];
