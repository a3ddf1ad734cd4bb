/**
 * The contract between the generic ingest loop (`run/process-dataset.ts`) and
 * each kind of dataset (cases, assets, indicator). The loop reads files, counts
 * rows and rejects malformed ones; a processor validates and keeps the rest.
 */
import type { Geometry } from 'geojson';
import type { DatasetConfig } from '../config/schema.ts';
import type { DatasetEntry, DatasetEntryBase } from '../../lib/manifest.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';
import type { OutputWriter } from '../output/output-writer.ts';
import type { RowLedger } from '../run/row-ledger.ts';
import type { LoadedLayer } from '../run/loaded-layer.ts';

export interface ProcessorContext<C extends DatasetConfig = DatasetConfig> {
  config: C;
  /** Folder the config file is in; dataset paths are relative to it. */
  baseDir: string;
  ledger: RowLedger;
  /** The layer named by `config.join.layer`, loaded; null when the join has none. */
  layer: LoadedLayer | null;
  /** Writer scoped to this dataset's folder in the data root. */
  out: OutputWriter;
  /** Every area layer, for context figures (e.g. assets look up population). */
  layers: ReadonlyMap<string, LoadedLayer>;
  /** The language of the config's text and the data (the site's default), which folds their slugs. */
  language?: string;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The kind-specific fields of a manifest entry (with `kind`), plus extra top-level files. */
export type KindFields = DistributiveOmit<DatasetEntry, Exclude<keyof DatasetEntryBase, 'kind'>> & {
  files?: Record<string, string>;
};

/** A dataset derived from the one processed (a cases roll-up into a parent layer), written as its own manifest entry. */
export interface DerivedDataset {
  id: string;
  /** The configured title; without one the pages phrase it (see `DatasetEntryBase.rollUp`). */
  title?: string;
  /** The area layer its figures are for. */
  layer: string;
  fields: KindFields;
  /** Added to the source dataset's warnings on the derived dataset's page (coded). */
  warnings: DatasetWarning[];
}

/** What a processor's `finish` returns: its manifest fields and any derived datasets. */
export type ProcessorResult = KindFields & { derived?: DerivedDataset[] };

export interface DatasetProcessor {
  /** A file begins: resolve configured columns against its header (throw MissingColumnError if absent). */
  /**
   * `features` is set for a GeoJSON or TopoJSON file (each row then comes with its geometry),
   * with the coordinate system the file declares, if any.
   */
  beginFile(
    file: string,
    header: readonly string[],
    rawHeader: readonly string[],
    features?: { crs: string | null },
  ): void;
  /**
   * One well-formed row (field count checked by the loop). Must call exactly one of
   * `ledger.accept()`, `ledger.reject()`, `ledger.rejectUnknownCode()`, `ledger.rejectDuplicate()`.
   * `geometry` is the feature's when the file is GeoJSON or TopoJSON (`line` is then the
   * feature's number), null for a feature without one, undefined for CSV rows.
   */
  row(fields: readonly string[], line: number, geometry?: Geometry | null): void;
  /**
   * Optional fast path for a CSV row of exactly the header's width, given as field offsets into
   * `text` (field k is `text.slice(spans[2k], spans[2k + 1])`): accepts the row (calling
   * `ledger.accept()`) or rejects it as `row` would (`ledger.rejectIdentified()`, with the
   * identity `row`'s rejection would have) and returns true, or returns false having changed
   * nothing, and the row then comes to `row` as strings. Rows it cannot take as surely as `row`
   * would are left to `row`.
   */
  rowSpans?(text: string, spans: Int32Array, line: number): boolean;
  /** All rows read: write output files and return the kind-specific manifest fields. */
  finish(): Promise<ProcessorResult> | ProcessorResult;
}
