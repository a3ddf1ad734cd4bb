/**
 * The chart drawing a reader sees. The build puts two drawings of each chart in
 * its `[data-chart-svg]` holder (wide and narrow, `data-variant`), and CSS shows
 * the one that fits; a browser redraw leaves one, drawn at the holder's width.
 */

/** The drawing of the chart in `root` that is on screen (else the first, e.g. when its tab is hidden). */
export function shownChartSvg(root: ParentNode): SVGSVGElement | null {
  const all = [...root.querySelectorAll<SVGSVGElement>('[data-chart-svg] svg[role="img"]')];
  return all.find((svg) => svg.getClientRects().length > 0) ?? all[0] ?? null;
}

/** Width (px) the drawing was drawn at: its viewBox, else its width attribute. */
export function drawnWidth(svg: SVGSVGElement): number {
  return svg.viewBox.baseVal.width || Number(svg.getAttribute('width')) || 0;
}
