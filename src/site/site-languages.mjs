// The languages a site is built in (`site.languages` in the config, written to the manifest), and
// where each is built: the default language (the first) at the site root, each other under a
// prefix of its own (`<basePath>en/`). One-language sites have one language at the root, so they
// build exactly as before. Plain JavaScript: the build runner (src/tools/astro.mjs) reads it too.

/**
 * The path segment a language's pages are built under: none for the default language (the first
 * of `languages`), else its language subtag in lower case (`en-GB` → `en`), or the whole tag in
 * lower case when two of the languages share a subtag (`en-gb`, `en-us`).
 * @param {string} language
 * @param {readonly string[]} languages
 */
export function languagePrefix(language, languages) {
  if (language === languages[0]) return '';
  const sub = (/** @type {string} */ tag) => (tag.split('-')[0] ?? tag).toLowerCase();
  const shared = languages.filter((l) => sub(l) === sub(language)).length > 1;
  return shared ? language.toLowerCase() : sub(language);
}

/**
 * Every language of a site (default first), with its prefix and the base path its pages are
 * served under. `site` is the manifest's `site`: `languages` when configured, else its locale.
 * @param {{ basePath: string, locale: string, languages?: readonly string[] }} site
 * @returns {{ language: string, prefix: string, base: string }[]}
 */
export function siteLanguages(site) {
  const languages = site.languages && site.languages.length > 0 ? site.languages : [site.locale];
  return languages.map((language) => {
    const prefix = languagePrefix(language, languages);
    return { language, prefix, base: prefix === '' ? site.basePath : `${site.basePath}${prefix}/` };
  });
}

/**
 * The language being built: `ATLAS_BUILD_LANGUAGE`, which the build runner sets for each pass,
 * else the site's default language.
 * @param {{ basePath: string, locale: string, languages?: readonly string[] }} site
 */
export function buildLanguage(site) {
  const all = siteLanguages(site);
  const asked = process.env.ATLAS_BUILD_LANGUAGE;
  if (asked === undefined || asked === '') return /** @type {(typeof all)[number]} */ (all[0]);
  const found = all.find((l) => l.language === asked);
  if (!found)
    throw new Error(
      `ATLAS_BUILD_LANGUAGE is "${asked}", which is not one of the site's languages (${all.map((l) => l.language).join(', ')}).`,
    );
  return found;
}
