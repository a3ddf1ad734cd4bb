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

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Makes a drawing from Plot in the browser an image named by its own title and
 * description (ids `<id>-title`, `<id>-desc`), as the build names its drawings.
 */
export function nameDrawing(svg: SVGSVGElement, id: string, title: string, desc: string): void {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  svg.removeAttribute('aria-label');
  // The drawing is one image: names on its parts (Plot labels its marks' groups) are not allowed inside it.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  const t = document.createElementNS(SVG_NS, 'title');
  t.id = `${id}-title`;
  t.textContent = title;
  const d = document.createElementNS(SVG_NS, 'desc');
  d.id = `${id}-desc`;
  d.textContent = desc;
  svg.prepend(t, d);
}
