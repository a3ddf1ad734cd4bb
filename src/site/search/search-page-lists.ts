/**
 * What the search page lists for finding things without the search box (or without JavaScript):
 * every page the search finds except single assets, which the buildings and land list filters.
 */
import { loadManifest, readData, siteSections } from '../manifest.ts';
import type { AreaList } from '../../lib/manifest.ts';
import type { SiteSection } from '../../lib/dataset-kinds.ts';
import { orderEntries } from '../../lib/search/shard-search-entries.ts';
import type { SearchEntry } from '../../lib/search/search-index-files.ts';
import { searchEntries } from './search-entries.ts';

export interface SearchPageLists {
  /** Areas of each layer, by name. */
  layers: { id: string; label: string; areas: { code: string; name: string }[] }[];
  /** Indicator and disease figure pages, then dataset pages. */
  figures: SearchEntry[];
  datasets: SearchEntry[];
  sections: SiteSection[];
  /** True when the site has land and buildings (found from their own list). */
  hasAssets: boolean;
}

export function searchPageLists(): SearchPageLists {
  const { layers, datasets } = loadManifest();
  const entries = orderEntries(searchEntries().filter((e) => e.kind !== 'asset' && e.kind !== 'area'));
  return {
    layers: layers.map((l) => ({
      id: l.id,
      label: l.label,
      areas: [...readData<AreaList>(l.files.areas).areas].sort(
        (a, b) => a.name.localeCompare(b.name, loadManifest().site.locale) || (a.code < b.code ? -1 : 1),
      ),
    })),
    figures: entries.filter((e) => e.kind === 'indicator' || e.kind === 'disease'),
    datasets: entries.filter((e) => e.kind === 'dataset'),
    sections: siteSections(),
    hasAssets: datasets.some((d) => d.kind === 'assets'),
  };
}
