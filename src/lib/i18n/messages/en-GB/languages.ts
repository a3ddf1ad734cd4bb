/** English (en-GB): messages of bilingual sites: the language switch and translation fallbacks. */
export const messages = {
  'languages.switch.label': 'Language',
  'languages.name.enGB': 'English',
  'languages.name.cy': 'Welsh',
  'languages.name.nl': 'Dutch',
  'languages.name.da': 'Danish',
  'languages.name.de': 'German',
  'languages.fallback.note': 'Not yet available in {language}: shown in {fallback}.',
  'languages.fallback.labels':
    'Some names on this page are not yet available in {language}: they are shown in {fallback}.',
} as const;
