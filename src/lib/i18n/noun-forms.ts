/**
 * A config noun in the plural forms of each language (`words.forms` of an assets dataset, `forms`
 * of an area layer): language tag → `Intl.PluralRules` category → noun. Chosen by the number a
 * sentence counts, so "1 ward", "3 wards" and Welsh "3 ward" each read right.
 */
import type { PluralCategory } from './catalogue.ts';
import { pluralRules } from '../plural.ts';

/** One language's forms (`other` always given). */
export type Forms = Partial<Record<PluralCategory, string>> & { other: string };

/** Forms by language tag. */
export type NounForms = Readonly<Record<string, Forms>>;

/** The forms `forms` give for `locale`: its exact tag, else its language's (`cy-GB` → `cy`). */
export function formsFor(forms: NounForms | undefined, locale: string): Forms | undefined {
  if (forms === undefined) return undefined;
  const tags = Object.keys(forms);
  const language = locale.split('-')[0]?.toLowerCase();
  const tag =
    tags.find((k) => k.toLowerCase() === locale.toLowerCase()) ??
    tags.find((k) => k.split('-')[0]?.toLowerCase() === language);
  return tag === undefined ? undefined : forms[tag];
}

/** The form of `forms` (one language's) that `n` takes in `locale`, with its category. */
export function formFor(forms: Forms, n: number, locale: string): { noun: string; category: PluralCategory } {
  const category = pluralRules(locale).select(n) as PluralCategory;
  const noun = forms[category];
  return noun === undefined ? { noun: forms.other, category: 'other' } : { noun, category };
}

/** Only the forms given (a config's optional keys left unset are dropped), or undefined when none is. */
export function givenForms(
  forms: Readonly<Record<string, Readonly<Partial<Record<PluralCategory, string | undefined>>>>> | undefined,
): Record<string, Forms> | undefined {
  if (forms === undefined || Object.keys(forms).length === 0) return undefined;
  return Object.fromEntries(
    Object.entries(forms).map(([language, f]) => [
      language,
      Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Forms,
    ]),
  );
}
