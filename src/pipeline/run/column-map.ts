/**
 * Resolves the columns a dataset's config names against a file's header, once
 * per file, so that row handlers work with plain indices and never see raw
 * header spellings.
 */
import type { ColumnRef } from '../config/schema.ts';
import { normaliseHeader } from '../ingest/normalise-header.ts';

export class MissingColumnError extends Error {}

/** Index of each configured column; -1 for an optional column the file lacks. */
export type ColumnIndex<K extends string> = Record<K, number>;

/** Header names as written, for error messages (by index). */
export interface ResolvedColumns<K extends string> {
  index: ColumnIndex<K>;
  headers: readonly string[];
}

function refName(ref: ColumnRef): { name: string; required: boolean } {
  return typeof ref === 'string' ? { name: ref, required: true } : { name: ref.column, required: ref.required };
}

/**
 * Maps config keys to column indices; a key the config leaves out (undefined)
 * maps to -1. Throws `MissingColumnError` naming the config key, the missing
 * column and the columns the file has.
 */
export function resolveColumns<K extends string>(
  refs: Record<K, ColumnRef | undefined>,
  normalisedHeader: readonly string[],
  rawHeader: readonly string[],
  where: string,
): ResolvedColumns<K> {
  const index = {} as ColumnIndex<K>;
  for (const key of Object.keys(refs) as K[]) {
    const ref = refs[key];
    if (ref === undefined) {
      index[key] = -1;
      continue;
    }
    const { name, required } = refName(ref);
    const [wanted] = normaliseHeader([name]);
    const at = normalisedHeader.indexOf(wanted ?? name);
    if (at < 0 && required) {
      const have = rawHeader.map((h) => JSON.stringify(h.trim())).join(', ');
      throw new MissingColumnError(
        `${where}: column "${name}" (config key columns.${key}) is not in the header. ` +
          `The file has: ${have}. Fix the column name in the config, or mark it { column, required: false }.`,
      );
    }
    index[key] = at;
  }
  return { index, headers: rawHeader };
}
