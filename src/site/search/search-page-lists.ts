/**
 * What the search page lists for finding things without the search box (or without JavaScript):
 * every page the search finds except single assets, which the buildings and land list filters.
 * A layer of more areas than fit one list page is not listed here: the page links to its A-to-Z
 * pages, one per initial letter (src/pages/areas/[layer]/list/), so the page does not grow with it.
 */
import { loadManifest, readData, siteSections } from '../manifest.ts';
import type { AreaList } from '../../lib/manifest.ts';
import type { SiteSection } from '../../lib/dataset-kinds.ts';
import { orderEntries } from '../../lib/search/shard-search-entries.ts';
import type { SearchEntry } from '../../lib/search/search-index-files.ts';
import { areaListPages, type AreaListPage } from '../../lib/area-list-pages.ts';
import { searchEntries } from './search-entries.ts';

export interface ListedArea {
  code: string;
  name: string;
}

export interface LayerList {
  id: string;
  label: string;
  count: number;
  /** Every area by name, when they fit one page; else empty and `letters` says where they are. */
  areas: ListedArea[];
  /** The layer's A-to-Z pages (slug under areas/<layer>/list/), when it has more areas than one page holds. */
  letters: { letter: string; slug: string; count: number }[];
}

export interface SearchPageLists {
  layers: LayerList[];
  /** Indicator and disease figure pages, then dataset pages. */
  figures: SearchEntry[];
  datasets: SearchEntry[];
  sections: SiteSection[];
  /** True when the site has land and buildings (found from their own list). */
  hasAssets: boolean;
}

/** The A-to-Z pages of one layer's areas (a single page when they fit one). */
export function layerAreaPages(layerId: string): AreaListPage<ListedArea>[] {
  const layer = loadManifest().layers.find((l) => l.id === layerId);
  if (!layer) throw new Error(`layerAreaPages: no area layer "${layerId}" in the manifest`);
  const areas = readData<AreaList>(layer.files.areas).areas.map((a) => ({ code: a.code, name: a.name }));
  return areaListPages(areas, (a) => a.name);
}

/** Initial letters of split pages, each with its first page's slug and how many areas it holds. */
export function letterLinks(pages: AreaListPage<ListedArea>[]): LayerList['letters'] {
  const out: LayerList['letters'] = [];
  for (const p of pages) {
    const last = out[out.length - 1];
    if (last && last.letter === p.letter) last.count += p.items.length;
    else out.push({ letter: p.letter, slug: p.slug, count: p.items.length });
  }
  return out;
}

export function searchPageLists(): SearchPageLists {
  const { layers, datasets, site } = loadManifest();
  const entries = orderEntries(searchEntries().filter((e) => e.kind !== 'asset' && e.kind !== 'area'));
  return {
    layers: layers.map((l) => {
      const pages = layerAreaPages(l.id);
      const split = pages[0]?.slug !== '';
      const areas = split
        ? []
        : (pages[0]?.items ?? []).sort(
            (a, b) => a.name.localeCompare(b.name, site.locale) || (a.code < b.code ? -1 : 1),
          );
      return { id: l.id, label: l.label, count: l.areaCount, areas, letters: split ? letterLinks(pages) : [] };
    }),
    figures: entries.filter((e) => e.kind === 'indicator' || e.kind === 'disease'),
    datasets: entries.filter((e) => e.kind === 'dataset'),
    sections: siteSections(),
    hasAssets: datasets.some((d) => d.kind === 'assets'),
  };
}
