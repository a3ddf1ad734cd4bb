/**
 * Names to show for the areas of a layer, so that no two read the same in a
 * table, a picker or a page title: many US counties share a name ("Adams" is
 * in 12 states), and a boundary file spanning several years can hold a renamed
 * area under both codes. Computed once, where the pipeline hands areas to pages.
 */

export interface NamedArea {
  code: string;
  name: string;
  /** Parent area's code (or name), null when the layer has none. */
  parent: string | null;
}

/**
 * One display name per area, in order. A name no other area of the layer has is
 * kept; a shared one gets its parent's name ("Adams, Illinois"), and where that
 * still does not tell the areas apart (no parent, or the same parent), its code
 * ("Fife (S12000047)"). `parentName` gives a parent code's name (null: use the code as written).
 */
export function areaDisplayNames(areas: readonly NamedArea[], parentName: (parent: string) => string | null): string[] {
  const byName = new Map<string, number>();
  for (const a of areas) byName.set(a.name, (byName.get(a.name) ?? 0) + 1);
  const withParent = areas.map((a) => {
    if ((byName.get(a.name) ?? 0) < 2 || a.parent === null) return null;
    return `${a.name}, ${parentName(a.parent) ?? a.parent}`;
  });
  const byQualified = new Map<string, number>();
  for (const q of withParent) if (q !== null) byQualified.set(q, (byQualified.get(q) ?? 0) + 1);
  return areas.map((a, i) => {
    if ((byName.get(a.name) ?? 0) < 2) return a.name;
    const q = withParent[i] ?? null;
    return q !== null && byQualified.get(q) === 1 ? q : `${a.name} (${a.code})`;
  });
}
