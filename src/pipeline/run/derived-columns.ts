/**
 * Columns the config builds from the file's own columns: a zero-padded column
 * (`{ column: "fips", pad: 5 }`) or several joined (`{ concat: [...] }`). They are
 * appended to each row as extra columns, so row handlers read them like any other.
 */
import type { ColumnRef, ComposedColumnRef } from '../config/schema.ts';
import { isMissingValue } from '../ingest/parse-values.ts';
import { findColumn, headerNames } from './find-column.ts';

type PaddedRef = { column: string | string[]; required: boolean; pad: number };
/** A column reference whose value is computed from other columns. */
export type DerivedRef = ComposedColumnRef | PaddedRef;

interface Part {
  names: string[];
  pad: number;
}

interface Derived {
  key: string;
  label: string;
  parts: Part[];
  separator: string;
  /** Index of each part in the current file's header; -1 when absent. */
  at: number[];
}

/** True for a reference whose value is computed (padded or concatenated). */
export function isDerived(ref: ColumnRef): ref is DerivedRef {
  return typeof ref === 'object' && !Array.isArray(ref) && ('concat' in ref || ref.pad !== undefined);
}

/** The header name the derived column is given: unique, and never a name a file could use. */
export function derivedKey(ref: DerivedRef): string {
  return `\u0000${JSON.stringify(ref)}`;
}

/** The parts of a derived column, each with its alternatives and padding (0: none). */
export function derivedParts(ref: DerivedRef): Part[] {
  if ('concat' in ref) return ref.concat.map((p) => ({ names: headerNames(p.column), pad: p.pad ?? 0 }));
  return [{ names: headerNames(ref.column), pad: ref.pad }];
}

/** How the derived column is named in reports: `STATE + COUNTY`, or `fips (padded to 5)`. */
export function derivedLabel(ref: DerivedRef): string {
  if ('concat' in ref) return ref.concat.map((p) => headerNames(p.column)[0] ?? '').join(' + ');
  return `${headerNames(ref.column)[0] ?? ''} (padded to ${ref.pad})`;
}

/** Every derived reference in a `columns` object (including inside lists such as `name`). */
export function collectDerived(columns: Readonly<Record<string, unknown>>): DerivedRef[] {
  const found = new Map<string, DerivedRef>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object' && isDerived(value as ColumnRef)) {
      const ref = value as DerivedRef;
      found.set(derivedKey(ref), ref);
    }
  };
  Object.values(columns).forEach(visit);
  return [...found.values()];
}

/** Appends the derived columns to a file's header and to each of its rows. */
export class DerivedColumns {
  private readonly derived: Derived[];

  constructor(
    refs: readonly DerivedRef[],
    private readonly missing: ReadonlySet<string>,
  ) {
    this.derived = refs.map((ref) => ({
      key: derivedKey(ref),
      label: derivedLabel(ref),
      parts: derivedParts(ref),
      separator: 'concat' in ref ? ref.separator : '',
      at: [],
    }));
  }

  get size(): number {
    return this.derived.length;
  }

  /**
   * The header with one column per derived reference appended (normalised name: its key; raw
   * name: its label). A derived column with a part the file lacks is still appended, and is blank
   * on every row; `resolveColumns` reports the missing part.
   */
  extendHeader(names: readonly string[], raw: readonly string[]): { names: string[]; raw: string[] } {
    for (const d of this.derived) d.at = d.parts.map((p) => findColumn(p.names, raw).index);
    return { names: [...names, ...this.derived.map((d) => d.key)], raw: [...raw, ...this.derived.map((d) => d.label)] };
  }

  /** Appends each derived value to `fields`: blank when any part is blank or a missing-value marker. */
  extendRow(fields: string[]): void {
    for (const d of this.derived) fields.push(this.value(d, fields));
  }

  private value(d: Derived, fields: readonly string[]): string {
    const out: string[] = [];
    for (let k = 0; k < d.parts.length; k++) {
      const i = d.at[k] ?? -1;
      const v = i < 0 ? '' : (fields[i] ?? '').trim();
      if (v === '' || isMissingValue(v, this.missing)) return '';
      const pad = d.parts[k]?.pad ?? 0;
      out.push(v.length < pad ? v.padStart(pad, '0') : v);
    }
    return out.join(d.separator);
  }
}
