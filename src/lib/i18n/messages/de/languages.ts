/** Deutsch (de): messages of bilingual sites: the language switch and translation fallbacks. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/languages.ts';

export const messages: NamespaceMessages<typeof source> = {
  'languages.switch.label': 'Sprache',
  'languages.name.enGB': 'Englisch',
  'languages.name.cy': 'Walisisch',
  'languages.name.nl': 'Niederländisch',
  'languages.name.da': 'Dänisch',
  'languages.name.de': 'Deutsch',
  'languages.fallback.note': 'Noch nicht auf {language} verfügbar: auf {fallback} angezeigt.',
  'languages.fallback.labels':
    'Einige Namen auf dieser Seite sind noch nicht auf {language} verfügbar: Sie werden auf {fallback} angezeigt.',
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
