/**
 * A translated sentence cut where an element (a link) goes: the message is filled
 * with a mark for the element's placeholder (`{link}` unless told), and the text
 * before and after it come back, so the element sits wherever the language puts it.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Params, Translator } from '../i18n/translator.ts';

const MARK = '\u0000';

export function splitAround(t: Translator, key: MessageKey, params: Params = {}, slot = 'link'): [string, string] {
  const text = t.t(key, { ...params, [slot]: MARK });
  const at = text.indexOf(MARK);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + MARK.length)];
}
