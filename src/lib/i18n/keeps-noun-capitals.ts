/**
 * Whether a language writes every noun with a capital, so a label from config
 * ("Fälle", "Stadtteile") must keep its first letter inside a sentence: German
 * and Luxembourgish. `locale` is a BCP 47 tag ("de-DE", "de"); case is ignored.
 */
const NOUN_CAPITAL_LANGUAGES = new Set(['de', 'lb']);

export function keepsNounCapitals(locale: string): boolean {
  return NOUN_CAPITAL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '');
}
