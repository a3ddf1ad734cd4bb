/**
 * Every interface language's catalogue, and the choice of one for a locale. Build-time
 * code imports this; browser code imports only `translator.ts` with the messages its
 * page hands it, so a page never downloads every language.
 */
import type { Catalogue } from './catalogue.ts';
import { createTranslator, type Translator } from './translator.ts';
import { enGB } from './messages/en-GB/index.ts';
import { cy } from './messages/cy/index.ts';
import { nl } from './messages/nl/index.ts';
import { da } from './messages/da/index.ts';
import { de } from './messages/de/index.ts';
import { catalogueLanguageOf, type CatalogueLanguage } from './catalogue-languages.ts';

/** The catalogues by language tag; `en-GB` is the source every other one follows. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  'en-GB': enGB,
  cy,
  nl,
  da,
  de,
} satisfies Record<CatalogueLanguage, Catalogue>;

/** The source language, and the fallback for a locale with no catalogue. */
export const SOURCE_LANGUAGE = 'en-GB';

/**
 * The catalogue for a BCP 47 locale: the catalogue of that exact tag, else of its
 * language (`cy-GB` → `cy`, `de-AT` → `de`, `en-US` → `en-GB`), else en-GB.
 */
export function catalogueFor(locale: string): Catalogue {
  return CATALOGUES[catalogueLanguageOf(locale)] as Catalogue;
}

const translators = new Map<string, Translator>();

/**
 * A translator for `locale`, over its whole catalogue: one per locale, since a build asks for
 * it in every component of every page and its `Intl` formatters are worth keeping.
 */
export function translatorFor(locale: string): Translator {
  let t = translators.get(locale);
  if (t === undefined) {
    const catalogue = catalogueFor(locale);
    t = createTranslator(locale, catalogue.messages, catalogue.language);
    translators.set(locale, t);
  }
  return t;
}
