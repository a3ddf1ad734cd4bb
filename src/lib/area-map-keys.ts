/**
 * The messages the area map's keyboard script speaks (src/client/map/area-keys.ts and
 * the dashboards' map scripts), handed to it by the map's frame as JSON.
 */
import type { MessageKey } from './i18n/catalogue.ts';

export const AREA_MAP_KEYS = [
  'areas.map.areaNoData',
  'areas.map.edgeUp',
  'areas.map.edgeDown',
  'areas.map.edgeLeft',
  'areas.map.edgeRight',
] as const satisfies readonly MessageKey[];

/** The message spoken when no area lies further in the direction of an arrow key. */
export const EDGE_KEYS: Readonly<Record<string, (typeof AREA_MAP_KEYS)[number]>> = {
  ArrowUp: 'areas.map.edgeUp',
  ArrowDown: 'areas.map.edgeDown',
  ArrowLeft: 'areas.map.edgeLeft',
  ArrowRight: 'areas.map.edgeRight',
};
