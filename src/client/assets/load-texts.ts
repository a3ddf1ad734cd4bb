/**
 * Fetches the free-text columns (`texts` files) of the datasets that have them, once per page,
 * for the shortlist and the exports: the land map's records leave them out to stay small.
 */
import type { AssetsSourceRef, AssetTexts } from '../../lib/assets-files.ts';
import type { TextsOf } from '../../lib/assets/export.ts';

/** A loader of every source's texts: the first call fetches them, later calls share its answer. */
export function textsLoader(sources: readonly AssetsSourceRef[]): () => Promise<TextsOf> {
  let loading: Promise<TextsOf> | undefined;
  return () => {
    loading ??= Promise.all(
      sources.map(async (s): Promise<[string, AssetTexts] | null> => {
        if (s.texts === undefined) return null;
        const response = await fetch(s.texts.url);
        if (!response.ok) throw new Error(`${s.texts.url}: ${response.status} ${response.statusText}`);
        return [s.id, (await response.json()) as AssetTexts];
      }),
    ).then((pairs) => {
      const byId = new Map(pairs.filter((p): p is [string, AssetTexts] => p !== null));
      return (dataset: string) => byId.get(dataset);
    });
    // A failed fetch is tried again next time rather than remembered.
    loading.catch(() => (loading = undefined));
    return loading;
  };
}
