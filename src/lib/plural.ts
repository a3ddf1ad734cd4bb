/**
 * Counted nouns and verbs in messages and page text ("1 record is", "3 records are"),
 * chosen by Intl.PluralRules rather than "record(s)". Messages from the data step are in
 * English, so the default locale is `en`; pages pass the site's locale.
 */
const cache = new Map<string, Intl.PluralRules>();

/** One `Intl.PluralRules` per locale, kept: pages ask for it for every count they say. */
export function pluralRules(locale: string): Intl.PluralRules {
  let r = cache.get(locale);
  if (r === undefined) {
    r = new Intl.PluralRules(locale);
    cache.set(locale, r);
  }
  return r;
}

/** `one` when `n` takes the singular in `locale` ("1 row"), else `other`. */
export function plural(n: number, one: string, other: string, locale = 'en'): string {
  return pluralRules(locale).select(n) === 'one' ? one : other;
}

/** `n` and the noun in the right number: "1 row", "3 rows", "0 rows". */
export function countNoun(n: number, one: string, other: string, locale = 'en'): string {
  return `${n} ${plural(n, one, other, locale)}`;
}
