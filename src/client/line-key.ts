/**
 * A line chart's key entry made in the browser, the same markup as
 * `src/components/LineKey.astro`: a sample of the line and the series' name.
 */
import type { LineStyle } from '../lib/line-style.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function lineKey(name: string, style: LineStyle, className = 'key'): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [k, v] of Object.entries({ x1: '0', y1: '5', x2: '28', y2: '5', stroke: style.stroke }))
    line.setAttribute(k, v);
  line.setAttribute('stroke-width', String(style.width));
  if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
  svg.append(line);
  span.append(svg, name);
  return span;
}
