/**
 * The words MapLibre writes on its own controls (zoom buttons, compass, the attribution
 * toggle) as tooltips and accessible names, in the page's language: MapLibre's `locale`
 * option takes them by its own ids. A page with an interactive map hands its script
 * `MAP_CONTROL_KEYS` among its messages.
 */
import type { MessageKey } from './i18n/catalogue.ts';
import type { Translator } from './i18n/translator.ts';

/** MapLibre's id of each control label the maps can show, and its catalogue key. */
const LABELS = {
  'NavigationControl.ZoomIn': 'common.map.zoomIn',
  'NavigationControl.ZoomOut': 'common.map.zoomOut',
  'NavigationControl.ResetBearing': 'common.map.resetBearing',
  'AttributionControl.ToggleAttribution': 'common.map.toggleAttribution',
} as const satisfies Record<string, MessageKey>;

/** The keys a page with an interactive map hands its script. */
export const MAP_CONTROL_KEYS = [
  'common.map.zoomIn',
  'common.map.zoomOut',
  'common.map.resetBearing',
  'common.map.toggleAttribution',
] as const satisfies readonly (typeof LABELS)[keyof typeof LABELS][];

/** MapLibre's `locale` option: its control labels in the translator's language. */
export function mapControlLabels(t: Pick<Translator, 't'>): Record<string, string> {
  return Object.fromEntries(Object.entries(LABELS).map(([id, key]) => [id, t.t(key)]));
}
