/** English (en-GB): messages of bilingual sites: the language switch and translation fallbacks. */
export const messages = {} as const;
