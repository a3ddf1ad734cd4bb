/**
 * A label from config ("Wards", "Vacant") as it reads inside a sentence of the
 * translator's language: lower case ("the 18 wards"), except in languages that
 * write every noun with a capital ("die 18 Stadtteile").
 */
import type { Translator } from '../i18n/translator.ts';
import { keepsNounCapitals } from '../i18n/keeps-noun-capitals.ts';

export function inSentence(label: string, t: Translator): string {
  return keepsNounCapitals(t.locale) ? label : label.toLocaleLowerCase(t.locale);
}
