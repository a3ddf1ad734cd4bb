/**
 * Renders an Observable Plot chart to an SVG string at build time, so charts
 * read without JavaScript. Output is normalised for byte-stable builds: Plot's
 * generated class names and clip-path ids are renumbered in document order.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { NARROW_LAYOUT, WIDE_LAYOUT, type ChartLayout } from '../lib/chart-layout.ts';

let dom: JSDOM | undefined;

/** Options for `Plot.plot`, minus `document` (supplied here). */
export type PlotOptions = Omit<Plot.PlotOptions, 'document'>;

/**
 * SVG markup for `options`. Text from data is safe here: Plot sets it as text
 * content and jsdom escapes it when serialising.
 * `title` and `desc` become the SVG's accessible name
 * and description (role="img"), so screen readers announce the chart as one image;
 * the data table beside it carries the detail.
 */
export function renderPlot(
  options: PlotOptions,
  a11y: { title: string; desc: string; id: string },
  variant?: 'wide' | 'narrow',
): string {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const document = dom.window.document;
  const chart = Plot.plot({ ...options, document }) as unknown as Element;
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  if (svg === null) throw new Error('renderPlot: Plot returned no SVG');
  // The SVG is one image with a title and description; Plot's aria-labels on inner
  // groups are not allowed there (axe: aria-prohibited-attr) and would be noise.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  if (variant !== undefined) svg.setAttribute('data-variant', variant);
  svg.setAttribute('aria-labelledby', `${a11y.id}-title ${a11y.id}-desc`);
  svg.removeAttribute('aria-label');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${a11y.id}-title`);
  title.textContent = a11y.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${a11y.id}-desc`);
  desc.textContent = a11y.desc;
  svg.prepend(desc);
  svg.prepend(title);
  return normaliseSvg(chart.outerHTML, a11y.id);
}

/**
 * A chart drawn twice, for `ChartSvg` to show the one that fits its container: wide (640 px,
 * `data-variant="wide"`) and narrow (320 px, fewer ticks and shorter labels, `data-variant="narrow"`,
 * ids suffixed `-n`). `optionsAt` gives the chart's options for a layout.
 */
export function renderChartVariants(
  optionsAt: (layout: ChartLayout) => PlotOptions,
  a11y: { title: string; desc: string; id: string },
): string {
  return (
    renderPlot(optionsAt(WIDE_LAYOUT), a11y, 'wide') +
    renderPlot(optionsAt(NARROW_LAYOUT), { ...a11y, id: `${a11y.id}-n` }, 'narrow')
  );
}

// Plot numbers its classes and clip paths with a global counter ("plot-d6a7b5-3"),
// which would differ with build order; make them local to this chart.
function normaliseSvg(markup: string, id: string): string {
  const seen = new Map<string, string>();
  return markup.replace(/plot-[0-9a-f]{6}(?:-\d+)?|clip\d+/g, (m) => {
    let r = seen.get(m);
    if (r === undefined) {
      r = `${id}-p${seen.size}`;
      seen.set(m, r);
    }
    return r;
  });
}
