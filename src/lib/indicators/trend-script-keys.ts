/**
 * The messages of the indicator trend's comparison script (src/client/indicators/):
 * the redrawn chart's title and description, and the picker's status lines. The page
 * hands only these to the script.
 */
import type { MessageKey } from '../i18n/catalogue.ts';

export const TREND_SCRIPT_KEYS = [
  'indicators.trend.title',
  'indicators.trend.noValue',
  'indicators.trend.line',
  'indicators.trend.benchmark',
  'indicators.trend.other',
  'indicators.trend.otherNone',
  'indicators.trend.missing',
  'indicators.trend.failed',
] as const satisfies readonly MessageKey[];
