/**
 * The estate in a form that crosses from a worker to the page cheaply: every typed array is
 * transferred (moved, not copied), and each table's text columns (ids, names, addresses, postcodes,
 * UPRNs) travel as one string with the offsets of its values, so the page receives a handful of
 * long strings instead of tens of thousands of short ones. Browser-safe.
 */
import type { AssetsTable } from '../assets-files.ts';
import type { Estate } from './estate.ts';

/** The text columns of a table that are packed. */
const TEXT_COLUMNS = ['id', 'name', 'address', 'postcode', 'uprn'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** One packed text column: the values joined, and where each ends. */
interface PackedColumn {
  text: string;
  ends: Uint32Array;
}

/** A table with its text columns packed. */
type PackedTable = Omit<AssetsTable, TextColumn> & { packed: Partial<Record<TextColumn, PackedColumn>> };

/** What `packEstate` gives: the message and the buffers to transfer with it. */
export interface PackedEstate {
  estate: Omit<Estate, 'tables'> & { tables: PackedTable[] };
}

function packColumn(values: readonly string[]): PackedColumn {
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((v, i) => {
    at += v.length;
    ends[i] = at;
  });
  return { text: values.join(''), ends };
}

function unpackColumn({ text, ends }: PackedColumn): string[] {
  const out = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i] as number;
    out[i] = text.slice(from, to);
    from = to;
  }
  return out;
}

/** The typed arrays of an estate, to list as transferables. */
export function estateBuffers(
  e: Pick<Estate, 'source' | 'row' | 'status' | 'tenure' | 'holding' | 'owner' | 'area' | 'size' | 'lon' | 'lat'>,
): ArrayBuffer[] {
  return [e.source, e.row, e.status, e.tenure, e.holding, e.owner, e.area, e.size, e.lon, e.lat].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Packs `e` for `postMessage`; returns the message and its transferables. */
export function packEstate(e: Estate): { message: PackedEstate; transfer: ArrayBuffer[] } {
  const transfer = estateBuffers(e);
  const tables = e.tables.map((t): PackedTable => {
    const packed: Partial<Record<TextColumn, PackedColumn>> = {};
    const rest: Record<string, unknown> = { ...t };
    for (const c of TEXT_COLUMNS) {
      const values = t[c];
      delete rest[c];
      if (values === undefined) continue;
      const column = packColumn(values);
      packed[c] = column;
      transfer.push(column.ends.buffer as ArrayBuffer);
    }
    return { ...(rest as Omit<AssetsTable, TextColumn>), packed };
  });
  return { message: { estate: { ...e, tables } }, transfer };
}

/** The estate `packEstate` packed, as it was. */
export function unpackEstate({ estate }: PackedEstate): Estate {
  const tables = estate.tables.map(({ packed, ...rest }): AssetsTable => {
    const t = { ...rest } as AssetsTable;
    for (const c of TEXT_COLUMNS) {
      const column = packed[c];
      if (column !== undefined) t[c] = unpackColumn(column);
    }
    return t;
  });
  return { ...estate, tables };
}
