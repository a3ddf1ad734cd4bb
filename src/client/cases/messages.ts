/** The translator of the disease pages' scripts, over the messages the page embeds (`CasesMessages.astro`). */
import type { Translator } from '../../lib/i18n/translator.ts';
import { pageTranslator } from '../offline/page-messages.ts';

let cached: Translator | undefined;

export function casesTranslator(): Translator {
  cached ??= pageTranslator(document.getElementById('cases-messages'));
  return cached;
}
