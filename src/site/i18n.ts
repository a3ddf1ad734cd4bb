/**
 * The site's interface language at build time: the catalogue of the language being built (on a
 * one-language site `site.locale`; on a site of several, `site.languages`, the language of the
 * pass the build runner is making, see src/site/site-languages.mjs), for pages and components,
 * the part of it a page hands to its script, and the config's own texts in that language.
 */
import { catalogueFor, translatorFor } from '../lib/i18n/catalogues.ts';
import { pageLanguagesOf } from '../lib/i18n/catalogue-languages.ts';
import type { MessageKey } from '../lib/i18n/catalogue.ts';
import {
  configTextIn,
  markText,
  markingTranslator,
  partsWithLanguages,
  shownLanguage,
  type ConfigTextIn,
  type TextPart,
} from '../lib/i18n/config-text.ts';
import { pickMessages, type Params, type Translator } from '../lib/i18n/translator.ts';
import { loadManifest } from './manifest.ts';
import { buildLanguage, siteLanguages, type SiteLanguage } from './site-languages.mjs';

/** The translator of the language being built. */
export function siteTranslator(): Translator {
  return translatorFor(loadManifest().site.locale);
}

/** The page's `lang` (`<html lang>`): the language its interface text is in. */
export function pageLanguage(): string {
  return pageLanguagesOf(loadManifest().site.locale).page;
}

/**
 * The language of the config's own text (titles, descriptions, labels) and of the data (area
 * and asset names, addresses) where the interface speaks another: a locale with no catalogue of
 * its own (`nb-NO`) shows the en-GB interface around Norwegian text. Undefined when the two are
 * the same (every locale with a catalogue, so every page of a site of several languages): put it
 * on an element of such text of its own (`lang={contentLanguage()}`, which Astro then leaves out).
 */
export function contentLanguage(): string | undefined {
  return pageLanguagesOf(loadManifest().site.locale).content;
}

/**
 * The messages `keys` of the language being built as JSON for a `<script type="application/json">`
 * block, with any `extra` values for the script (`<` escaped, so dataset text can never
 * close the block or read as markup), and, where the data's or the config's text is in another
 * language than the page's, which (`dataLanguage`, `textLanguages`: see src/client/text-parts.ts).
 */
export function scriptMessages(keys: readonly MessageKey[], extra: Record<string, unknown> = {}): string {
  const { locale } = loadManifest().site;
  const catalogue = catalogueFor(locale);
  const dataLanguage = contentLanguage();
  const textLanguages = fallbackTexts();
  return JSON.stringify({
    ...extra,
    locale,
    language: catalogue.language,
    ...(dataLanguage === undefined ? {} : { dataLanguage }),
    ...(Object.keys(textLanguages).length === 0 ? {} : { textLanguages }),
    messages: pickMessages(catalogue.messages, keys),
  }).replace(/</g, '\\u003c');
}

/**
 * The config texts this language's pages show in the default language (the config gives them per
 * language, not in this one), each with that language, as `configTextLanguage` tells them.
 */
export function fallbackTexts(): Record<string, string> {
  const { site } = loadManifest();
  const out: Record<string, string> = {};
  for (const text of Object.keys(site.translations ?? {})) {
    const lang = configTextLanguage(text);
    if (lang !== undefined) out[text] = lang;
  }
  return out;
}

/** Every language of the site, the default first, each with where its pages are. */
export function builtLanguages(): SiteLanguage[] {
  return siteLanguages({ ...loadManifest().site, locale: defaultLanguage() });
}

/** The language of the pages being built. */
export function currentLanguage(): SiteLanguage {
  return buildLanguage({ ...loadManifest().site, locale: defaultLanguage() });
}

/**
 * The language the config's text and the data are written in (the site's default), whose letters
 * fold into the slugs of addresses: the same in every language's pages.
 */
export function dataLanguage(): string {
  return defaultLanguage();
}

function defaultLanguage(): string {
  const { site } = loadManifest();
  return site.languages?.[0] ?? site.locale;
}

const shownIn = new Map<string, (shown: string) => string | undefined>();

/**
 * The language a config text (as the manifest of this language gives it) is shown in when that
 * is not the page's: the default language, for a text the config gives per language but not in
 * this one. Undefined for a translated text, a text the same in every language, and any other
 * text (data, interface messages).
 */
export function configTextLanguage(text: string): string | undefined {
  const { site } = loadManifest();
  let of = shownIn.get(site.locale);
  if (of === undefined) {
    of = shownLanguage(site.locale, defaultLanguage(), site.translations ?? {});
    shownIn.set(site.locale, of);
  }
  return of(text);
}

/**
 * The message `key` of the language being built, in parts: where a parameter is a config text
 * shown in the default language (not translated into this one), that part carries its `lang`
 * (render with `<Sentence>`: a `<span lang>` for it, the rest as text). The page names such texts
 * in its layout's `labels`, so the page's one note says they are in another language. Where
 * markup is impossible (an attribute, the document's `<title>`, an SVG `<title>`), use the plain
 * `t()` text: the sentence stays whole in the page's language, and the same text is marked
 * where the page shows it.
 */
export function sentence(key: MessageKey, params: Params = {}): TextPart[] {
  return partsWithLanguages(siteTranslator(), key, params, configTextLanguage);
}

/**
 * The translator of the language being built, marking config texts that fall back to the default
 * language wherever its messages take them as parameters (for sentence builders that take a
 * Translator): pass every text it gives through `markedParts` before showing it.
 */
export function markingSiteTranslator(): Translator {
  return markingTranslator(siteTranslator(), configTextLanguage);
}

/**
 * The config's or the data's own text (a dataset's title, an area's or an asset's name, a
 * dataset's noun for its records, the council's name) as a parameter of `sentence()` or of a
 * marking translator's message: marked with the language it is in where that is not the page's
 * (the data's language on a site whose interface speaks another, `contentLanguage`, or the
 * default language for a config text with no translation), so the sentence's parts put it in an
 * element of its own with that `lang` (WCAG 3.1.2). The text itself where it is in the page's
 * language, so such pages are unchanged. Only for text that goes through `markedParts` (a
 * `<Sentence>`), never into an attribute or a `<title>`, which cannot hold an element.
 */
export function contentText(text: string): string {
  return markText(text, configTextLanguage(text) ?? contentLanguage());
}

export { markText, markedParts } from '../lib/i18n/config-text.ts';

/** A config text as one part, marked with its `lang` when it falls back to the default language. */
export function textPart(text: string): TextPart {
  const lang = configTextLanguage(text);
  return lang === undefined ? { text } : { text, lang };
}

/**
 * A default-language config text as a data file gives it (the data step writes them in the
 * default language; the manifest is translated when it is loaded, the data files are not), in the
 * language being built: its translation, else the text itself.
 */
export function inPageLanguage(text: string): string {
  const { site } = loadManifest();
  return configTextIn(text, site.locale, defaultLanguage(), site.translations ?? {}).text;
}

/**
 * A config text (as the manifest of this language gives it: translated where the config
 * translates it) with, when the config gives it per language but not in this one, the language
 * it is shown in instead; `note` then says so, in the page's language. A text in the page's
 * language whose interface is in another (`contentLanguage`) has that as its `lang`, with no note.
 */
export function configText(text: string): ConfigTextIn & { note?: string; lang?: string } {
  const fallbackLanguage = configTextLanguage(text);
  if (fallbackLanguage === undefined) {
    const lang = contentLanguage();
    return lang === undefined ? { text } : { text, lang };
  }
  return { text, fallbackLanguage, note: fallbackNote('languages.fallback.note', fallbackLanguage) };
}

/**
 * The one note a page gives for the short config texts it shows marked only with their `lang`
 * (category names, labels, the site's name), when any of `texts` is shown in another language
 * than the page's; undefined when none is.
 */
export function labelsFallbackNote(texts: Iterable<string | null | undefined>): string | undefined {
  for (const text of texts) {
    const fallback = typeof text === 'string' ? configTextLanguage(text) : undefined;
    if (fallback !== undefined) return fallbackNote('languages.fallback.labels', fallback);
  }
  return undefined;
}

function fallbackNote(key: 'languages.fallback.note' | 'languages.fallback.labels', fallback: string): string {
  return siteTranslator().t(key, {
    language: languageName(loadManifest().site.locale),
    fallback: languageName(fallback),
  });
}

/** The name of a language in the language being built ("Welsh" on an English page). */
export function languageName(tag: string): string {
  const key = `languages.name.${catalogueFor(tag).language.replace('-', '')}` as MessageKey;
  return siteTranslator().t(key);
}

/** A language's name in that language ("Cymraeg"), for the language switch. */
export function ownLanguageName(tag: string): string {
  return catalogueFor(tag).name;
}

/**
 * Where `pathname` (a page's path as built, with its language's base) is in every language of
 * the site, the default first: `path` from the host's root, `href` the full address when the
 * config gives the host (`site.url`), else the same as `path`.
 */
export function pageInEveryLanguage(
  pathname: string,
): { language: string; path: string; href: string; current: boolean }[] {
  const { site } = loadManifest();
  const here = currentLanguage();
  const rest = pathname.startsWith(here.base) ? pathname.slice(here.base.length) : pathname.replace(/^\//, '');
  // The not-found page is written as `404.html` (what static hosts serve), not as a folder.
  const page = /^404\/?$/.test(rest) ? '404.html' : rest;
  return builtLanguages().map((l) => {
    const path = `${l.base}${page}`;
    return {
      language: l.language,
      path,
      href: site.url === undefined ? path : new URL(path, site.url).href,
      current: l.language === here.language,
    };
  });
}

/** True when the site is built in several languages (it then has a language switch). */
export function severalLanguages(): boolean {
  return builtLanguages().length > 1;
}
