/**
 * The keyboard path of a choropleth drawn as SVG (the disease and indicator
 * maps): with the map's frame focused, arrow keys move to the neighbouring area
 * in that direction, Home and End to the first and last by name, Enter opens
 * the selected area's page; the selected area is outlined on the map and
 * marked in the table beside it. Movement uses src/lib/cases/map-neighbour.ts.
 */
import { ARROW_STEPS, neighbour, pathBoxCentre } from '../../lib/cases/map-neighbour.ts';
import { splitBandPath } from '../../lib/geo/band-paths.ts';
import { EDGE_KEYS } from '../../lib/area-map-keys.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { pageData, pageTranslator } from '../page-messages.ts';
import { showParts, type TextLanguages } from '../text-parts.ts';

export interface AreaKeysOptions {
  frame: HTMLElement;
  svg: SVGSVGElement;
  names: Readonly<Record<string, string>>;
  /** The selected area's code, '' when none. */
  current(): string;
  choose(code: string): void;
  /** The sentence spoken for an area. */
  describe(code: string): string;
  announce: HTMLElement | null;
  open(code: string): void;
}

/** The translator of a map's script: the messages its frame (AreaMapFrame) handed it. */
export function mapTranslator(frame: HTMLElement): Translator {
  return pageTranslator(mapMessages(frame));
}

/** Where the map's data text (areas' names) is in another language than the page's. */
export function mapLanguages(frame: HTMLElement): TextLanguages {
  return pageData(mapMessages(frame));
}

function mapMessages(frame: HTMLElement): Element | null {
  return frame.closest('.map-stage')?.querySelector('[data-map-messages]') ?? null;
}

/**
 * Replaces each band path of a map drawn one path per fill (`path[data-codes]`, see
 * src/lib/geo/band-paths.ts) with a path per area of the same outline, fill and scoped-style
 * attributes, so the map looks the same and every area can be coloured and outlined alone.
 */
export function splitBands(svg: SVGSVGElement): void {
  for (const band of svg.querySelectorAll<SVGPathElement>('path[data-codes]')) {
    const fill = band.getAttribute('fill') ?? '';
    const scoped = [...band.attributes].filter((a) => a.name.startsWith('data-astro-cid'));
    const areas = document.createDocumentFragment();
    for (const [code, d] of splitBandPath(band.getAttribute('d') ?? '', (band.dataset['codes'] ?? '').split(' '))) {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', fill);
      path.dataset['code'] = code;
      for (const a of scoped) path.setAttribute(a.name, a.value);
      areas.append(path);
    }
    band.replaceWith(areas);
  }
}

/** Each area's path by code (a map drawn by band is split into areas first). */
export function areaPaths(svg: SVGSVGElement): Map<string, SVGPathElement> {
  splitBands(svg);
  const paths = new Map<string, SVGPathElement>();
  for (const p of svg.querySelectorAll<SVGPathElement>('path[data-code]')) paths.set(p.dataset['code'] ?? '', p);
  return paths;
}

/** Outlines `code` on the map and marks its row (`tr[data-code]`) in `table`, scrolling the row into its box. */
export function markArea(
  paths: ReadonlyMap<string, SVGPathElement>,
  table: HTMLTableElement | null,
  code: string,
): void {
  for (const p of paths.values()) p.classList.remove('selected');
  const path = paths.get(code);
  if (path) {
    path.classList.add('selected');
    // Drawn last, so its outline is on top of its neighbours'.
    const node = path.parentElement?.tagName.toLowerCase() === 'a' ? path.parentElement : path;
    node.parentNode?.append(node);
  }
  if (!table) return;
  for (const tr of table.querySelectorAll('tr.selected')) tr.classList.remove('selected');
  const row = table.querySelector<HTMLTableRowElement>(`tr[data-code="${CSS.escape(code)}"]`);
  if (row) {
    row.classList.add('selected');
    const box = row.closest<HTMLElement>('.table-scroll, .table-wrap');
    if (box) box.scrollTop = row.offsetTop - box.clientHeight / 2;
  }
}

export function enableAreaKeys(o: AreaKeysOptions): void {
  const t = mapTranslator(o.frame);
  const centres = new Map<string, [number, number]>();
  for (const [code, p] of areaPaths(o.svg)) {
    const c = pathBoxCentre(p.getAttribute('d') ?? '');
    if (c) centres.set(code, c);
  }
  const byName = (): string[] =>
    [...centres.keys()].sort((a, b) => (o.names[a] ?? a).localeCompare(o.names[b] ?? b, 'en'));
  o.frame.addEventListener('keydown', (e) => {
    const current = o.current();
    if (e.key === 'Enter' && current) {
      o.open(current);
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const sorted = byName();
      const pick = e.key === 'Home' ? sorted[0] : sorted.at(-1);
      if (pick) o.choose(pick);
      return;
    }
    const dir = ARROW_STEPS[e.key];
    if (!dir) return;
    e.preventDefault();
    if (!current || !centres.has(current)) {
      const first = byName()[0];
      if (first) o.choose(first);
      return;
    }
    const next = neighbour(centres, current, dir);
    if (next) o.choose(next);
    else if (o.announce) {
      const edge = EDGE_KEYS[e.key];
      if (edge) showParts(o.announce, t.t(edge, { area: o.describe(current) }));
    }
  });
}
