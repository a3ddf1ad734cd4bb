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
import type { TextPart } from '../../lib/i18n/config-text.ts';
import { configTextLanguage, contentLanguage, siteTranslator } from '../i18n.ts';
import { loadManifest, readData } from '../manifest.ts';

const line = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' · ');

// The language of a config text (a title, a label) or the data's (a name, an address) where it is
// not the page's: the results list marks it, as the pages do (`contentText`).
const textLang = (text: string): string | undefined => configTextLanguage(text) ?? contentLanguage();

/** An entry's label and detail, with their languages where any is not the page's. */
function shown(
  label: string,
  detail: readonly (TextPart | undefined)[],
): Pick<SearchEntry, 'label' | 'detail' | 'labelLang' | 'detailParts'> {
  const kept = detail.filter((p): p is TextPart => p !== undefined && p.text !== '');
  const parts = kept.flatMap((p, i) => (i === 0 ? [p] : [{ text: ' · ' }, p]));
  const labelLang = textLang(label);
  return {
    label,
    detail: line(...kept.map((p) => p.text)),
    ...(labelLang === undefined ? {} : { labelLang }),
    ...(kept.some((p) => p.lang !== undefined) ? { detailParts: parts } : {}),
  };
}

/** A text of the config or the data as a detail part, with its language where it is not the page's. */
function part(text: string | undefined, lang = text === undefined ? undefined : textLang(text)): TextPart | undefined {
  if (text === undefined) return undefined;
  return lang === undefined ? { text } : { text, lang };
}

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
      // A postcode or a code is the same in every language: never marked.
      ...shown(label, [part(address === label ? undefined : address), { text: postcode }]),
      path: assetPath(table, i),
      keywords: assetKeywords(id, uprn, postcode),
    });
  }
  return out;
}

/** Every search entry of the site, in manifest order (the index orders them itself). */
export function searchEntries(): SearchEntry[] {
  const { layers, datasets } = loadManifest();
  const t = siteTranslator();
  const entries: SearchEntry[] = [];
  for (const layer of layers) {
    for (const area of readData<AreaList>(layer.files.areas).areas) {
      entries.push({
        kind: 'area',
        ...shown(area.name, [part(layer.label), { text: area.code }]),
        path: `areas/${layer.id}/${encodeURIComponent(areaPageName(area.code))}/`,
        keywords: joinedTerm(area.code),
      });
    }
  }
  for (const d of datasets) {
    entries.push({
      kind: 'dataset',
      // The section the dataset's page is in, as the site's navigation names it.
      ...shown(d.title, [{ text: t.t('layout.nav.datasets') }, part(d.source.publisher)]),
      // Found by its kind's name too ("land and buildings", "disease notifications").
      keywords: line(d.id, kindInfo(d.kind).label),
      path: `datasets/${d.id}/`,
    });
    if (d.kind === 'indicator') {
      for (const s of d.series) {
        entries.push({
          kind: 'indicator',
          ...shown(s.label, [part(d.title)]),
          path: `indicators/${d.id}/${s.slug}/`,
          keywords: s.key,
        });
      }
    } else if (d.kind === 'cases') {
      for (const m of d.metrics) {
        entries.push({
          kind: 'disease',
          ...shown(m.label, [part(d.title)]),
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
