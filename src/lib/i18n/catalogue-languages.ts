/**
 * The languages that have a message catalogue, without the catalogues: code that only asks
 * whether a language has one (the config schema) need not load every language's messages.
 * catalogues.ts is typed against this list, so the two cannot drift apart.
 */
export const CATALOGUE_LANGUAGES = ['en-GB', 'cy', 'nl', 'da', 'de'] as const;

export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];
