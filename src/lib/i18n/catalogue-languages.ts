/**
 * The languages that have a message catalogue, without the catalogues: code that only asks
 * whether a language has one (the config schema) need not load every language's messages.
 * catalogues.ts is typed against this list, so the two cannot drift apart.
 */
export const CATALOGUE_LANGUAGES = ['en-GB', 'cy', 'nl', 'da', 'de'] as const;

export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/**
 * The catalogue language a BCP 47 locale is shown in: the exact tag, else its language
 * (`cy-GB` → `cy`, `de-AT` → `de`, `en-US` → `en-GB`), else en-GB.
 */
export function catalogueLanguageOf(locale: string): CatalogueLanguage {
  const exact = CATALOGUE_LANGUAGES.find((tag) => tag.toLowerCase() === locale.toLowerCase());
  if (exact) return exact;
  const language = locale.split('-')[0]?.toLowerCase();
  return CATALOGUE_LANGUAGES.find((tag) => tag.split('-')[0]?.toLowerCase() === language) ?? 'en-GB';
}
