/**
 * Redraws the markers of the land map's static picture (drawn at build time by
 * AssetFinder.astro, in the same way) for the records the filters match, so the
 * picture agrees with the counts and the list before MapLibre is loaded.
 */
import type { StaticMarkers } from '../../lib/assets/static-markers.ts';
import { clusterRadius, POINT_SIZE, STATIC_STATUS_ID } from '../../lib/assets/static-marker-style.ts';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function drawStaticMarkers(group: SVGGElement, markers: StaticMarkers): void {
  const nodes: SVGElement[] = [];
  for (const p of markers.points)
    nodes.push(
      el('use', { href: `#${STATIC_STATUS_ID}${p.status}`, x: p.x - POINT_SIZE / 2, y: p.y - POINT_SIZE / 2 }),
    );
  for (const c of markers.clusters) {
    const g = el('g', { class: 'cluster', 'data-n': c.count });
    g.append(el('circle', { cx: c.x, cy: c.y, r: clusterRadius(c.label) }));
    const text = el('text', { x: c.x, y: c.y });
    text.textContent = c.label;
    g.append(text);
    nodes.push(g);
  }
  group.replaceChildren(...nodes);
}
