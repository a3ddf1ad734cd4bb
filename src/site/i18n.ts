/**
 * The site's interface language at build time: the catalogue chosen by `site.locale`
 * (see src/lib/i18n/catalogues.ts), for pages and components, and the part of it a
 * page hands to its script.
 */
import { catalogueFor, translatorFor } from '../lib/i18n/catalogues.ts';
import type { MessageKey } from '../lib/i18n/catalogue.ts';
import { pickMessages, type Translator } from '../lib/i18n/translator.ts';
import { loadManifest } from './manifest.ts';

/** The translator of the site's locale. */
export function siteTranslator(): Translator {
  return translatorFor(loadManifest().site.locale);
}

/**
 * The messages `keys` of the site's language as JSON for a `<script type="application/json">`
 * block, with any `extra` strings for the script (`<` escaped, so dataset text can never
 * close the block or read as markup).
 */
export function scriptMessages(keys: readonly MessageKey[], extra: Record<string, string> = {}): string {
  const { locale } = loadManifest().site;
  return JSON.stringify({ ...extra, locale, messages: pickMessages(catalogueFor(locale).messages, keys) }).replace(
    /</g,
    '\\u003c',
  );
}
