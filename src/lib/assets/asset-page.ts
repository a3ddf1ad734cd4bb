/**
 * Where a record's link goes: its own page (`land/<dataset>/<slug>/`) when its
 * dataset builds one for it (`assetPages` in the config), else the land map
 * with the record selected, where its facts are shown beside the map and list.
 * Paths are relative to the site's base path. Browser-safe.
 */
import type { AssetsTable } from '../assets-files.ts';
import { slugOf } from './estate.ts';
import { landSearch } from './filter-url.ts';

/** True when record `i` of `t` has a page of its own. */
export function hasAssetPage(t: AssetsTable, i: number): boolean {
  return t.pageCategories === undefined || t.pageCategories.includes(t.status[i] ?? -1);
}

/** The site path of record `i` of `t`: its page, or the land map with it selected. */
export function assetPath(t: AssetsTable, i: number): string {
  const slug = slugOf(t, i);
  return hasAssetPage(t, i) ? `land/${t.dataset}/${slug}/` : `land/${landSearch({ asset: `${t.dataset}/${slug}` })}`;
}
