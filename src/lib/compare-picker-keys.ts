/** The messages of the "add an area to compare" picker's script (src/client/compare-picker.ts), for each page that has one to hand it. */
import type { MessageKey } from './i18n/catalogue.ts';

export const PICKER_SCRIPT_KEYS = [
  'common.picker.loading',
  'common.picker.loadFailed',
  'common.picker.typeFirst',
  'common.picker.noSuch',
  'common.picker.already',
  'common.picker.full',
  'common.picker.added',
  'common.picker.removed',
  'common.picker.remove',
] as const satisfies readonly MessageKey[];
