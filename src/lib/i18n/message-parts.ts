/**
 * A catalogue message cut at some of its placeholders, for a page to put markup there (a link,
 * a `<time>`, a `<strong>`) without splitting the sentence into fragments in English word order:
 * the message is translated whole, so each translation decides where its slots go, and the text
 * around them stays text.
 */
import type { MessageKey } from './catalogue.ts';
import type { Params, Translator } from './translator.ts';

/** Text of the message, or the name of a slot where the caller puts its own markup. */
export type MessagePart = string | { slot: string };

// Private-use characters mark the slots: no message or parameter uses them.
const MARK = /\uE000(\d+)\uE001/;

/** The message `key` filled with `params`, cut at the placeholders named in `slots`. */
export function messageParts(
  t: Pick<Translator, 't'>,
  key: MessageKey,
  params: Params,
  slots: readonly string[],
): MessagePart[] {
  const marked: Record<string, string | number> = { ...params };
  slots.forEach((name, i) => (marked[name] = `\uE000${i}\uE001`));
  const pieces = t.t(key, marked).split(MARK);
  // Odd pieces are slot numbers (the text between two marks).
  return pieces
    .map((piece, i): MessagePart => (i % 2 === 0 ? piece : { slot: slots[Number(piece)] as string }))
    .filter((p) => p !== '');
}

/**
 * The text before and after one element's placeholder (`{link}` unless told), for a sentence
 * with a single element in it; a message without the placeholder is all "before".
 */
export function splitAround(
  t: Pick<Translator, 't'>,
  key: MessageKey,
  params: Params = {},
  slot = 'link',
): [string, string] {
  const parts = messageParts(t, key, params, [slot]);
  const at = parts.findIndex((p) => typeof p !== 'string');
  const text = (ps: MessagePart[]) => ps.filter((p): p is string => typeof p === 'string').join('');
  return at < 0 ? [text(parts), ''] : [text(parts.slice(0, at)), text(parts.slice(at + 1))];
}
