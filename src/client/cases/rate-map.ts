/**
 * The rate map's behaviour: week control (static SVG, MapLibre and table all
 * follow), keyboard movement between neighbouring areas with a spoken summary,
 * a sortable table that stays in step, and the MapLibre map itself, loaded only
 * when the map is used (touch, click, focus, "Show interactive map") and WebGL
 * is there (else the SVG stays); it takes over at the SVG's extent.
 */
import type { NounForms } from '../../lib/i18n/noun-forms.ts';
import { areaPageName } from '../../lib/area-page-name.ts';
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SUPPRESSED, type Figure } from '../../lib/manifest.ts';
import type { CasesWeek } from '../../lib/cases-files.ts';
import { casesFormatter } from '../../lib/cases/cases-formatter.ts';
import { casesLanguages, casesMonths, casesTranslator } from './messages.ts';
import { contentMark, showParts, textLanguageOf } from '../text-parts.ts';
import { markText } from '../../lib/i18n/config-text.ts';
import { rateBand } from '../../lib/cases/rate-band.ts';
import { measureNoun } from '../../lib/cases/measure-noun.ts';
import { NO_DATA_PATTERN, SUPPRESSED_PATTERN } from '../../lib/cases/map-styles.ts';
import { areaWeekSentence, weekFigure } from '../../lib/cases/week-figure.ts';
import { mountOnInteraction } from '../map/mount-map.ts';
import { areaPaths, enableAreaKeys, markArea } from '../map/area-keys.ts';
import { onPageState, pageState, setPageState } from './page-state.ts';
import { fetchJson } from './chart-data.ts';
import { EXTRA_ROW, enhanceAreaTableSort } from './area-table-sort.ts';
import { areaTableRows } from '../../lib/cases/area-table-rows.ts';
import { addRateLayers, rateFeatures } from './rate-map-layers.ts';
import { followBoundaryTiles } from '../map/boundary-tile-source.ts';
import type { TiledBoundaryUrls } from '../../lib/geo/tile-view.ts';

interface MapConfig {
  weeks: { end: string; url: string }[];
  bands: number[];
  colours: string[];
  boundaries: string;
  /** A layer of many small areas: fetched tile by tile as the map moves instead of `boundaries`. */
  boundaryTiles?: TiledBoundaryUrls | null;
  bbox: [number, number, number, number];
  tiles: { url: string; attribution: string; maxZoom: number } | null;
  areaUrl: string;
  locale: string;
  suppressBelow: number;
  names: Record<string, string>;
  label: string;
  /** The unit's plural forms by language, when the config gives them (counted-unit.ts). */
  forms?: NounForms;
}

export function enhanceRateMap(root: HTMLElement): void {
  const configEl = root.querySelector('[data-map-config]');
  if (!configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as MapConfig;
  const t = casesTranslator();
  const fmt = casesFormatter(t, casesMonths());
  const unit = measureNoun(config.label, t.locale);
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const svg = root.querySelector<SVGSVGElement>('[data-static-map]');
  const glBox = root.querySelector<HTMLElement>('[data-map-gl]');
  const announce = root.querySelector<HTMLElement>('[data-map-announce]');
  const table = root.querySelector<HTMLTableElement>('[data-area-table]');
  const select = root.querySelector<HTMLSelectElement>('[data-week-select]');
  if (!frame || !svg || !glBox || !table || !select) return;

  const latest = config.weeks.at(-1)?.end ?? null;
  let week: CasesWeek | null = null;
  let map: MapLibreMap | null = null;
  let geojson: FeatureCollection | null = null;
  const paths = areaPaths(svg);
  const codes = Object.keys(config.names);
  const capped = table.dataset['cap'] !== undefined;
  const resort = enhanceAreaTableSort(
    table,
    capped
      ? {
          rows: () =>
            week
              ? areaTableRows(
                  codes,
                  codes.map((c) => config.names[c] ?? c),
                  week,
                )
              : [],
          href: (code) => `${config.areaUrl}${encodeURIComponent(areaPageName(code))}/`,
          fmt,
          chosen: () => pageState().area || '',
        }
      : undefined,
  );

  const figureOf = (code: string) => weekFigure(week, code);
  const colourOf = (rate: Figure) =>
    rate === null
      ? `url(#${NO_DATA_PATTERN})`
      : rate === SUPPRESSED
        ? `url(#${SUPPRESSED_PATTERN})`
        : (config.colours[rateBand(rate, config.bands) ?? 0] ?? '#999');

  // ---- Week ----
  async function showWeek(end: string | null): Promise<void> {
    const target = config.weeks.find((w) => w.end === end) ?? config.weeks.at(-1);
    if (!target) return;
    week = await fetchJson<CasesWeek>(target.url);
    select!.value = week.end;
    for (const label of root.querySelectorAll('[data-week-label], [data-week-caption]'))
      label.textContent = fmt.date(week.end);
    svg!.setAttribute('aria-label', t.t('cases.map.picture', { date: fmt.date(week.end) }));
    for (const [code, path] of paths) path.setAttribute('fill', colourOf(figureOf(code).rate));
    // A capped table redraws its rows from the week in resort(); a full one updates its cells.
    for (const tr of capped ? [] : (table!.tBodies[0]?.rows ?? [])) {
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
  // The area's name and the measure's noun (the config's label) in their language where it is not the page's.
  const languages = casesLanguages();
  const mark = contentMark(languages);
  const shownUnit = markText(unit, textLanguageOf(languages)(config.label));
  const describe = (code: string) =>
    areaWeekSentence(
      config.names[code] === undefined ? code : mark(config.names[code]),
      figureOf(code),
      week,
      { unit: shownUnit, forms: config.forms },
      fmt,
      t,
    );
  function select_(code: string, speak: boolean): void {
    // A capped table gives an area outside its window a row of its own (and drops the last one's).
    if (
      capped &&
      week &&
      (table!.querySelector(`[${EXTRA_ROW}]`) || !table!.querySelector(`tr[data-code="${CSS.escape(code)}"]`))
    )
      resort();
    markArea(paths, table, code);
    if (map?.getLayer('selected')) map.setFilter('selected', ['==', ['get', 'code'], code]);
    if (speak && announce) showParts(announce, describe(code));
  }
  function choose(code: string): void {
    setPageState({ area: code });
    select_(code, true);
  }
  enableAreaKeys({
    frame,
    svg,
    names: config.names,
    current: () => pageState().area || '',
    choose,
    describe,
    announce,
    open: (code) => {
      window.location.href = `${config.areaUrl}${encodeURIComponent(areaPageName(code))}/`;
    },
  });
  svg.addEventListener('click', (e) => {
    const code = (e.target as Element).closest?.('path[data-code]')?.getAttribute('data-code');
    if (code) choose(code);
  });

  // ---- MapLibre ----
  function updateGl(): void {
    if (!map || !geojson) return;
    void (map.getSource('areas') as GeoJSONSource | undefined)?.setData(rateFeatures(geojson, week, config.bands));
  }
  const stage = frame.parentElement ?? frame;
  const showMap = root.querySelector<HTMLButtonElement>('[data-show-map]');
  const starter = mountOnInteraction(
    {
      container: glBox,
      bounds: config.bbox,
      tiles: config.tiles ?? undefined,
      label: t.t('cases.map.label', { metric: config.label }),
      t,
      onReady: (m) => {
        const tiled = config.boundaryTiles;
        const first: Promise<FeatureCollection> = tiled
          ? Promise.resolve({ type: 'FeatureCollection', features: [] })
          : fetchJson<FeatureCollection>(config.boundaries);
        void first.then((fc) => {
          geojson = fc;
          map = m;
          addRateLayers(m, rateFeatures(fc, week, config.bands), config.colours, pageState().area, choose);
          if (tiled)
            followBoundaryTiles(m, tiled, (data) => {
              geojson = data;
              updateGl();
            });
          m.once('idle', () => {
            const hadFocus = document.activeElement === showMap;
            frame.classList.add('gl-ready');
            stage.classList.add('gl-ready');
            glBox.dataset['ready'] = 'true';
            if (hadFocus) frame.focus();
          });
        });
      },
      onUnsupported: () => showMap?.remove(),
    },
    stage,
  );
  showMap?.addEventListener('click', () => {
    showMap.setAttribute('aria-busy', 'true');
    showMap.textContent = t.t('cases.map.loading');
    starter.start();
  });

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
