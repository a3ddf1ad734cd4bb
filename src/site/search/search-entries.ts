/**
 * Everything the site search finds, read at build time from what the data step wrote: every area
 * of every layer (its profile page), every indicator and disease figure page, every dataset's page,
 * and every asset's page with its address, postcode, reference and UPRN, whatever columns the
 * dataset's config mapped.
 */
import { areaPageName } from '../../lib/area-page-name.ts';
import { kindInfo } from '../../lib/dataset-kinds.ts';
import type { AreaList } from '../../lib/manifest.ts';
import { ASSET_FILES, type AssetsTable } from '../../lib/assets-files.ts';
import { labelOf } from '../../lib/assets/estate.ts';
import { assetPath } from '../../lib/assets/asset-page.ts';
import type { SearchEntry } from '../../lib/search/search-index-files.ts';
import { assetKeywords, joinedTerm } from '../../lib/search/search-terms.ts';
import { loadManifest, readData } from '../manifest.ts';

const line = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' · ');

/**
 * Entries for the assets of one table: label as the asset pages name it, address and postcode
 * beside it. Not the dataset's title: its words would put every asset in the shards of those words.
 */
function assetEntries(table: AssetsTable): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (let i = 0; i < table.count; i++) {
    const label = labelOf(table, i);
    const address = table.address[i] ?? '';
    const postcode = table.postcode[i] ?? '';
    const id = table.id[i] ?? '';
    const uprn = table.uprn?.[i] ?? '';
    out.push({
      kind: 'asset',
      label,
      detail: line(address === label ? undefined : address, postcode),
      path: assetPath(table, i),
      keywords: assetKeywords(id, uprn, postcode),
    });
  }
  return out;
}

/** Every search entry of the site, in manifest order (the index orders them itself). */
export function searchEntries(): SearchEntry[] {
  const { layers, datasets } = loadManifest();
  const entries: SearchEntry[] = [];
  for (const layer of layers) {
    for (const area of readData<AreaList>(layer.files.areas).areas) {
      entries.push({
        kind: 'area',
        label: area.name,
        detail: line(layer.label, area.code),
        path: `areas/${layer.id}/${encodeURIComponent(areaPageName(area.code))}/`,
        keywords: joinedTerm(area.code),
      });
    }
  }
  for (const d of datasets) {
    entries.push({
      kind: 'dataset',
      label: d.title,
      detail: line('Data and quality', d.source.publisher),
      // Found by its kind's name too ("land and buildings", "disease notifications").
      keywords: line(d.id, kindInfo(d.kind).label),
      path: `datasets/${d.id}/`,
    });
    if (d.kind === 'indicator') {
      for (const s of d.series) {
        entries.push({
          kind: 'indicator',
          label: s.label,
          detail: d.title,
          path: `indicators/${d.id}/${s.slug}/`,
          keywords: s.key,
        });
      }
    } else if (d.kind === 'cases') {
      for (const m of d.metrics) {
        entries.push({
          kind: 'disease',
          label: m.label,
          detail: d.title,
          path: `disease/${d.id}/${m.key}/`,
          keywords: m.key,
        });
      }
    } else {
      entries.push(...assetEntries(readData<AssetsTable>(d.files[ASSET_FILES.table] ?? '')));
    }
  }
  return entries;
}
