/** The translator of the indicator trend's scripts, from the messages its section carries (IndicatorTrend.astro). */
import type { Translator } from '../../lib/i18n/translator.ts';
import { pageTranslator } from '../page-messages.ts';

export function trendTranslator(section: HTMLElement): Translator {
  return pageTranslator(section.querySelector('[data-trend-messages]'));
}
