/**
 * The areas of a disease metric (codes, names, series paths), fetched from the series index the
 * first time a picker or search needs them; pages carry only the URL, not every area's name.
 */
import type { CasesSeriesIndex } from '../../lib/cases-files.ts';
import type { AreaEntry } from '../../lib/cases/area-search.ts';
import { fetchJson } from './chart-data.ts';
import { partialNames } from '../../lib/cases/partial-name.ts';
import { casesPartOf, casesTranslator } from './messages.ts';

/** The areas as search entries: only those with data (a series) unless `all`. */
export async function loadAreaEntries(indexUrl: string, all = false): Promise<AreaEntry[]> {
  const index = await fetchJson<CasesSeriesIndex>(indexUrl);
  // A roll-up's partial sums are named in the page's language (the file gives their own names and counts).
  const names =
    index.partial === undefined
      ? index.name
      : partialNames(index.name, index.partial, casesPartOf() ?? {}, casesTranslator());
  return index.code
    .map((code, i) => ({ code, name: names[i] ?? code, has: all || index.series[i] != null }))
    .filter((e) => e.has)
    .map(({ code, name }) => ({ code, name }));
}
