/**
 * How each asset status looks, everywhere: a shape AND a colour (never colour
 * alone), and a label. The shapes are SVG path data in a 20×20 box, used by the
 * build-time SVG icons and, through `Path2D`, by the map's canvas-drawn markers,
 * so the legend, the list and the map always agree.
 */
import { ASSET_STATUSES, type AssetStatusKey } from '../assets-files.ts';

export interface StatusStyle {
  key: AssetStatusKey;
  /** Words for people, sentence case. */
  label: string;
  /** Name of the shape, for text alternatives ("red triangle"). */
  shape: 'triangle' | 'diamond' | 'square' | 'circle';
  /** Fill colour: at least 3:1 against white and the map background (WCAG 1.4.11). */
  colour: string;
  /** SVG path in a 20×20 box, centred on (10, 10). */
  path: string;
}

export const STATUS_STYLES: Readonly<Record<AssetStatusKey, StatusStyle>> = {
  vacant: {
    key: 'vacant',
    label: 'Vacant',
    shape: 'triangle',
    colour: '#b3261e',
    path: 'M10 1.5 L19 18 L1 18 Z',
  },
  'under-used': {
    key: 'under-used',
    label: 'Under-used',
    shape: 'diamond',
    colour: '#8a4b00',
    path: 'M10 1 L19 10 L10 19 L1 10 Z',
  },
  occupied: {
    key: 'occupied',
    label: 'Occupied',
    shape: 'square',
    colour: '#0b5cad',
    path: 'M3 3 H17 V17 H3 Z',
  },
  unknown: {
    key: 'unknown',
    label: 'Status unknown',
    shape: 'circle',
    colour: '#4a4f57',
    path: 'M10 2.5 A7.5 7.5 0 1 1 9.99 2.5 Z',
  },
};

/** Styles in `ASSET_STATUSES` order (index = the status code in the data). */
export const STATUS_LIST: readonly StatusStyle[] = ASSET_STATUSES.map((k) => STATUS_STYLES[k]);
