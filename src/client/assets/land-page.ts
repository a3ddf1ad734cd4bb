/**
 * The buildings and land map page: loads every assets dataset, then keeps the
 * filters, live counts, list, map, selected asset and URL in step. The URL is
 * the state (filters, selection, list page, order), so a link restores the view.
 */
import type { TiledBoundaryUrls } from '../../lib/geo/tile-view.ts';
import { assetAt, assetKey, findAssetByKey, slugOf, withinBounds, type Estate } from '../../lib/assets/estate.ts';
import { hasAssetPage } from '../../lib/assets/asset-page.ts';
import type { AssetsTable, AssetsSourceRef } from '../../lib/assets-files.ts';
import {
  activeFilterCount,
  applyFilters,
  describeFilters,
  parseSizeBound,
  isUnfiltered,
  type AssetFilters,
  type FilterResult,
} from '../../lib/assets/filters.ts';
import {
  filtersOf,
  landSearch,
  LIST_SORTS,
  readLandState,
  stateOf,
  type LandState,
  type ListSort,
  LAND_STATE,
} from '../../lib/assets/filter-url.ts';
import { inOrder } from '../../lib/assets/list-order.ts';
import { formatAssetSize } from '../../lib/assets/asset-size.ts';
import { countText, nounTexts, onlyWords, ownNoun } from '../../lib/assets/record-noun.ts';
import { assetsCsv, assetsGeoJson, exportFileName, exportNameParts } from '../../lib/assets/export.ts';
import { matchSummary, pageHolding, PAGE_SIZE } from '../../lib/assets/match-summary.ts';
import { staticMarkers } from '../../lib/assets/static-markers.ts';
import { mercatorFrame, type LonLatBounds } from '../../lib/geo/mercator-frame.ts';
import { writeState } from '../../lib/url-state.ts';
import { createFormatter } from '../../lib/format.ts';
import type { TileSource } from '../map/base-style.ts';
import { loadEstateOffThread, type LoadedEstate } from './estate-off-thread.ts';
import { yieldToPage } from '../yield-to-page.ts';
import { facetLabels, renderFacets, type Facets } from './facets.ts';
import { createResultsList } from './results-list.ts';
import { renderSelected } from './selected-summary.ts';
import { createEstateMap, type EstateMap } from './estate-map.ts';
import { drawStaticMarkers } from './static-estate-map.ts';
import { downloadText } from '../download-file.ts';
import { pageData, pageTranslator } from '../page-messages.ts';
import { markingFor, showParts } from '../text-parts.ts';
import { textsLoader } from './load-texts.ts';

interface FinderConfig {
  locale: string;
  sources: AssetsSourceRef[];
  boundaries: (string | TiledBoundaryUrls)[];
  tiles?: TileSource;
  /** URL of the land section, ending in "/" (asset pages are below it). */
  landUrl: string;
  shortlistUrl: string;
  mapLabel: string;
  /** The frame of the map picture drawn at build time; absent when no record has a place. */
  picture?: { bounds: LonLatBounds; width: number };
}

function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (el === null) throw new Error(`missing ${selector}`);
  return el;
}

export async function initLandPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-finder]');
  if (root === null) return;
  const config = JSON.parse(root.dataset['finder'] ?? '{}') as FinderConfig;
  const fmt = createFormatter(config.locale);
  const messages = root.querySelector('[data-finder-messages]');
  const tr = pageTranslator(messages);
  const languages = pageData(messages);
  const fmtCount = (n: number): string => fmt.count(n);
  const fmtSize = (n: number, unit: string): string => formatAssetSize(fmt, n, unit);
  const status = $(root, '[data-status]');
  const ui = $(root, '[data-finder-ui]');

  let state: LandState = readLandState(location.search);
  // The export buttons are on the page before the records arrive (their count line holds its place):
  // a click then is kept and answered as soon as the records are in, with the filters shown by then.
  type ExportKind = 'csv' | 'geojson';
  let exportRows: ((kind: ExportKind) => void) | null = null;
  const early: ExportKind[] = [];
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      const kind: ExportKind = button.dataset['export'] === 'geojson' ? 'geojson' : 'csv';
      if (exportRows !== null) exportRows(kind);
      else if (!early.includes(kind)) early.push(kind);
    });
  }
  // So is "Show interactive map": a click before the records are in starts the map once they are.
  let startMap: (() => void) | null = null;
  let mapAsked = false;
  const showMapButton = root.querySelector<HTMLButtonElement>('[data-show-map]');
  showMapButton?.addEventListener('click', () => {
    showMapButton.setAttribute('aria-busy', 'true');
    showMapButton.textContent = tr.t('assets.finder.loadingMap');
    if (startMap !== null) startMap();
    else mapAsked = true;
  });
  let loaded: LoadedEstate;
  try {
    const loading = loadEstateOffThread(config.sources, state.sort, filtersOf(state), tr);
    // While the worker works, the number formats the count and the list use are made, each in a task
    // of its own (one costs the page several milliseconds), not all at once when the list is built.
    void (async () => {
      for (const warm of [() => fmtCount(0), () => fmtSize(0.5, ''), () => fmtSize(10, ''), () => tr.number(0, 3)]) {
        await yieldToPage();
        warm();
      }
    })();
    loaded = await loading;
  } catch (error) {
    status.textContent = tr.t('assets.finder.loadFailed', { reason: (error as Error).message });
    for (const el of ui.querySelectorAll<HTMLElement>('[data-needs-script]')) el.hidden = true;
    return;
  }
  // The estate arrived in a task of its own (the worker's message, unpacked): the page gets a turn
  // before the list is built, and again before the filters box opens and the map is set up.
  await yieldToPage();

  const estate: Estate = loaded.estate;
  // One source that names its records ("properties") counts them with its noun, as the page's opening line does.
  const words = onlyWords(estate.tables);
  // Sentences with the dataset's noun in them mark it with its language where that is not the page's.
  const marking = markingFor(tr, languages, nounTexts(words));
  const form = $(root, '[data-filters]') as HTMLFormElement;
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const min = form.elements.namedItem('min') as HTMLInputElement;
  const max = form.elements.namedItem('max') as HTMLInputElement;
  const sortSelect = $(root, '[data-sort]') as HTMLSelectElement;
  const inView = $(root, '[data-in-view]') as HTMLInputElement;
  const count = $(root, '[data-count]');
  const selectedPanel = $(root, '[data-selected]');
  const mapNote = $(root, '[data-map-note]');
  const shortlist = $(root, '[data-shortlist]') as HTMLAnchorElement;
  const sizeLegend = root.querySelector('[data-size-unit]');
  if (sizeLegend)
    sizeLegend.textContent = estate.sizeUnit
      ? tr.t('assets.finder.sizeUnit', { unit: estate.sizeUnit })
      : tr.t('assets.finder.sizeEachUnit');
  // A record without a page of its own (`assetPages` in the config) has no link: its row and summary are its record.
  const assetUrl = (t: AssetsTable, i: number): string | null =>
    hasAssetPage(t, i) ? `${config.landUrl}${t.dataset}/${slugOf(t, i)}/` : null;

  let filters: AssetFilters = loaded.filters;
  let result: FilterResult = loaded.result;
  const rankOf = (sort: ListSort): Int32Array => loaded.rank(sort);
  let selected: number | null = findAssetByKey(estate, state.asset);

  const facets: Facets = renderFacets($(root, '[data-facets]'), estate, loaded.all, fmtCount, tr);
  facets.set(filters);
  q.value = filters.q;
  min.value = filters.sizeMin === null ? '' : String(filters.sizeMin);
  max.value = filters.sizeMax === null ? '' : String(filters.sizeMax);
  sortSelect.value = state.sort;

  let map: EstateMap | null = null;
  let ordered: Uint32Array = new Uint32Array(0);
  const list = createResultsList({
    list: $(root, '[data-list]') as HTMLOListElement,
    pager: $(root, '[data-pager]'),
    heading: $(root, '[data-list-heading]'),
    estate,
    assetUrl,
    fmtCount,
    fmtSize,
    t: tr,
    languages,
    onShow: (k) => select(k, true),
    onPage: (p) => {
      state.page = p;
      renderList();
      save();
    },
  });

  function save(): void {
    const asset = selected === null ? '' : assetKey(estate, selected);
    state = { ...state, ...stateOf(filters, { asset, page: state.page, sort: state.sort }) };
    writeState(LAND_STATE, state);
    shortlist.href = `${config.shortlistUrl}${landSearch(stateOf(filters, { sort: state.sort }))}`;
  }

  function listed(): Uint32Array {
    const base = inOrder(result.matches, rankOf(state.sort));
    const view = inView.checked ? map?.visible() : null;
    return view ? withinBounds(estate, base, view) : base;
  }

  function renderList(): void {
    ordered = listed();
    state.page = list.render(ordered, state.page, selected);
    const filterWords = describeFilters(
      estate,
      filters,
      { ...facetLabels(estate, tr), size: tr.t('assets.field.size'), q: tr.t('assets.field.search') },
      tr,
    );
    const summary = matchSummary(
      {
        matched: result.matches.length,
        all: estate.count,
        placed: result.placed,
        listed: ordered.length,
        page: state.page,
        pageSize: PAGE_SIZE,
        inView: inView.checked,
        filterWords,
      },
      marking,
      words,
    );
    showParts(count, summary);
  }

  const summary = root.querySelector('details.filters-box > summary');
  function showActive(): void {
    const n = activeFilterCount(filters);
    if (summary)
      summary.textContent = n > 0 ? tr.t('assets.finder.filtersSet', { count: n }) : tr.t('assets.finder.filters');
  }

  function refresh(resetPage: boolean): void {
    filters = readForm();
    showActive();
    result = applyFilters(estate, filters);
    facets.update(result);
    if (resetPage) state.page = 1;
    if (selected !== null && !result.matches.includes(selected)) select(null, false, false);
    renderList();
    map?.setAssets(result.matches);
    redrawPicture();
    save();
  }

  function select(k: number | null, fly: boolean, persist = true): void {
    selected = k;
    renderSelected(selectedPanel, estate, k, { assetUrl, fmtSize, t: tr, onClear: () => select(null, false) });
    map?.select(k, fly);
    // "Show on map" from the list brings the interactive map (it flies to the selection when ready).
    if (fly && k !== null) map?.start();
    if (k !== null) {
      // Keep the list in step: show the page holding the asset.
      const at = ordered.indexOf(k);
      if (at >= 0 && pageHolding(at, PAGE_SIZE) !== state.page) {
        state.page = pageHolding(at, PAGE_SIZE);
        renderList();
      }
    }
    list.mark(k);
    if (fly) selectedPanel.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (persist) save();
  }

  function readForm(): AssetFilters {
    return {
      ...facets.read(),
      sizeMin: parseSizeBound(min.value),
      sizeMax: parseSizeBound(max.value),
      q: q.value.trim(),
    };
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', (event) => {
    if (event.target === q) return;
    refresh(true);
  });
  form.addEventListener('input', (event) => {
    if (event.target !== q && event.target !== min && event.target !== max) return;
    clearTimeout(typing);
    typing = setTimeout(() => refresh(true), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh(true);
  });
  form.addEventListener('reset', () => {
    // After the browser clears the inputs.
    setTimeout(() => refresh(true), 0);
  });
  sortSelect.addEventListener('change', () => {
    const chosen = sortSelect.value;
    const sort = (LIST_SORTS as readonly string[]).includes(chosen) ? (chosen as ListSort) : 'status';
    // The worker ranks the other orders just after the first; a later choice wins.
    void loaded.ranks(sort).then(() => {
      if (sortSelect.value !== chosen) return;
      state.sort = sort;
      state.page = 1;
      renderList();
      save();
    });
  });
  inView.addEventListener('change', () => {
    state.page = 1;
    renderList();
  });
  $(root, '[data-zoom-results]').addEventListener('click', () => map?.fitTo(result.matches));
  // The free texts are not in the records the map loaded: fetched when a list is first saved.
  const texts = textsLoader(config.sources);
  exportRows = (kind) => {
    const rows = Array.from(result.matches, (k) => assetAt(estate, k));
    const name = exportFileName(isUnfiltered(filters) ? 'assets_all' : 'assets', exportNameParts(filters), kind);
    texts().then(
      (textsOf) => {
        downloadText(
          kind === 'csv' ? assetsCsv(rows, estate.tables, textsOf) : assetsGeoJson(rows, estate.tables, textsOf),
          name,
          kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json',
        );
        const noun = ownNoun(words, rows.length, tr);
        // A number, not its text: the message agrees with it ("1 record").
        showParts(
          status,
          countText(marking, noun, 'assets.finder.saved', 'assets.finder.savedOwn', { name, count: rows.length }),
        );
      },
      (error: unknown) => {
        status.textContent = tr.t('assets.finder.exportFailed', { reason: (error as Error).message });
      },
    );
  };
  for (const kind of early.splice(0)) exportRows(kind);
  // The finder answers from here on; until then its counts are the build's (tests wait for this).
  root.dataset['live'] = '';

  const mapEl = $(root, '[data-map]');
  const stage = $(root, '[data-map-stage]');
  const showMap = root.querySelector<HTMLButtonElement>('[data-show-map]');
  const picture = root.querySelector<SVGGElement>('[data-picture-markers]');
  const frame = config.picture ? mercatorFrame(config.picture.bounds, config.picture.width) : null;
  function redrawPicture(): void {
    if (picture && frame && !stage.classList.contains('gl-ready'))
      drawStaticMarkers(picture, staticMarkers(estate, result.matches, frame));
  }

  facets.update(result);
  showActive();
  renderList();
  if (config.picture === undefined) {
    stage.hidden = true;
    showMap?.remove();
    mapNote.textContent = tr.t('assets.finder.noPlaces');
  } else {
    map = createEstateMap({
      container: mapEl,
      estate,
      clusters: loaded.clusters,
      bounds: config.picture.bounds,
      trigger: stage,
      boundaries: config.boundaries,
      tiles: config.tiles,
      label: config.mapLabel,
      t: tr,
      onSelect: (k) => select(k, false),
      onMove: () => {
        if (inView.checked) {
          state.page = 1;
          renderList();
        }
      },
      onReady: () => {
        map?.setAssets(result.matches);
        if (selected !== null) map?.select(selected, true);
      },
      onShown: () => {
        // The interactive map is drawn over the same extent: the picture steps aside.
        const hadFocus = document.activeElement === showMap;
        stage.classList.add('gl-ready');
        if (hadFocus) stage.querySelector<HTMLElement>('.maplibregl-ctrl button')?.focus();
      },
      onUnsupported: () => {
        showMap?.remove();
        mapNote.textContent = tr.t('assets.finder.noWebGl');
      },
    });
    startMap = () => map?.start();
    if (mapAsked) startMap();
  }
  // The count, list and filters work from here; opening the filters box (which builds its
  // open groups) and redrawing a filtered picture wait a turn.
  await yieldToPage();
  // On a phone the filters stay folded (as built), so the count, map and list come first.
  const box = root.querySelector<HTMLDetailsElement>('details.filters-box');
  if (box && (!window.matchMedia('(max-width: 60rem)').matches || !isUnfiltered(filters))) box.open = true;
  if (!isUnfiltered(filters)) redrawPicture();
  if (selected !== null) select(selected, false, false);
  status.textContent = '';
  save();
}
