/**
 * Fetches every assets dataset's table (content-hashed files, cached forever) and merges
 * them, with the categories the page gave in its language (the default ones from the catalogue).
 */
import type { AssetsTable, AssetsSourceRef } from '../../lib/assets-files.ts';
import { buildEstate, type Estate, type EstateSource } from '../../lib/assets/estate.ts';
import { localDefaults } from '../../lib/assets/status-style.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

/** Every source's table, fetched and parsed, in source order. */
export function fetchTables(sources: readonly AssetsSourceRef[], t: Pick<Translator, 't'>): Promise<EstateSource[]> {
  return Promise.all(
    sources.map(async (s) => {
      const response = await fetch(s.url);
      if (!response.ok) throw new Error(`${s.url}: ${response.status} ${response.statusText}`);
      const table = (await response.json()) as AssetsTable;
      return {
        id: s.id,
        title: s.title,
        table: { ...table, categories: localDefaults(s.categories, t), ...(s.words ? { words: s.words } : {}) },
      };
    }),
  );
}

export async function loadEstate(sources: readonly AssetsSourceRef[], t: Pick<Translator, 't'>): Promise<Estate> {
  return buildEstate(await fetchTables(sources, t));
}
