/**
 * Text a council writes in its config (site title, dataset titles, community rights …) on a
 * site of several languages (`site.languages`). The data step writes each such text in the
 * default language where it always was, and the config's translations beside it, keyed by the
 * default-language text: `{ "Ailgylchu": { "en-GB": "Recycling" } }`. A page built in another
 * language reads each text through `configTextIn`, which gives the translation, or the default
 * text marked as a fallback when the config has none for that language; `shownLanguage` tells,
 * from a text as the translated manifest gives it, whether it is such a fallback.
 */

/** Default-language text → language tag → its translation. */
export type ConfigTranslations = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** One config text as a page of `language` shows it. */
export interface ConfigTextIn {
  text: string;
  /** The language `text` is in when it is not the page's (a fallback to the default language). */
  fallbackLanguage?: string;
}

/**
 * `text` (a default-language config text) as shown in `language`: its translation; the text
 * itself when the config gave one text for every language; the text marked as a fallback when
 * the config gave it per language but not in this one.
 */
export function configTextIn(
  text: string,
  language: string,
  defaultLanguage: string,
  translations: ConfigTranslations,
): ConfigTextIn {
  if (language === defaultLanguage) return { text };
  const per = translations[text];
  if (per === undefined) return { text };
  const translated = per[language];
  return translated === undefined ? { text, fallbackLanguage: defaultLanguage } : { text: translated };
}

/**
 * A copy of `value` (the manifest, parsed JSON) with every config text translated into
 * `language` (untranslated ones stay in the default language).
 */
export function translateConfigText<T>(
  value: T,
  language: string,
  defaultLanguage: string,
  translations: ConfigTranslations,
): T {
  if (language === defaultLanguage) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return configTextIn(v, language, defaultLanguage, translations).text;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Of a text as a page of `language` was given it (a string of the manifest once
 * `translateConfigText` has run, or any other text), the language it is shown in when that is
 * not the page's: a default-language text the config gives per language but not in this one.
 * A text that is also the translation of another into `language` is taken as that translation
 * (it reads right on the page whichever it came from). Returns a function, built once per
 * language, from the shown text to that language or undefined.
 */
export function shownLanguage(
  language: string,
  defaultLanguage: string,
  translations: ConfigTranslations,
): (shown: string) => string | undefined {
  if (language === defaultLanguage) return () => undefined;
  const translated = new Set<string>();
  const missing = new Set<string>();
  for (const [text, per] of Object.entries(translations)) {
    const into = per[language];
    if (into === undefined) missing.add(text);
    else translated.add(into);
  }
  return (shown) => (missing.has(shown) && !translated.has(shown) ? defaultLanguage : undefined);
}
