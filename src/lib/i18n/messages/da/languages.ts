/** Dansk (da): messages of bilingual sites: the language switch and translation fallbacks. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/languages.ts';

export const messages: NamespaceMessages<typeof source> = {
  'languages.switch.label': 'Sprog',
  'languages.name.enGB': 'engelsk',
  'languages.name.cy': 'walisisk',
  'languages.name.nl': 'nederlandsk',
  'languages.name.da': 'dansk',
  'languages.name.de': 'tysk',
  'languages.fallback.note': 'Endnu ikke tilgængelig på {language}: vist på {fallback}.',
  'languages.fallback.labels':
    'Nogle navne på denne side er endnu ikke tilgængelige på {language}: de vises på {fallback}.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  'languages.switch.label',
  'languages.name.enGB',
  'languages.name.cy',
  'languages.name.nl',
  'languages.name.da',
  'languages.name.de',
  'languages.fallback.note',
  'languages.fallback.labels',
];
