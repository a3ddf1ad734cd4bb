/**
 * Sorting the rate map's area table by a column: names alphabetically, figures
 * numerically, with suppressed and missing figures after every number whatever
 * the direction, and ties broken by name.
 */
export type SortDirection = 'ascending' | 'descending';

/** A column's sort value: a name, a number, or null for suppressed and missing figures. */
export type SortValue = string | number | null;

/** The direction after choosing column `key`: the same column flips; a new one starts high-first for figures. */
export function nextSortDirection(current: { key: string; dir: SortDirection }, key: string): SortDirection {
  if (key === current.key) return current.dir === 'ascending' ? 'descending' : 'ascending';
  return key === 'rate' || key === 'total' ? 'descending' : 'ascending';
}

/** Order of two rows by their sort values (`va`, `vb`) and names; nulls last in both directions. */
export function compareAreaRows(
  va: SortValue,
  vb: SortValue,
  nameA: string,
  nameB: string,
  dir: SortDirection,
): number {
  if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
  const sign = dir === 'ascending' ? 1 : -1;
  const c = typeof va === 'string' ? va.localeCompare(vb as string, 'en') : va - (vb as number);
  return c * sign || nameA.localeCompare(nameB, 'en');
}
