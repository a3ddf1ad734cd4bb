/**
 * Fetches every assets dataset's table (content-hashed files, cached forever) and merges
 * them, with the default categories labelled in the page's language.
 */
import type { AssetsTable } from '../../lib/assets-files.ts';
import { buildEstate, type Estate } from '../../lib/assets/estate.ts';
import { localDefaults } from '../../lib/assets/status-style.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

export interface SourceRef {
  id: string;
  title: string;
  /** URL of the dataset's `assets` file. */
  url: string;
}

export async function loadEstate(sources: readonly SourceRef[], t: Pick<Translator, 't'>): Promise<Estate> {
  const tables = await Promise.all(
    sources.map(async (s) => {
      const response = await fetch(s.url);
      if (!response.ok) throw new Error(`${s.url}: ${response.status} ${response.statusText}`);
      const table = (await response.json()) as AssetsTable;
      return { id: s.id, title: s.title, table: { ...table, categories: localDefaults(table.categories, t) } };
    }),
  );
  return buildEstate(tables);
}
