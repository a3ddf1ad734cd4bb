import { keepsNounCapitals } from '../i18n/keeps-noun-capitals.ts';

/**
 * A metric or layer label as it reads inside a sentence of `locale`: "Cases" →
 * "cases", but "COVID-19 cases" and "MMR uptake" keep their capitals (acronyms),
 * and so does every label in a language that capitalises nouns ("Fälle" stays
 * "Fälle" in German). Without a locale the label is treated as English.
 */
export function measureNoun(label: string, locale = 'en'): string {
  const trimmed = label.trim();
  if (keepsNounCapitals(locale)) return trimmed;
  if (trimmed.length < 2) return trimmed.toLowerCase();
  const [first, second] = [trimmed[0] as string, trimmed[1] as string];
  return second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + trimmed.slice(1)
    : trimmed;
}

/**
 * A plural noun counting areas ("Gebiete", a layer's label) as it reads after a preposition that
 * takes the dative, in a language that declines it there: German adds -n to a plural that ends in
 * neither -n nor -s ("in allen 14 Gebieten", "von 94 Bezirken"; "Gemeinden", "Kantons" stay). The
 * German sentences that count areas ("In {place} stiegen …", "auf {count} von {total} {areas}")
 * all put them after such a preposition. Other languages keep the noun as it is.
 */
export function dativePlural(noun: string, locale: string): string {
  if (!/^de\b/i.test(locale)) return noun;
  return /[ns]$/i.test(noun.trim()) ? noun : `${noun}n`;
}
