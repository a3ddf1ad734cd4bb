/**
 * Ranks of values, 1 for the highest, ties sharing the best rank ("1, 2, 2, 4",
 * standard competition ranking); null values get a null rank and are not counted.
 * Ranks run from the highest whatever `higherIs` says: "ranked 3rd highest" is
 * true of any indicator, "3rd best" only of some.
 */
export function rankValues(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  present.forEach((v, i) => {
    if (!firstAt.has(v)) firstAt.set(v, i + 1);
  });
  return values.map((v) => (v === null || !Number.isFinite(v) ? null : (firstAt.get(v) ?? null)));
}
