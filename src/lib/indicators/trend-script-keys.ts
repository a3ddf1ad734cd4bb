/**
 * The messages of the indicator trend's comparison script (src/client/indicators/):
 * the redrawn chart's title and description, and the picker's status lines, and the words for suppressed and missing values. The page
 * hands only these to the script.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import { PICKER_SCRIPT_KEYS } from '../compare-picker-keys.ts';

export const TREND_SCRIPT_KEYS = [
  'indicators.trend.title',
  'indicators.trend.noValue',
  'indicators.trend.line',
  'indicators.trend.benchmark',
  'indicators.trend.other',
  'indicators.trend.otherNone',
  'indicators.trend.missing',
  'indicators.trend.failed',
  'format.suppressed',
  'format.noData',
  ...PICKER_SCRIPT_KEYS,
] as const satisfies readonly MessageKey[];
