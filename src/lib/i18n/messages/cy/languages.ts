/** Cymraeg (cy): messages of bilingual sites: the language switch and translation fallbacks. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/languages.ts';

export const messages: NamespaceMessages<typeof source> = {
  'languages.switch.label': 'Iaith',
  'languages.name.enGB': 'Saesneg',
  'languages.name.cy': 'Cymraeg',
  'languages.name.nl': 'Iseldireg',
  'languages.name.da': 'Daneg',
  'languages.name.de': 'Almaeneg',
  'languages.fallback.note': 'Nid yw ar gael yn {language} eto: fe’i dangosir yn {fallback}.',
  'languages.fallback.labels':
    'Nid yw rhai enwau ar y dudalen hon ar gael yn {language} eto: fe’u dangosir yn {fallback}.',
};

/** Keys a native speaker must review. */
export const review: NamespaceReview<typeof source> = [
  // After “yn” a language name takes the soft mutation (“yn Gymraeg”, “yn Ddaneg”), which a placeholder cannot give.
  'languages.fallback.note',
  'languages.fallback.labels',
];
