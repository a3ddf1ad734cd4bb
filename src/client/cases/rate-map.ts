/**
 * The rate map's behaviour: week control (static SVG, MapLibre and table all
 * follow), keyboard movement between neighbouring areas with a spoken summary,
 * a sortable table that stays in step, and the MapLibre map itself, loaded only
 * when the map comes into view and WebGL is there (else the SVG stays).
 */
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SUPPRESSED, type Figure } from '../../lib/manifest.ts';
import type { CasesWeek } from '../../lib/cases-files.ts';
import { createFormatter } from '../../lib/format.ts';
import { rateBand } from '../../lib/cases/rate-band.ts';
import { ordinal } from '../../lib/cases/ordinal.ts';
import { measureNoun } from '../../lib/cases/measure-noun.ts';
import { mountWhenVisible, hasWebGL } from '../map/mount-map.ts';
import { onPageState, pageState, setPageState } from './page-state.ts';
import { fetchJson } from './chart-data.ts';

interface MapConfig {
  weeks: { end: string; url: string }[];
  bands: number[];
  colours: string[];
  boundaries: string;
  bbox: [number, number, number, number];
  tiles: { url: string; attribution: string; maxZoom: number } | null;
  areaUrl: string;
  locale: string;
  suppressBelow: number;
  names: Record<string, string>;
  label: string;
}

const NO_DATA = 'cases-nodata';
const HIDDEN = 'cases-suppressed';

export function enhanceRateMap(root: HTMLElement): void {
  const configEl = root.querySelector('[data-map-config]');
  if (!configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as MapConfig;
  const fmt = createFormatter(config.locale);
  const unit = measureNoun(config.label);
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const svg = root.querySelector<SVGSVGElement>('[data-static-map]');
  const glBox = root.querySelector<HTMLElement>('[data-map-gl]');
  const announce = root.querySelector<HTMLElement>('[data-map-announce]');
  const table = root.querySelector<HTMLTableElement>('[data-area-table]');
  const select = root.querySelector<HTMLSelectElement>('[data-week-select]');
  if (!frame || !svg || !glBox || !table || !select) return;
  root.querySelector<HTMLElement>('[data-week-control]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-map-help]')?.removeAttribute('hidden');

  const latest = config.weeks.at(-1)?.end ?? null;
  let week: CasesWeek | null = null;
  let map: MapLibreMap | null = null;
  let geojson: FeatureCollection | null = null;
  const paths = new Map<string, SVGPathElement>();
  for (const p of svg.querySelectorAll<SVGPathElement>('path[data-code]')) paths.set(p.dataset['code'] ?? '', p);
  const centres = centroids(paths);

  const figureOf = (code: string) => {
    const i = week ? week.code.indexOf(code) : -1;
    return {
      total: i >= 0 ? (week?.total[i] ?? null) : null,
      rate: i >= 0 ? (week?.rate[i] ?? null) : null,
      rank: i >= 0 ? (week?.rank[i] ?? null) : null,
    };
  };
  const status = (rate: Figure) => (rate === null ? 'none' : rate === SUPPRESSED ? 'suppressed' : 'band');
  const colourOf = (rate: Figure) =>
    rate === null
      ? `url(#${NO_DATA})`
      : rate === SUPPRESSED
        ? `url(#${HIDDEN})`
        : (config.colours[rateBand(rate, config.bands) ?? 0] ?? '#999');

  // ---- Week ----
  async function showWeek(end: string | null): Promise<void> {
    const target = config.weeks.find((w) => w.end === end) ?? config.weeks.at(-1);
    if (!target) return;
    week = await fetchJson<CasesWeek>(target.url);
    select!.value = week.end;
    for (const label of root.querySelectorAll('[data-week-label], [data-week-caption]'))
      label.textContent = fmt.date(week.end);
    svg!.setAttribute(
      'aria-label',
      `Map of 7-day rates per 100,000 by area for the week to ${fmt.date(week.end)}; the table has the same figures.`,
    );
    for (const [code, path] of paths) path.setAttribute('fill', colourOf(figureOf(code).rate));
    for (const tr of table!.tBodies[0]?.rows ?? []) {
      const f = figureOf(tr.dataset['code'] ?? '');
      const [, total, rate, rank] = tr.cells;
      setCell(total, f.total, fmt.count(f.total));
      setCell(rate, f.rate, fmt.decimal(f.rate, 1));
      setCell(rank, f.rank, f.rank === null ? '—' : String(f.rank));
    }
    resort();
    updateGl();
    const selected = pageState().area;
    if (selected) select_(selected, false);
  }
  select.addEventListener('change', () => setPageState({ week: select.value === latest ? null : select.value }));
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-week-step]')) {
    b.addEventListener('click', () => {
      const i = config.weeks.findIndex((w) => w.end === (week?.end ?? latest));
      const next = config.weeks[Math.max(0, Math.min(config.weeks.length - 1, i + Number(b.dataset['weekStep'])))];
      if (next) setPageState({ week: next.end === latest ? null : next.end });
    });
  }

  // ---- Selection and keyboard ----
  function describe(code: string): string {
    const f = figureOf(code);
    const name = config.names[code] ?? code;
    const when = week ? ` in the 7 days to ${fmt.date(week.end)}` : '';
    if (f.total === null) return `${name}: no data${when}.`;
    if (f.total === SUPPRESSED) return `${name}: ${unit} too few to publish${when} (suppressed).`;
    const rate = f.rate === null ? 'no rate (population unknown)' : `${fmt.decimal(f.rate, 1)} per 100,000`;
    const rank = f.rank === null || !week ? '' : `, ${ordinal(f.rank)} highest of ${fmt.count(week.ranked)}`;
    return `${name}: ${rate}, ${fmt.count(f.total)} ${unit}${when}${rank}.`;
  }
  function select_(code: string, speak: boolean): void {
    for (const p of svg!.querySelectorAll('path.selected')) p.classList.remove('selected');
    const path = paths.get(code);
    if (path) {
      path.classList.add('selected');
      path.parentNode?.append(path);
    }
    for (const tr of table!.querySelectorAll('tr.selected')) tr.classList.remove('selected');
    const row = table!.querySelector<HTMLTableRowElement>(`tr[data-code="${CSS.escape(code)}"]`);
    if (row) {
      row.classList.add('selected');
      const box = row.closest<HTMLElement>('.table-scroll');
      if (box) box.scrollTop = row.offsetTop - box.clientHeight / 2;
    }
    if (map?.getLayer('selected')) map.setFilter('selected', ['==', ['get', 'code'], code]);
    if (speak && announce) announce.textContent = describe(code);
  }
  function choose(code: string): void {
    setPageState({ area: code });
    select_(code, true);
  }
  frame.addEventListener('keydown', (e) => {
    const codes = [...centres.keys()];
    const current = pageState().area || '';
    if (e.key === 'Enter' && current) {
      window.location.href = `${config.areaUrl}${encodeURIComponent(current)}/`;
      return;
    }
    const dir = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[e.key] as
      [number, number] | undefined;
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const sorted = codes.sort((a, b) => (config.names[a] ?? a).localeCompare(config.names[b] ?? b, 'en'));
      const pick = e.key === 'Home' ? sorted[0] : sorted.at(-1);
      if (pick) choose(pick);
      return;
    }
    if (!dir) return;
    e.preventDefault();
    if (!current || !centres.has(current)) {
      const first = codes.sort((a, b) => (config.names[a] ?? a).localeCompare(config.names[b] ?? b, 'en'))[0];
      if (first) choose(first);
      return;
    }
    const next = neighbour(centres, current, dir);
    if (next) choose(next);
    else if (announce)
      announce.textContent = `No area further ${e.key.replace('Arrow', '').toLowerCase()}. ${describe(current)}`;
  });
  svg.addEventListener('click', (e) => {
    const code = (e.target as Element).closest?.('path[data-code]')?.getAttribute('data-code');
    if (code) choose(code);
  });

  // ---- Sorting ----
  let sortKey = 'name';
  let sortDir: 'ascending' | 'descending' = 'ascending';
  table.closest('.area-table')?.classList.add('enhanced');
  for (const b of table.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    b.hidden = false;
    b.addEventListener('click', () => {
      const key = b.dataset['sort'] ?? 'name';
      sortDir =
        key === sortKey
          ? sortDir === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'rate' || key === 'total'
            ? 'descending'
            : 'ascending';
      sortKey = key;
      resort();
    });
  }
  function resort(): void {
    const body = table!.tBodies[0];
    if (!body) return;
    const col = { name: 0, total: 1, rate: 2, rank: 3 }[sortKey] ?? 0;
    const sign = sortDir === 'ascending' ? 1 : -1;
    const rows = [...body.rows];
    const value = (tr: HTMLTableRowElement) => {
      if (col === 0) return tr.cells[0]?.textContent ?? '';
      const v = tr.cells[col]?.dataset['v'] ?? '';
      // Suppressed and missing sort after every number, whatever the direction.
      return v === '' || v === String(SUPPRESSED) ? null : Number(v);
    };
    rows.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const c = typeof va === 'string' ? va.localeCompare(vb as string, 'en') : va - (vb as number);
      return c * sign || (a.cells[0]?.textContent ?? '').localeCompare(b.cells[0]?.textContent ?? '', 'en');
    });
    body.append(...rows);
    for (const th of table!.querySelectorAll<HTMLElement>('thead th')) {
      if (th.dataset['col'] === sortKey) th.setAttribute('aria-sort', sortDir);
      else th.removeAttribute('aria-sort');
    }
    const caption = table!.querySelector('[data-sort-caption]');
    const label = table!.querySelector(`th[data-col="${sortKey}"] .label`)?.textContent ?? sortKey;
    if (caption) caption.textContent = `, sorted by ${label.toLowerCase()}, ${sortDir}`;
  }

  // ---- MapLibre ----
  function withWeek(fc: FeatureCollection): FeatureCollection {
    return {
      type: 'FeatureCollection',
      features: fc.features.map((f) => {
        const code = String(f.properties?.['code'] ?? '');
        const rate = figureOf(code).rate;
        return {
          ...f,
          properties: {
            code,
            status: status(rate),
            band: rate === null || rate === SUPPRESSED ? -1 : (rateBand(rate, config.bands) ?? 0),
          },
        };
      }),
    };
  }
  function updateGl(): void {
    if (!map || !geojson) return;
    void (map.getSource('areas') as GeoJSONSource | undefined)?.setData(withWeek(geojson));
  }
  if (hasWebGL()) {
    mountWhenVisible({
      container: glBox,
      bounds: config.bbox,
      tiles: config.tiles ?? undefined,
      label: `Map of ${config.label} rates by area`,
      onReady: (m) => {
        void fetchJson<FeatureCollection>(config.boundaries).then((fc) => {
          geojson = fc;
          map = m;
          m.addImage(NO_DATA, patternImage('hatch'), { pixelRatio: 2 });
          m.addImage(HIDDEN, patternImage('dots'), { pixelRatio: 2 });
          m.addSource('areas', { type: 'geojson', data: withWeek(fc) });
          const match: unknown[] = ['match', ['get', 'band']];
          config.colours.forEach((c, i) => match.push(i, c));
          match.push('#999999');
          m.addLayer({
            id: 'fill',
            type: 'fill',
            source: 'areas',
            filter: ['==', ['get', 'status'], 'band'],
            paint: { 'fill-color': match as never },
          });
          m.addLayer({
            id: 'nodata',
            type: 'fill',
            source: 'areas',
            filter: ['==', ['get', 'status'], 'none'],
            paint: { 'fill-pattern': NO_DATA },
          });
          m.addLayer({
            id: 'suppressed',
            type: 'fill',
            source: 'areas',
            filter: ['==', ['get', 'status'], 'suppressed'],
            paint: { 'fill-pattern': HIDDEN },
          });
          m.addLayer({
            id: 'outline',
            type: 'line',
            source: 'areas',
            paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
          });
          m.addLayer({
            id: 'selected',
            type: 'line',
            source: 'areas',
            filter: ['==', ['get', 'code'], pageState().area],
            paint: { 'line-color': '#000000', 'line-width': 3 },
          });
          for (const id of ['fill', 'nodata', 'suppressed']) {
            m.on('click', id, (e) => onGlClick(e.features?.[0]?.properties?.['code']));
            m.on('mouseenter', id, () => (m.getCanvas().style.cursor = 'pointer'));
            m.on('mouseleave', id, () => (m.getCanvas().style.cursor = ''));
          }
          m.once('idle', () => {
            frame.classList.add('gl-ready');
            glBox.dataset['ready'] = 'true';
          });
        });
      },
    });
  }
  function onGlClick(code: unknown): void {
    if (typeof code === 'string') choose(code);
  }

  // ---- State ----
  onPageState((s, changed) => {
    if (changed.includes('week')) void showWeek(s.week ?? latest);
    if (changed.includes('area') && s.area) select_(s.area, false);
  });
  const initial = pageState();
  if (initial.week && initial.week !== latest) void showWeek(initial.week);
  else
    void fetchJson<CasesWeek>(config.weeks.at(-1)?.url ?? '').then((w) => {
      week = w;
      if (initial.area) select_(initial.area, true);
    });
}

function setCell(td: HTMLTableCellElement | undefined, value: Figure, text: string): void {
  if (!td) return;
  td.dataset['v'] = value === null ? '' : String(value);
  td.textContent = text;
}

/** Centre of each area's bounding box in the static map's pixel space (y down). */
function centroids(paths: Map<string, SVGPathElement>): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const [code, p] of paths) {
    const nums = (p.getAttribute('d') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const x = nums[i] as number;
      const y = nums[i + 1] as number;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (Number.isFinite(minX)) out.set(code, [(minX + maxX) / 2, (minY + maxY) / 2]);
  }
  return out;
}

/** The nearest area whose centre lies within 60° of `dir` from the current one. */
function neighbour(centres: Map<string, [number, number]>, from: string, dir: [number, number]): string | null {
  const here = centres.get(from);
  if (!here) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [code, c] of centres) {
    if (code === from) continue;
    const dx = c[0] - here[0];
    const dy = c[1] - here[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * dir[0] + dy * dir[1]) / dist;
    if (cos < 0.5) continue;
    // Prefer areas straight ahead: distance grows as the angle widens.
    const score = dist * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}

function patternImage(kind: 'hatch' | 'dots'): ImageData {
  const size = 12;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  if (kind === 'hatch') {
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, size, size);
    g.strokeStyle = '#6b7280';
    g.lineWidth = 2.5;
    for (const o of [-size, 0, size]) {
      g.beginPath();
      g.moveTo(o, size);
      g.lineTo(o + size, 0);
      g.stroke();
    }
  } else {
    g.fillStyle = '#d9dde3';
    g.fillRect(0, 0, size, size);
    g.fillStyle = '#1b1b1f';
    g.beginPath();
    g.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2);
    g.fill();
  }
  return g.getImageData(0, 0, size, size);
}
