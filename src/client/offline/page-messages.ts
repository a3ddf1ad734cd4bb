/** The translator of a page's script, from the messages the page gave it as JSON (see src/site/i18n.ts). */
import type { Messages } from '../../lib/i18n/catalogue.ts';
import { createTranslator, type Translator } from '../../lib/i18n/translator.ts';

export function pageTranslator(block: Element | null): Translator {
  const { locale, messages } = JSON.parse(block?.textContent ?? '{}') as {
    locale?: string;
    messages?: Partial<Messages>;
  };
  return createTranslator(locale ?? document.documentElement.lang, messages ?? {});
}
