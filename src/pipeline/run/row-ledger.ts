/**
 * Row accounting for one dataset. Every data row read is accepted, rejected or
 * left out by the config's `rows` filter exactly once, so `rowsIn === accepted +
 * rejected + leftOut` holds by construction and is asserted when the report is made.
 *
 * A wide file (one column per period) is counted in cells instead: once the
 * processor names a file's cell columns (`countCells`), each row read counts
 * one per cell column, and each cell is accepted or rejected on its own (a
 * fault of the whole row rejects each of its cells, `rejectRow`).
 */
import type { QualityReport, Rejection, FileReport, RowIdentity } from '../../lib/manifest.ts';
import { datasetWarningText, rowReasonText, type DatasetWarning, type RowReason } from '../../lib/data-reasons.ts';
import { DateFormatTally } from './date-format-hint.ts';
import { ValueTally } from './value-hint.ts';
import type { LeftOutBy } from './row-filter.ts';

const SAMPLE_SIZE = 25;
// The fields of a row read without them (in place, see `DatasetProcessor.rowSpans`): one shared
// empty list, not a new one per row.
const NO_FIELDS: readonly string[] = Object.freeze([]);
const MAX_VALUE_LENGTH = 200;
/** The values of left-out rows listed in the report, largest first. */
const LEFT_OUT_LISTED = 50;

/** A column whose every cell is counted on its own (a period or area column of a wide file). */
export interface CellColumn {
  /** The header text, as the file writes it: the column of a rejected cell. */
  header: string;
  /** The period the column's cells are of: the date of a rejected cell (absent: the row's own date). */
  period?: string;
  /** The area code the column's cells are of: the code of a rejected cell (absent: the row's own code). */
  code?: string;
}

/** What a wide file's cell columns are: a period each (an indicator file) or an area each (a cases file). */
export type CellColumnKind = 'period' | 'area';

/**
 * Takes each rejection as it is made, as its fields (clipped; '' for a field the row lacks),
 * rather than as an object: a file with many rejected rows builds none for most of them.
 */
export type RejectionSink = (
  file: string,
  line: number,
  column: string,
  reason: string,
  value: string,
  code: string,
  name: string,
  date: string,
) => void;

export class RowLedger {
  rowsIn = 0;
  accepted = 0;
  /** Every rejection, in order; only the first {@link SAMPLE_SIZE} when a sink takes them (see the constructor). */
  readonly rejections: Rejection[] = [];
  private rejectedCount = 0;
  /** The name of the row rejected last (for the unknown codes' names). */
  private lastName: string | undefined;
  readonly files: FileReport[] = [];
  readonly warnings: string[] = [];
  /** Each warning's code and parameters, beside `warnings` (null for a warning given as text). */
  readonly warningsCoded: (DatasetWarning | null)[] = [];
  private readonly byReason = new Map<string, number>();
  private readonly codedReasons = new Map<string, RowReason>();
  /** The text of each coded reason without parameters met so far, by code. */
  private readonly fixedReasons = new Map<string, string>();
  /** Rows rejected per unknown code, and (in a file counted in cells) the cells those rows held. */
  private readonly unknown = new Map<string, number>();
  private readonly unknownCells = new Map<string, number>();
  private readonly unknownNames = new Map<string, string>();
  private duplicateCount = 0;
  /** Rows (or cells) left out by `rows`; null when the config filters no rows, so the report says nothing of it. */
  private leftOutCount: number | null = null;
  private readonly leftOutTally = new Map<string, { by: LeftOutBy; count: number }>();
  /** Accepted rows (or cells) placed in no area, by value; null when the config lists no `unplacedValues`. */
  private notPlacedTally: Map<string, number> | null = null;
  /** Every date rejected as invalid, by the formats that would read it (for the build's hint). */
  readonly dates = new DateFormatTally();
  /** Values rejected as missing or as not numbers, for the hint in the build's error. */
  readonly values = new ValueTally();
  private fields: readonly string[] = [];
  private identify: ((fields: readonly string[]) => RowIdentity) | null = null;
  private cells: readonly CellColumn[] | null = null;
  private cellKind: CellColumnKind = 'period';
  private countsCells = false;

  /**
   * With `sink`, each rejection is handed to it as it is made (e.g. written straight to the
   * rejected-rows file) and only a sample is kept, so memory does not grow with rejected rows.
   */
  constructor(private readonly sink: RejectionSink | null = null) {}

  /**
   * Counts a row as read; call once per data row before accepting or rejecting it.
   * `fields` are the row's raw fields, from which a rejection takes its identity.
   */
  read(fields: readonly string[] = NO_FIELDS): void {
    this.rowsIn += this.cells === null ? 1 : this.cells.length;
    this.fields = fields;
  }

  /**
   * Counts the current file in cells, one per column given (its header, and the period its cells
   * are of), from the next row read; null counts rows again. Once set for any file, the report
   * says the dataset was counted in cells.
   */
  countCells(columns: readonly CellColumn[] | null, kind: CellColumnKind = 'period'): void {
    this.cells = columns === null || columns.length === 0 ? null : columns;
    this.cellKind = kind;
    if (this.cells !== null) this.countsCells = true;
  }

  /** The cell columns of the current file; null when it is counted in rows. */
  get cellColumns(): readonly CellColumn[] | null {
    return this.cells;
  }

  /** What the current file's cell columns are (see {@link countCells}). */
  get cellColumnKind(): CellColumnKind {
    return this.cellKind;
  }

  /**
   * Rejects a whole row: the row, or in a file counted in cells each of its cells. `column` is the
   * column at fault (the area code's, say); without it, a fault found before the columns are read
   * (a parser error, an empty row), each cell is rejected under its own column.
   */
  rejectRow(file: string, line: number, why: RowReason | string, value: string, column?: string): void {
    if (this.cells === null) return this.reject(file, line, column ?? '', why, value);
    for (const c of this.cells) this.reject(file, line, column ?? c.header, why, value, c.period, c.code);
  }

  /**
   * How to read a row's identifying fields (area code, name, date) for the
   * rejected-rows report, set by the processor for each file; null for none.
   */
  identifyRowsWith(identify: ((fields: readonly string[]) => RowIdentity) | null): void {
    this.identify = identify;
  }

  accept(): void {
    this.accepted++;
  }

  /** Says the config lists values placed in no area: the report then gives their rows, even none. */
  placesNoAreaFor(): void {
    this.notPlacedTally ??= new Map();
  }

  /** Accepts a row (or one cell) that `value`, one of the `unplacedValues`, places in no area. */
  acceptNotPlaced(value: string): void {
    this.accepted++;
    const tally = (this.notPlacedTally ??= new Map());
    tally.set(value, (tally.get(value) ?? 0) + 1);
  }

  /**
   * Rejects a row with the column at fault ('' for the whole row) and a reason a person can act on:
   * a coded reason (written with its English text, so pages can say it in their language), or text.
   */
  reject(
    file: string,
    line: number,
    column: string,
    why: RowReason | string,
    value: string,
    period?: string,
    areaCode?: string,
  ): void {
    const identity = this.identify?.(this.fields);
    // A cell's period (or area) is its column's, not a field of the row.
    const date = period ?? (identity?.date || undefined);
    const code = areaCode ?? (identity?.code || undefined);
    this.record(file, line, column, why, value, code, identity?.name || undefined, date);
  }

  /**
   * Rejects a row, as {@link reject}, whose identifying fields the caller read itself (trimmed;
   * '' for one the row leaves empty): a processor reading the row in place, without its fields
   * as strings (see `DatasetProcessor.rowSpans`).
   */
  rejectIdentified(
    file: string,
    line: number,
    column: string,
    why: RowReason,
    value: string,
    code: string,
    name: string,
    date: string,
  ): void {
    this.record(file, line, column, why, value, code || undefined, name || undefined, date || undefined);
  }

  // Counts a rejection and hands it on; an object is made only for the sample kept in memory.
  private record(
    file: string,
    line: number,
    column: string,
    why: RowReason | string,
    rawValue: string,
    rawCode: string | undefined,
    rawName: string | undefined,
    rawDate: string | undefined,
  ): void {
    const reason = typeof why === 'string' ? why : this.reasonText(why);
    if (typeof why !== 'string') {
      if (why.code === 'dateInvalid') this.dates.see(rawValue, why.layout, file, line, column);
      else this.values.see(why.code, rawValue);
    }
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
    const value = clip(rawValue);
    const code = rawCode === undefined ? undefined : clip(rawCode);
    const name = rawName === undefined ? undefined : clip(rawName);
    const date = rawDate === undefined ? undefined : clip(rawDate);
    this.rejectedCount++;
    this.lastName = name;
    if (this.sink === null || this.rejections.length < SAMPLE_SIZE) {
      const rejection: Rejection = { file, line, column, reason, value };
      if (typeof why !== 'string') rejection.reasonCoded = why;
      if (code !== undefined) rejection.code = code;
      if (name !== undefined) rejection.name = name;
      if (date !== undefined) rejection.date = date;
      this.rejections.push(rejection);
    }
    this.sink?.(file, line, column, reason, value, code ?? '', name ?? '', date ?? '');
  }

  // A coded reason's English text; the text of a reason without parameters is made once.
  private reasonText(why: RowReason): string {
    const known = this.fixedReasons.get(why.code);
    if (known !== undefined) return known;
    const reason = rowReasonText(why);
    if (!this.codedReasons.has(reason)) this.codedReasons.set(reason, why);
    if (Object.keys(why).length === 1) this.fixedReasons.set(why.code, reason);
    return reason;
  }

  /**
   * Rejects a row whose area code matches no area (in a file counted in cells, each of its cells), and
   * tallies the code by what was rejected (with the row's name, if it has one).
   */
  rejectUnknownCode(file: string, line: number, column: string, code: string): void {
    this.unknown.set(code, (this.unknown.get(code) ?? 0) + 1);
    if (this.cells !== null) this.unknownCells.set(code, (this.unknownCells.get(code) ?? 0) + this.cells.length);
    this.rejectRow(file, line, { code: 'areaCodeUnknown' }, code, column);
    const name = this.lastName;
    if (name !== undefined && !this.unknownNames.has(code)) this.unknownNames.set(code, name);
  }

  /** Says the config filters rows: the report then gives the rows left out, even none. */
  filtersRows(): void {
    this.leftOutCount ??= 0;
  }

  /** Leaves out the current row (in a file counted in cells, each of its cells): neither accepted nor rejected. */
  leaveOut(by: LeftOutBy): void {
    const n = this.cells === null ? 1 : this.cells.length;
    this.leftOutCount = (this.leftOutCount ?? 0) + n;
    const key = `${by.key}\u0000${by.column}\u0000${by.value}`;
    const entry = this.leftOutTally.get(key);
    if (entry === undefined) this.leftOutTally.set(key, { by: { ...by, value: clip(by.value) }, count: n });
    else entry.count += n;
  }

  get leftOut(): number {
    return this.leftOutCount ?? 0;
  }

  /** Rejects a row that repeats an earlier row's key. */
  rejectDuplicate(file: string, line: number, column: string, key: string, period?: string, areaCode?: string): void {
    this.duplicateCount++;
    this.reject(file, line, column, { code: 'duplicate' }, key, period, areaCode);
  }

  /**
   * Records a warning once: a coded warning (written with its English text, so pages can say it
   * in their language), or text, shown as written, so code spans (`x`) become quoted text ("x").
   */
  warn(warning: DatasetWarning | string): void {
    const message = typeof warning === 'string' ? warning : datasetWarningText(warning);
    const plain = message.replace(/`([^`]*)`/g, '"$1"');
    if (this.warnings.includes(plain)) return;
    this.warnings.push(plain);
    this.warningsCoded.push(typeof warning === 'string' ? null : warning);
  }

  get rejected(): number {
    return this.rejectedCount;
  }

  /** The report written for the site; throws if any row went unaccounted for. */
  report(): QualityReport {
    if (this.rowsIn !== this.accepted + this.rejected + this.leftOut) {
      const unit = this.countsCells ? 'cells' : 'rows';
      throw new Error(
        `${unit.slice(0, -1)} accounting broken: ${this.rowsIn} ${unit} in, ${this.accepted} accepted, ${this.rejected} rejected, ${this.leftOut} left out`,
      );
    }
    const leftOut =
      this.leftOutCount === null
        ? {}
        : {
            leftOut: this.leftOutCount,
            leftOutBy: [...this.leftOutTally.values()]
              .sort((a, b) => b.count - a.count || compareBy(a.by, b.by))
              .slice(0, LEFT_OUT_LISTED)
              .map(({ by, count }) => ({ ...by, count })),
          };
    const tally = this.notPlacedTally;
    const notPlaced =
      tally === null
        ? {}
        : {
            notPlaced: [...tally.values()].reduce((sum, n) => sum + n, 0),
            notPlacedBy: sortedTally(tally).map(([value, count]) => ({ value, count })),
          };
    return {
      ...(this.countsCells ? { unit: 'cells' as const } : {}),
      files: this.files,
      rowsIn: this.rowsIn,
      accepted: this.accepted,
      rejected: this.rejected,
      ...leftOut,
      ...notPlaced,
      rejectedByReason: sortedTally(this.byReason).map(([reason, count]) => {
        const reasonCoded = this.codedReasons.get(reason);
        return reasonCoded === undefined ? { reason, count } : { reason, count, reasonCoded };
      }),
      unknownCodes: sortedTally(this.unknown).map(([code, rows]) => {
        const name = this.unknownNames.get(code);
        // A dataset counted in cells says both: the rows a reader would look for, and the cells they held.
        const cells = this.countsCells ? { cells: this.unknownCells.get(code) ?? 0 } : {};
        return name === undefined ? { code, rows, ...cells } : { code, name, rows, ...cells };
      }),
      // Filled in by the dataset run, which knows the layers.
      unknownCodeHints: [],
      duplicates: this.duplicateCount,
      warnings: [...this.warnings],
      warningsCoded: [...this.warningsCoded],
      sampleRejections: this.rejections.slice(0, SAMPLE_SIZE),
    };
  }
}

// Config order of keys (where first), then column and value.
function compareBy(a: LeftOutBy, b: LeftOutBy): number {
  const ka = `${a.key === 'where' ? 0 : 1}\u0000${a.column}\u0000${a.value}`;
  const kb = `${b.key === 'where' ? 0 : 1}\u0000${b.column}\u0000${b.value}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function clip(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}

// Largest first, then by key, so reports are deterministic.
function sortedTally(tally: Map<string, number>): [string, number][] {
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
