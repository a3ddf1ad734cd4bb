/** Nederlands (nl): messages of bilingual sites: the language switch and translation fallbacks. */
import type { NamespaceMessages, NamespaceReview } from '../../catalogue.ts';
import type { messages as source } from '../en-GB/languages.ts';

export const messages: NamespaceMessages<typeof source> = {
  'languages.switch.label': 'Taal',
  'languages.name.enGB': 'Engels',
  'languages.name.cy': 'Welsh',
  'languages.name.nl': 'Nederlands',
  'languages.name.da': 'Deens',
  'languages.name.de': 'Duits',
  'languages.fallback.note': 'Nog niet beschikbaar in het {language}: getoond in het {fallback}.',
  'languages.fallback.labels':
    'Sommige namen op deze pagina zijn nog niet beschikbaar in het {language}: ze worden getoond in het {fallback}.',
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
