/**
 * The keys the config schema allows at a place in the config, for messages
 * about unknown keys: which keys there are, and which one a typo was meant to be.
 */
import { z } from 'zod';

/**
 * Keys of the object the schema expects at `path` (as zod reports it), or
 * undefined when there is no object there. `value` is the raw config, used to
 * pick the right option of a union (a dataset's `kind`, a join's `by`).
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[], value: unknown): string[] | undefined {
  let s: z.ZodType | undefined = unwrap(schema, value);
  let v = value;
  for (const segment of path) {
    v = (v as Record<PropertyKey, unknown> | null | undefined)?.[segment];
    if (s instanceof z.ZodObject) s = s.shape[String(segment)] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else return undefined;
    if (s === undefined) return undefined;
    s = unwrap(s, v);
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

// Optional, default and union wrappers down to the schema that applies to `value`.
function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodUnion) {
      const options = s.options as readonly z.ZodType[];
      const objects = options.filter((o): o is z.ZodObject => o instanceof z.ZodObject);
      const disc = s instanceof z.ZodDiscriminatedUnion ? String(s.def.discriminator) : undefined;
      const given = disc === undefined ? undefined : (value as Record<string, unknown> | null | undefined)?.[disc];
      const picked =
        disc === undefined
          ? (objects[0] ?? options.find((o) => o instanceof z.ZodArray))
          : objects.find((o) => (o.shape[disc] as z.ZodLiteral | undefined)?.values.has(given as never));
      if (picked === undefined) return s;
      s = picked;
    } else {
      return s;
    }
  }
}

/** The key in `keys` a mistyped `key` most likely meant, or undefined when none is close. */
export function closestKey(key: string, keys: readonly string[]): string | undefined {
  const fold = (k: string) => k.toLowerCase().replace(/[-_ ]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of keys) {
    const d = fold(k) === fold(key) ? 0 : editDistance(fold(k), fold(key));
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  // One edit per three letters: "titel" finds "title"; "colour" does not find "council", nor "z" "x".
  return bestDistance <= Math.floor(key.length / 3) ? best : undefined;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
