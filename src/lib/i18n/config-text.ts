/**
 * Text a council writes in its config (site title, dataset titles, community rights …) on a
 * site of several languages (`site.languages`). The data step writes each such text in the
 * default language where it always was, and the config's translations beside it, keyed by the
 * default-language text: `{ "Ailgylchu": { "en-GB": "Recycling" } }`. A page built in another
 * language reads each text through `configTextIn`, which gives the translation, or the default
 * text marked as a fallback when the config has none for that language; `shownLanguage` tells,
 * from a text as the translated manifest gives it, whether it is such a fallback.
 */
import type { MessageKey } from './catalogue.ts';
import type { Params, Translator } from './translator.ts';

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

/** A piece of a sentence: text in the page's language, or a config text in `lang`. */
export interface TextPart {
  text: string;
  /** Set on a config text shown in another language than the page's (a fallback). */
  lang?: string;
}

// Private-use characters around a marked text: no message, config or data text uses them.
const OPEN = '\uE002';
const MID = '\uE003';
const CLOSE = '\uE004';
const MARKED = /\uE002([^\uE003]*)\uE003([^\uE004]*)\uE004/g;
const ANY_MARK = /[\uE002-\uE004]/g;

/**
 * `t` whose messages mark each parameter that is a config text shown in another language than
 * the page's (`languageOf` tells, e.g. `configTextLanguage`), so code that builds sentences from
 * messages (summaries, captions) needs no change to keep that text's language: split what it
 * returns with `markedParts`, which every use of this translator's text must do.
 */
export function markingTranslator(t: Translator, languageOf: (text: string) => string | undefined): Translator {
  return {
    ...t,
    t: (key, params = {}) =>
      t.t(
        key,
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => {
            if (typeof value !== 'string') return [name, value];
            const lang = languageOf(value);
            return [name, markText(value, lang)];
          }),
        ),
      ),
  };
}

/**
 * `text` marked as in `lang`, as a `markingTranslator` marks a parameter (for text a page changes
 * first, e.g. lower case, and for the config's and the data's text in a sentence of another
 * language). The text is the data's: any mark character in it is dropped, so it can never end a
 * mark early or choose a part's `lang`.
 */
export function markText(text: string, lang: string | undefined): string {
  return lang === undefined ? text : `${OPEN}${lang.replace(ANY_MARK, '')}${MID}${text.replace(ANY_MARK, '')}${CLOSE}`;
}

/** Text from a `markingTranslator` in parts: the marked config texts with their `lang`. */
export function markedParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKED)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[2] as string, lang: m[1] as string });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  // A mark cut by string handling (it never should be) is dropped, not shown.
  return parts.map((p) => ({ ...p, text: p.text.replace(ANY_MARK, '') }));
}

/** Parts as plain text (for an attribute, a `<title>` or a script, where markup is impossible). */
export function partsText(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** The message `key` filled with `params`, in parts: each config-text parameter `languageOf` places in another language marked. */
export function partsWithLanguages(
  t: Translator,
  key: MessageKey,
  params: Params,
  languageOf: (text: string) => string | undefined,
): TextPart[] {
  return markedParts(markingTranslator(t, languageOf).t(key, params));
}
