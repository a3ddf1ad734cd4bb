/**
 * How each asset category looks, everywhere: a shape AND a colour (never colour
 * alone), and a label. The shapes are SVG path data in a 20×20 box, used by the
 * build-time SVG icons and, through `Path2D`, by the map's canvas-drawn markers,
 * so the legend, the list and the map always agree. The categories themselves
 * come from the data (each table's `categories`), so a register that classifies
 * by planning status draws its own.
 */
import { DEFAULT_ASSET_CATEGORIES, type AssetCategory, type AssetsTable, type MarkerShape } from '../assets-files.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { inSentence } from '../indicators/in-sentence.ts';
import type { Translator } from '../i18n/translator.ts';

/** SVG path of each marker shape, in a 20×20 box centred on (10, 10). */
export const SHAPE_PATHS: Readonly<Record<MarkerShape, string>> = {
  triangle: 'M10 1.5 L19 18 L1 18 Z',
  diamond: 'M10 1 L19 10 L10 19 L1 10 Z',
  square: 'M3 3 H17 V17 H3 Z',
  circle: 'M10 2.5 A7.5 7.5 0 1 1 9.99 2.5 Z',
  'triangle-down': 'M1 2 L19 2 L10 18.5 Z',
  pentagon: 'M10 1.3 L18.75 7.66 L15.41 17.94 L4.59 17.94 L1.25 7.66 Z',
  hexagon: 'M10 1 L17.79 5.5 L17.79 14.5 L10 19 L2.21 14.5 L2.21 5.5 Z',
  star: 'M10 1 L12.47 7.1 L19.04 7.56 L13.99 11.8 L15.58 18.19 L10 14.7 L4.42 18.19 L6.01 11.8 L0.96 7.56 L7.53 7.1 Z',
  cross: 'M7 2 H13 V7 H18 V13 H13 V18 H7 V13 H2 V7 H7 Z',
};

export interface StatusStyle extends AssetCategory {
  /** Same as `id` (kept for readers that call it the status key). */
  key: string;
  /** Shape name in words, for text alternatives ("red triangle"). */
  shapeName: string;
  /** SVG path in a 20×20 box, centred on (10, 10). */
  path: string;
}

/** A category with the drawing it needs. */
export function styleOf(c: AssetCategory): StatusStyle {
  return { ...c, key: c.id, shapeName: c.shape.replace('-', ' '), path: SHAPE_PATHS[c.shape] };
}

/** The styles of a table's categories, in its order (index = the status code in its data). */
export function tableStyles(t: Pick<AssetsTable, 'categories'>): StatusStyle[] {
  return t.categories.map(styleOf);
}

/**
 * The categories that count as available for community use, in words for a
 * sentence ("vacant or under-used", joined as the language joins alternatives);
 * '' when none does.
 */
export function availableWords(
  categories: readonly Pick<AssetCategory, 'label' | 'available' | 'lang'>[],
  t?: Pick<Translator, 'list' | 'locale'>,
): string {
  const words = categories.filter((c) => c.available).map((c) => inSentence(c.label, t ?? { locale: 'en-GB' }, c.lang));
  if (words.length === 0) return '';
  // Callers not yet given a translator get the source language's list.
  return t ? t.list(words, 'disjunction') : new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(words);
}

/** Catalogue keys of the default categories' labels, by id. */
const DEFAULT_LABEL_KEYS: Readonly<Record<string, MessageKey>> = {
  vacant: 'assets.category.vacant',
  'under-used': 'assets.category.under-used',
  occupied: 'assets.category.occupied',
  unknown: 'assets.category.unknown',
};

/** The keys `localDefaults` may use, for a page to hand its script. */
export const DEFAULT_CATEGORY_KEYS: readonly MessageKey[] = Object.values(DEFAULT_LABEL_KEYS);

/**
 * The categories with the default ones (used when a dataset's config declares none)
 * labelled in the interface language; a configured label is data and stays as written.
 */
export function localDefaults<C extends AssetCategory>(categories: readonly C[], t: Pick<Translator, 't'>): C[] {
  return categories.map((c) => {
    const standard = DEFAULT_ASSET_CATEGORIES.find((d) => d.id === c.id);
    const key = DEFAULT_LABEL_KEYS[c.id];
    return standard !== undefined && key !== undefined && standard.label === c.label ? { ...c, label: t.t(key) } : c;
  });
}

/** The marker shape in words ("triangle"), for text alternatives. */
export function shapeWords(c: Pick<AssetCategory, 'shape'>, t: Pick<Translator, 't'>): string {
  return t.t(`assets.shape.${c.shape}` as const);
}

/** The default categories' styles (vacant, under-used, occupied, unknown). */
export const DEFAULT_STYLES: readonly StatusStyle[] = DEFAULT_ASSET_CATEGORIES.map(styleOf);

/** The style of the `status` code of a table's asset `i` (its last category when out of range). */
export function statusOfAsset(t: Pick<AssetsTable, 'categories' | 'status'>, i: number): StatusStyle {
  const list = t.categories;
  const c = list[t.status[i] ?? -1] ?? list[list.length - 1] ?? (DEFAULT_ASSET_CATEGORIES[3] as AssetCategory);
  return styleOf(c);
}
