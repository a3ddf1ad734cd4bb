/** How one series of a line chart is drawn: colour, stroke width (px) and dash pattern (none when undefined). */
export interface LineStyle {
  stroke: string;
  dash: string | undefined;
  width: number;
}

/** The `i`th style of `styles`, starting again from the first past the end. */
export function styleAt(styles: readonly LineStyle[], i: number): LineStyle {
  const s = styles[i % styles.length];
  if (s === undefined) throw new Error('styleAt: no styles given');
  return s;
}
