/**
 * A label from config or a catalogue ("Wards", "Vacant") as it reads inside a sentence of the
 * translator's language: lower case ("the 18 wards"), except in languages that write every noun
 * with a capital ("die 18 Stadtteile"). A label shown in another language than the page's (a
 * fallback to the default language, `textLanguage`) follows its own language's rule.
 */
import type { Translator } from '../i18n/translator.ts';
import { keepsNounCapitals } from '../i18n/keeps-noun-capitals.ts';

export function inSentence(label: string, t: Pick<Translator, 'locale'>, textLanguage?: string): string {
  const language = textLanguage ?? t.locale;
  return keepsNounCapitals(language) ? label : label.toLocaleLowerCase(language);
}

/**
 * A heading (the council's own text) used mid-sentence: its first letter lowered where the
 * language allows it ("… the community rights"), kept where nouns keep their capitals.
 */
export function headingInSentence(heading: string, t: Pick<Translator, 'locale'>, textLanguage?: string): string {
  const language = textLanguage ?? t.locale;
  return keepsNounCapitals(language) ? heading : heading.replace(/^./u, (c) => c.toLocaleLowerCase(language));
}
