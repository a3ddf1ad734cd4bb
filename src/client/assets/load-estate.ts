/** Fetches every assets dataset's table (content-hashed files, cached forever) and merges them. */
import type { AssetsTable } from '../../lib/assets-files.ts';
import { buildEstate, type Estate } from '../../lib/assets/estate.ts';

export interface SourceRef {
  id: string;
  title: string;
  /** URL of the dataset's `assets` file. */
  url: string;
}

export async function loadEstate(sources: readonly SourceRef[]): Promise<Estate> {
  const tables = await Promise.all(
    sources.map(async (s) => {
      const response = await fetch(s.url);
      if (!response.ok) throw new Error(`${s.url}: ${response.status} ${response.statusText}`);
      return { id: s.id, title: s.title, table: (await response.json()) as AssetsTable };
    }),
  );
  return buildEstate(tables);
}
