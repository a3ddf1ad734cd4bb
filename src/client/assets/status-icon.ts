/** The category shape as a small inline SVG element, for lists built in the browser (decorative). */
import type { StatusStyle } from '../../lib/assets/status-style.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function statusIcon(s: StatusStyle, size = 16): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'status-icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', s.path);
  path.setAttribute('fill', s.colour);
  path.setAttribute('stroke', '#fff');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

/** Icon + label, as in the build-time StatusBadge. */
export function statusBadge(s: StatusStyle): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'status-badge';
  if (s.lang !== undefined) span.lang = s.lang;
  span.append(statusIcon(s), ` ${s.label}`);
  return span;
}
