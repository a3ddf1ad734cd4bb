/**
 * The widths charts are drawn at. The build draws each chart twice: wide (640 px,
 * scaled to fit containers of 540 px and more, so its 13 px text never shows
 * under 11 px) and narrow (320 px, fewer ticks and shorter labels, shown in
 * narrower containers, where its 12.5 px text shows at 11 px or more down to a
 * 282 px container; a 320 px screen gives charts 288 px). The browser redraws a
 * chart at its container's own width, narrow below the same threshold.
 */

/** Width, in px, a chart is drawn at, and whether it takes the phone layout (fewer ticks, shorter labels). */
export interface ChartLayout {
  width: number;
  narrow: boolean;
}

/** Containers this wide (px) or wider show the wide drawing; narrower ones the narrow drawing. */
export const NARROW_BELOW = 540;
export const WIDE_LAYOUT: ChartLayout = { width: 640, narrow: false };
export const NARROW_LAYOUT: ChartLayout = { width: 320, narrow: true };
/** Font sizes (px) of chart text in each layout. */
export const chartFontSize = (layout: ChartLayout): number => (layout.narrow ? 12.5 : 13);
/** Smallest width a redraw is drawn at: text stays legible when a tiny container scales it down. */
const MIN_WIDTH = 280;
/** Widest a chart is shown (px): wider, the wide drawing's text would grow past 19 px. */
export const MAX_CHART_WIDTH = 960;

/** The layout for a container `px` wide: its own width (280 to 960 px), narrow below 540 px. */
export function layoutFor(px: number): ChartLayout {
  const width = Math.min(MAX_CHART_WIDTH, Math.max(MIN_WIDTH, Math.floor(px)));
  return { width, narrow: width < NARROW_BELOW };
}

/** Every `k`-th of `values`, counted back from the last, so that at most `max` remain and the latest is one. */
export function thinTicks<T>(values: readonly T[], max: number): T[] {
  const k = Math.max(1, Math.ceil(values.length / Math.max(1, max)));
  return values.filter((_, i) => (values.length - 1 - i) % k === 0);
}
