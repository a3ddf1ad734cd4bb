/**
 * A catalogue message cut at some of its placeholders, for a page to put markup there (a link,
 * a `<time>`, a `<strong>`) without splitting the sentence into fragments in English word order:
 * the translation decides where each slot goes.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Params, Translator } from '../i18n/translator.ts';

/** Text of the message, or the name of a slot where the caller puts its own markup. */
export type MessagePart = string | { slot: string };

// Private-use characters mark the slots: no message or parameter uses them.
const MARK = /\uE000(\d+)\uE001/;

/** The message `key` filled with `params`, cut at the placeholders named in `slots`. */
export function messageParts(t: Translator, key: MessageKey, params: Params, slots: readonly string[]): MessagePart[] {
  const marked: Record<string, string | number> = { ...params };
  slots.forEach((name, i) => (marked[name] = `\uE000${i}\uE001`));
  const pieces = t.t(key, marked).split(MARK);
  return pieces
    .map((piece, i): MessagePart => (i % 2 === 0 ? piece : { slot: slots[Number(piece)] as string }))
    .filter((p) => p !== '');
}
