/** The translator of a page's script, from the messages the page gave it as JSON (see src/site/i18n.ts). */
import type { Messages } from '../lib/i18n/catalogue.ts';
import { createTranslator, type Translator } from '../lib/i18n/translator.ts';
import type { CountedLabel } from '../lib/i18n/counted-label.ts';

/** Everything in a page's JSON block: the locale, the messages and any strings the page added. */
export interface PageData {
  locale?: string;
  /** The language the messages are written in (their catalogue's tag), when not the locale's. */
  language?: string;
  messages?: Partial<Messages>;
  title?: string;
  /** The language of `title` where it is not the page's (the data's, or the default one). */
  titleLang?: string;
  /** The language of the data's text (names, addresses) and the config's, when the interface speaks another. */
  dataLanguage?: string;
  /** Config texts shown in the default language (no translation into the page's) → that language. */
  textLanguages?: Record<string, string>;
  /** On a roll-up's disease pages: the noun a partial sum counts its areas with, and its forms. */
  partOf?: CountedLabel;
}

export function pageData(block: Element | null): PageData {
  return JSON.parse(block?.textContent ?? '{}') as PageData;
}

export function pageTranslator(block: Element | null): Translator {
  const { locale, language, messages } = pageData(block);
  const tag = locale ?? document.documentElement.lang;
  return createTranslator(tag, messages ?? {}, language ?? tag);
}
