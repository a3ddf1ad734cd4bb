/**
 * Resolves the texts a config gives per language (`{ cy: "Ailgylchu", "en-GB": "Recycling" }`)
 * once the config is parsed: each becomes its default-language text, which is what the pipeline
 * and the manifest carry, and its translations are collected by that text for the pages of the
 * other languages (src/lib/i18n/config-text.ts), with an entry (maybe empty) for every text given
 * per language, so a language it lacks is known. A text given as one string is the same in every
 * language and has no entry.
 */
import type { ConfigTranslations } from '../../lib/i18n/config-text.ts';

export interface ResolvedConfigText<T> {
  config: T;
  translations: ConfigTranslations;
  /** "key.path: problem" lines, for the config error. */
  problems: string[];
}

/**
 * Walks `config`: an object whose values are all strings and whose keys include one of
 * `languages` is a per-language text. Each must give the default language (the first); a key that
 * is not one of `languages` is a problem, as is one default-language text translated two ways.
 */
export function resolveConfigText<T>(config: T, languages: readonly string[]): ResolvedConfigText<T> {
  const defaultLanguage = languages[0] as string;
  const byLower = new Map(languages.map((l) => [l.toLowerCase(), l]));
  const translations: Record<string, Record<string, string>> = {};
  const firstSeenAt = new Map<string, string>();
  const problems: string[] = [];
  const keyOf = (path: readonly (string | number)[]) =>
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '');

  const isPerLanguage = (v: object): v is Record<string, string> => {
    const entries = Object.entries(v);
    return (
      entries.length > 0 &&
      entries.every(([, x]) => typeof x === 'string') &&
      entries.some(([k]) => byLower.has(k.toLowerCase()))
    );
  };

  const resolve = (texts: Record<string, string>, path: readonly (string | number)[]): string => {
    const key = keyOf(path);
    const known: Record<string, string> = {};
    for (const [k, text] of Object.entries(texts)) {
      const language = byLower.get(k.toLowerCase());
      if (language === undefined) {
        problems.push(
          `${key}: "${k}" is not one of the site's languages (${languages.join(', ')}); give the text in those (site.languages lists them).`,
        );
      } else known[language] = text;
    }
    const base = known[defaultLanguage];
    if (base === undefined) {
      problems.push(
        `${key}: no text in ${defaultLanguage}, the site's default language (the first of site.languages); every text needs it, as the other languages fall back to it.`,
      );
      return Object.values(known)[0] ?? '';
    }
    // Recorded even with no other language, so the pages of those languages can say it is missing.
    const others = Object.entries(known).filter(([l]) => l !== defaultLanguage);
    const before = translations[base];
    if (before !== undefined) {
      for (const [l, text] of others) {
        if (before[l] !== undefined && before[l] !== text) {
          problems.push(
            `${key}: "${base}" is translated into ${l} as "${text}" here and as "${before[l]}" at ${firstSeenAt.get(base)}; the same ${defaultLanguage} text must have one translation per language.`,
          );
        }
      }
      translations[base] = { ...Object.fromEntries(others), ...before };
    } else {
      translations[base] = Object.fromEntries(others);
      firstSeenAt.set(base, key);
    }
    return base;
  };

  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v !== null && typeof v === 'object') {
      if (isPerLanguage(v)) return resolve(v, path);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    }
    return v;
  };
  const resolved = walk(config, []) as T;
  // Sorted by text, so the same config writes the same manifest.
  const sorted = Object.fromEntries(
    Object.keys(translations)
      .sort()
      .map((k) => [
        k,
        Object.fromEntries(Object.entries(translations[k] ?? {}).sort(([a], [b]) => a.localeCompare(b))),
      ]),
  );
  return { config: resolved, translations: sorted, problems };
}
