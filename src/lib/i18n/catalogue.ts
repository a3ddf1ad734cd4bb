/**
 * The shape of a message catalogue: one per interface language, each with every
 * key of the en-GB catalogue (`MessageKey`), a glossary of the terms that matter
 * most, and the keys a native speaker still has to review.
 */
import type { enGB } from './messages/en-GB/index.ts';

/** Plural categories of `Intl.PluralRules`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message whose wording depends on a number: one form per plural category the
 * language uses (`other` always), chosen by `Intl.PluralRules` on the parameter
 * named `by` (default `count`); `ordinal` chooses by ordinal rules ("1st", "2nd").
 */
export interface PluralMessage {
  by?: string;
  ordinal?: boolean;
  forms: Partial<Record<PluralCategory, string>> & { other: string };
}

/** A message: text with `{name}` placeholders, or one text per plural form. */
export type Message = string | PluralMessage;

/** Every message key: the keys of the en-GB catalogue. */
export type MessageKey = keyof typeof enGB.messages;

/** Messages of one language by key; a page's script may be given only the keys it uses. */
export type Messages = Readonly<Record<MessageKey, Message>>;

/** A term and how this language says it, with a note on use where it helps translators. */
export interface GlossaryEntry {
  /** The en-GB term. */
  term: string;
  translation: string;
  note?: string;
}

/** One language's catalogue. */
export interface Catalogue {
  /** BCP 47 language tag the catalogue is written in: `en-GB`, `cy`, `nl`, `da`, `de`. */
  language: string;
  /** The language's own name, for a language switch. */
  name: string;
  glossary: readonly GlossaryEntry[];
  /** Keys whose translation a native speaker must review before a council relies on it. */
  review: readonly MessageKey[];
  messages: Messages;
}

/**
 * One namespace of a translation: a message for every key of the en-GB namespace
 * `Source` (messages/en-GB/<namespace>.ts), so a missing key fails the type check.
 */
export type NamespaceMessages<Source> = { readonly [K in keyof Source]: Message };

/** The keys of one namespace a native speaker must review. */
export type NamespaceReview<Source> = readonly (keyof Source & string)[];
