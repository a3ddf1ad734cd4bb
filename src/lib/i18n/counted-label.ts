/**
 * A config noun counted by a number inside a sentence ("12 wards", Welsh "12 ward"): the config's
 * form for that number in the page's language (an area layer's `forms`), else, since a layer's
 * `label` is one plural noun, the catalogue's way of counting it (`areas.countedLabel`: the label
 * where a plural follows the number, the interface's own word with the label beside it where
 * the label cannot, as for English 1 and every Welsh count). Without a label at all, the
 * interface's own word for areas (`areas.countedAreas`).
 */
import type { Translator } from './translator.ts';
import { formFor, formsFor, type NounForms } from './noun-forms.ts';

/** A counted noun from the config: its label as it reads in a sentence, and its forms by language. */
export interface CountedLabel {
  label?: string | undefined;
  forms?: NounForms | undefined;
}

/**
 * The noun `n` takes: `decline` turns a plural into the case the sentence puts it in (German's
 * dative after "von"), applied to the label and to every form but the singular.
 */
export function countedLabel(
  noun: CountedLabel,
  n: number,
  t: Pick<Translator, 't' | 'locale'>,
  decline: (plural: string) => string = (plural) => plural,
): string {
  const forms = formsFor(noun.forms, t.locale);
  if (forms !== undefined) {
    const { noun: form, category } = formFor(forms, n, t.locale);
    return category === 'one' ? form : decline(form);
  }
  if (noun.label === undefined) return decline(t.t('areas.countedAreas', { count: n }));
  return t.t('areas.countedLabel', { count: n, label: decline(noun.label) });
}
