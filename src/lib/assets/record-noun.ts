/**
 * The noun a count of a dataset's records is said with ("3 vacant buildings", Welsh "3 adeilad"):
 * the dataset's forms for the page's language (`words.forms`, every plural form the language
 * needs, chosen by `Intl.PluralRules`), else its `asset`/`assets` as one/other, else the
 * interface's own word ("records"). Several datasets shown together use the interface's word.
 */
import type { AssetsTable } from '../assets-files.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Params, Translator } from '../i18n/translator.ts';
import { pluralRules } from '../plural.ts';
import { formsFor } from '../i18n/noun-forms.ts';

type Words = AssetsTable['words'];

/** The noun for `n` records of a dataset with `words` (undefined: several datasets, or none given). */
export function recordNoun(words: Words, n: number, t: Pick<Translator, 't' | 'locale'>): string {
  const forms = formsFor(words?.forms, t.locale);
  if (forms !== undefined) return forms[pluralRules(t.locale).select(n)] ?? forms.other;
  if (words?.asset !== undefined && words.assets !== undefined)
    return pluralRules(t.locale).select(n) === 'one' ? words.asset : words.assets;
  return t.t('assets.noun.records', { count: n });
}

/**
 * The dataset's own noun for `n` records when `words` name them, else undefined: the caller then
 * says the count with a message of the interface's own, whose noun (and its grammar) is built in.
 */
export function ownNoun(words: Words, n: number, t: Pick<Translator, 't' | 'locale'>): string | undefined {
  return namesRecords(words) ? recordNoun(words, n, t) : undefined;
}

/**
 * A count said with `key` (whose noun is the interface's, built in), or, when the dataset names its
 * records (`noun` from {@link ownNoun}), with `ownKey` and that noun.
 */
export function countText(
  t: Pick<Translator, 't'>,
  noun: string | undefined,
  key: MessageKey,
  ownKey: MessageKey,
  params: Params,
): string {
  return noun === undefined ? t.t(key, params) : t.t(ownKey, { ...params, noun });
}

/** Whether `words` name the records (forms, or both `asset` and `assets`). */
export function namesRecords(words: Words): boolean {
  return (
    words !== undefined && (words.forms !== undefined || (words.asset !== undefined && words.assets !== undefined))
  );
}

/**
 * The words of the one dataset shown when they name its records; undefined when several datasets
 * are shown (they share the interface's noun) or the one does not name them.
 */
export function onlyWords(tables: readonly Pick<AssetsTable, 'words'>[]): Words {
  const words = tables.length === 1 ? tables[0]?.words : undefined;
  return namesRecords(words) ? words : undefined;
}

/** Every noun `words` give (each form of each language), for a script to know them as the config's text. */
export function nounTexts(words: Words): string[] {
  if (words === undefined) return [];
  const forms = Object.values(words.forms ?? {}).flatMap((f) => Object.values(f ?? {}));
  return [words.asset, words.assets, ...forms].filter((w): w is string => typeof w === 'string');
}
