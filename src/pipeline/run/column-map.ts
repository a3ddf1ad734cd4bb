/**
 * Resolves the columns a dataset's config names against a file's header, once
 * per file, so that row handlers work with plain indices and never see raw
 * header spellings.
 */
import type { ColumnRef } from '../config/schema.ts';
import { derivedKey, derivedLabel, derivedParts, isDerived } from './derived-columns.ts';
import { findColumn, headerNames, strictKey } from './find-column.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';

export class MissingColumnError extends Error {}

/** Index of each configured column; -1 for an optional column the file lacks. */
export type ColumnIndex<K extends string> = Record<K, number>;

/** Header names as written, for error messages (by index). */
export interface ResolvedColumns<K extends string> {
  index: ColumnIndex<K>;
  headers: readonly string[];
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(' or ');
}

/**
 * Maps config keys to column indices; a key the config leaves out (undefined)
 * maps to -1. A derived column (padded or `concat`) is found by the name
 * `DerivedColumns` appended to the header. Throws `MissingColumnError` naming
 * every missing column of the file with its config key, and the columns the
 * file has. `warn` hears of a name the header repeats (the first is used).
 */
export function resolveColumns<K extends string>(
  refs: Record<K, ColumnRef | undefined>,
  normalisedHeader: readonly string[],
  rawHeader: readonly string[],
  where: string,
  warn?: (warning: DatasetWarning) => void,
): ResolvedColumns<K> {
  const index = {} as ColumnIndex<K>;
  const missing: string[] = [];
  // A header that packs a wanted column with others (Eurostat's `unit,sex,age,geo\time`).
  let packed: string | undefined;
  // Derived columns are appended after the file's own; they are never matched by name.
  const own = rawHeader.slice(0, firstDerived(normalisedHeader));
  for (const key of Object.keys(refs) as K[]) {
    const ref = refs[key];
    if (ref === undefined) {
      index[key] = -1;
      continue;
    }
    if (isDerived(ref)) {
      const absent = derivedParts(ref).filter((p) => findColumn(p.names, own).index < 0);
      if (absent.length > 0 && ref.required)
        missing.push(
          `${absent.map((p) => quoted(p.names)).join(' and ')} (part of ${derivedLabel(ref)}, config key columns.${key})`,
        );
      index[key] = absent.length > 0 ? -1 : normalisedHeader.indexOf(derivedKey(ref));
      continue;
    }
    const names = typeof ref === 'string' || Array.isArray(ref) ? headerNames(ref) : headerNames(ref.column);
    const required = typeof ref === 'string' || Array.isArray(ref) ? true : ref.required;
    const found = findColumn(names, own);
    if (found.index < 0 && required) {
      missing.push(`${quoted(names)} (config key columns.${key})`);
      packed ??= packedColumnHint(names, own);
    }
    if (found.matches.length > 1 && warn !== undefined) {
      const at = found.matches.map((i) => i + 1);
      warn({ code: 'headerRepeated', where, header: own[found.index]?.trim() ?? '', key, columns: at });
    }
    index[key] = found.index;
  }
  if (missing.length > 0) {
    const have = own.map((h) => JSON.stringify(h.trim())).join(', ');
    const one = missing.length === 1;
    const list = one ? `column ${missing[0]}` : `columns ${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    const oneColumn = own.length === 1 && /[,;\t|]/.test(own[0] ?? '');
    throw new MissingColumnError(
      `${where}: ${list} ${one ? 'is' : 'are'} not in the header. The file has: ${have}. ` +
        (oneColumn
          ? 'The header was read as one column: declare the delimiter of the file in the config (delimiter: ";" or "\\t"). '
          : (packed ?? '')) +
        `Fix the column ${one ? 'name' : 'names'} in the config (a list gives alternatives, e.g. ["Site Reference", "SiteRef"]), ` +
        `or mark ${one ? 'it' : 'them'} { column, required: false }.`,
    );
  }
  return { index, headers: rawHeader };
}

function firstDerived(normalisedHeader: readonly string[]): number {
  const i = normalisedHeader.findIndex((n) => n.startsWith('\u0000'));
  return i < 0 ? normalisedHeader.length : i;
}

/**
 * When a header text packs one of `names` with other names (`unit,sex,age,geo\time` holds `geo`,
 * as Eurostat's TSV files write their row dimensions), the `splitColumns` entry that gives it a
 * column of its own, as a sentence for the missing-column error.
 */
export function packedColumnHint(names: readonly string[], header: readonly string[]): string | undefined {
  const wanted = new Set(names.map(strictKey));
  for (const h of header) {
    const separator = [',', ';', '|'].find((s) => h.includes(s));
    if (separator === undefined) continue;
    // A trailing `\time` names the dimension of the other columns, not a part of this one.
    const into = h.split(separator).map((p) => p.replace(/\\.*$/, '').trim());
    const part = into.find((p) => wanted.has(strictKey(p)));
    if (part === undefined) continue;
    const split = `{ column: ${JSON.stringify(h.trim())}, separator: ${JSON.stringify(separator)}, into: [${into.map((p) => JSON.stringify(p)).join(', ')}] }`;
    return (
      `The column "${h.trim()}" holds "${part}" packed with other values: split it into columns of their own ` +
      `with splitColumns: [${split}], then name "${part}". `
    );
  }
  return undefined;
}
