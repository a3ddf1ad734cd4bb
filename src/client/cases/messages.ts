/** The translator of the disease pages' scripts, over the messages the page embeds (`CasesMessages.astro`). */
import type { Translator } from '../../lib/i18n/translator.ts';
import type { MonthNames } from '../../lib/cases/month-names.ts';
import { pageData, pageTranslator } from '../page-messages.ts';
import type { CountedLabel } from '../../lib/i18n/counted-label.ts';
import type { TextLanguages } from '../text-parts.ts';

let cached: Translator | undefined;

export function casesTranslator(): Translator {
  cached ??= pageTranslator(document.getElementById('cases-messages'));
  return cached;
}

/** Where the disease pages' data text (areas' names, the config's labels) is in another language than the page's. */
export function casesLanguages(): TextLanguages {
  return pageData(document.getElementById('cases-messages'));
}

/** The noun a partial sum's name counts its areas with, when the page gave one (a roll-up's pages). */
export function casesPartOf(): CountedLabel | undefined {
  return pageData(document.getElementById('cases-messages')).partOf;
}

/** The month names the build gave the page, for a browser without the language's calendar data. */
export function casesMonths(): MonthNames | undefined {
  const json = document.getElementById('cases-messages')?.dataset['months'];
  return json ? (JSON.parse(json) as MonthNames) : undefined;
}
