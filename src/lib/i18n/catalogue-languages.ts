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

/** The languages of a page built for `locale`: its interface's, and its text's when that differs. */
export interface PageLanguages {
  /** The `<html lang>`: the language the interface text is in (the locale itself when its catalogue speaks it). */
  page: string;
  /**
   * The language the config's own text and the data are in, set only when the interface is in
   * another (a locale with no catalogue of its own, `nb-NO`): such text is marked with it.
   */
  content?: string;
}

/**
 * The languages of a page built for `locale`. A locale whose catalogue speaks its language
 * (`en-GB`, `cy-GB` → `cy`, `de-AT` → `de`) keeps it as the page's language, with nothing to mark;
 * one with no catalogue (`nb-NO`, shown in en-GB) has the catalogue's language as the page's,
 * so a screen reader reads the interface in the right voice, and its own for the text it marks.
 */
export function pageLanguagesOf(locale: string): PageLanguages {
  const catalogue = catalogueLanguageOf(locale);
  const primary = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';
  return primary(catalogue) === primary(locale) ? { page: locale } : { page: catalogue, content: locale };
}
