/**
 * The name of a roll-up's parent area summed from only some of its areas, in the page's language:
 * "Southshire (1 of 2 districts)". The data step writes the area's own name and the count
 * (`partial`), never words; the noun is the child layer's, in the form its number takes (its
 * `forms`, else its label as the catalogue counts it, see counted-label.ts).
 */
import type { PartialSum } from '../cases-files.ts';
import type { Translator } from '../i18n/translator.ts';
import { countedLabel, type CountedLabel } from '../i18n/counted-label.ts';

/** `name`, followed by how many of its `areas` are in its sum when `partial` says it is a part. */
export function partialName(
  name: string,
  partial: PartialSum | null | undefined,
  areas: CountedLabel,
  t: Pick<Translator, 't' | 'locale'>,
): string {
  if (partial == null) return name;
  return t.t('cases.area.partialName', {
    name,
    counted: partial.counted,
    of: partial.of,
    noun: countedLabel(areas, partial.of, t),
  });
}

/** Every name of `names` with its partial sum said (`partial` as a summary or series index gives it). */
export function partialNames(
  names: readonly string[],
  partial: readonly (PartialSum | null)[] | undefined,
  areas: CountedLabel,
  t: Pick<Translator, 't' | 'locale'>,
): string[] {
  return partial === undefined ? [...names] : names.map((n, i) => partialName(n, partial[i], areas, t));
}
