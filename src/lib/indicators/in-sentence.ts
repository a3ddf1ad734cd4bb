/**
 * A label from config ("Wards", "Vacant") as it reads inside a sentence of the
 * translator's language: lower case ("the 18 wards"), except in German, which
 * writes every noun with a capital ("die 18 Stadtteile").
 */
import type { Translator } from '../i18n/translator.ts';

const KEEPS_NOUN_CAPITALS = new Set(['de']);

export function inSentence(label: string, t: Translator): string {
  const language = t.locale.split('-')[0]?.toLowerCase() ?? '';
  return KEEPS_NOUN_CAPITALS.has(language) ? label : label.toLocaleLowerCase(t.locale);
}
