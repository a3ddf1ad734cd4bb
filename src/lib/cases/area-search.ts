/**
 * Finding areas by what a person types, over a compact list of codes and names (the series
 * index): the labels a picker offers (a name that repeats gets its code, so every label is one
 * area), the area a typed label means, and the matches of a search box. No node:* imports.
 */

/** One area a picker or search can offer. */
export interface AreaEntry {
  code: string;
  name: string;
}

/** Folds case and accents, so "bor" finds "Börton" and "ALDER" finds "Alderwick". */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** The label of each entry, A to Z by name: the name, or "name (code)" when another entry has the same name. */
export function pickerLabels(entries: readonly AreaEntry[]): { code: string; label: string }[] {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(searchKey(e.name), (seen.get(searchKey(e.name)) ?? 0) + 1);
  return [...entries]
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code, 'en'))
    .map((e) => ({ code: e.code, label: (seen.get(searchKey(e.name)) ?? 0) > 1 ? `${e.name} (${e.code})` : e.name }));
}

/**
 * The code of the area `typed` names: a label from `pickerLabels`, a name only one entry has, or
 * a code, ignoring case and accents; null when it names none or several.
 */
export function resolveArea(typed: string, entries: readonly AreaEntry[]): string | null {
  const key = searchKey(typed);
  if (key === '') return null;
  for (const { code, label } of pickerLabels(entries)) if (searchKey(label) === key) return code;
  const byCode = entries.find((e) => searchKey(e.code) === key);
  return byCode?.code ?? null;
}

/**
 * Entries whose name or code contains `query` (names starting with it first, then A to Z), at most
 * `limit`; `total` counts every match.
 */
export function matchAreas(
  query: string,
  entries: readonly AreaEntry[],
  limit: number,
): { matches: AreaEntry[]; total: number } {
  const key = searchKey(query);
  if (key === '') return { matches: [], total: 0 };
  const hits = entries
    .map((e) => ({ e, name: searchKey(e.name), code: searchKey(e.code) }))
    .filter((h) => h.name.includes(key) || h.code.startsWith(key))
    .sort(
      (a, b) =>
        Number(!a.name.startsWith(key)) - Number(!b.name.startsWith(key)) ||
        a.e.name.localeCompare(b.e.name, 'en') ||
        a.e.code.localeCompare(b.e.code, 'en'),
    );
  return { matches: hits.slice(0, limit).map((h) => h.e), total: hits.length };
}
