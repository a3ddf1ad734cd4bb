/**
 * A message with markup in it (a link, a `<time>`), for a page to render: the message is
 * translated whole, with each named slot left as a marker, then split into text and slots,
 * so a sentence keeps its own word order in every language and the text never becomes markup.
 */
import type { MessageKey } from '../../lib/i18n/catalogue.ts';
import type { Params, Translator } from '../../lib/i18n/translator.ts';

/** A piece of a message: text, or the name of a slot the page fills with an element. */
export type MessagePart = string | { slot: string };

const MARK = '\u0000';

export function messageParts(
  t: Pick<Translator, 't'>,
  key: MessageKey,
  params: Params,
  slots: readonly string[],
): MessagePart[] {
  const marked: Record<string, string | number> = { ...params };
  slots.forEach((name, i) => {
    marked[name] = `${MARK}${i}${MARK}`;
  });
  const pieces = t.t(key, marked).split(MARK);
  // Odd pieces are slot numbers (the text between two marks).
  return pieces.flatMap((piece, i): MessagePart[] => {
    if (i % 2 === 0) return piece === '' ? [] : [piece];
    return [{ slot: slots[Number(piece)] as string }];
  });
}
