/**
 * Test helper: runs the assets processor over inline CSV (or GeoJSON) text the way
 * the ingest loop does (readCsv or readFeatureRows on a temporary file, every row counted),
 * against a tiny area layer of two squares, writing outputs to a temporary folder that
 * is removed once they are read back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assetsDatasetSchema,
  areaLayerSchema,
  type AssetsDatasetConfig,
} from '../../../../../src/pipeline/config/schema.ts';
import { readCsv } from '../../../../../src/pipeline/ingest/read-csv.ts';
import { isFeatureFile, readFeatureRows } from '../../../../../src/pipeline/ingest/read-feature-rows.ts';
import { RowLedger } from '../../../../../src/pipeline/run/row-ledger.ts';
import { createLoadedLayer, type LoadedLayer } from '../../../../../src/pipeline/run/loaded-layer.ts';
import { createOutputWriter } from '../../../../../src/pipeline/output/output-writer.ts';
import { createAssetsProcessor } from '../../../../../src/pipeline/datasets/assets/assets-processor.ts';
import type { AssetsTable, AssetsSummary, AssetSourceRows, AssetTexts } from '../../../../../src/lib/assets-files.ts';
import type { QualityReport } from '../../../../../src/lib/manifest.ts';

const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** Two areas side by side: A1 covers lon 0–1, A2 lon 1–2, both lat 50–51. */
export function testLayer(): LoadedLayer {
  const config = areaLayerSchema.parse({
    label: 'Wards',
    file: 'x.geojson',
    codeProperty: 'code',
    nameProperty: 'name',
  });
  return createLoadedLayer(
    'wards',
    config,
    [
      { code: 'A1', name: 'West Ward', parent: null, geometry: square(0, 50, 1, 51) },
      { code: 'A2', name: 'East Ward', parent: null, geometry: square(1, 50, 2, 51) },
    ],
    [0, 50, 2, 51],
    new Map([
      ['A1', 1000],
      ['A2', 2000],
    ]),
  );
}

export interface AssetsRun {
  table: AssetsTable;
  summary: AssetsSummary;
  sourceRows: AssetSourceRows;
  csv: string;
  geojson: string;
  quality: QualityReport;
  fields: { assetCount: number; placed: number; unplaced: number; files: Record<string, string> };
  /** The `texts` file, or undefined when the config names no free-text columns. */
  texts: AssetTexts | undefined;
  /** The `outlines` file, or undefined when no asset had a shape. */
  outlines: Record<string, unknown> | undefined;
}

/** Minimal dataset config (file, source, join by point on `wards`) merged with `overrides`. */
export function assetsConfig(overrides: Record<string, unknown>): AssetsDatasetConfig {
  return assetsDatasetSchema.parse({
    id: 'test-assets',
    title: 'Test assets',
    kind: 'assets',
    file: 'assets.csv',
    source: { publisher: 'Test', licence: 'OGL' },
    join: { by: 'point', layer: 'wards' },
    columns: {},
    ...overrides,
  });
}

/** `siteLayers`: the site's other area layers (not joined to), as the data step hands them to every dataset. */
export async function runAssets(
  csv: string,
  config: AssetsDatasetConfig,
  layer: LoadedLayer | null = testLayer(),
  siteLayers: readonly LoadedLayer[] = [],
): Promise<AssetsRun> {
  const dir = mkdtempSync(join(tmpdir(), 'assets-'));
  try {
    return await runIn(dir, csv, config, layer, siteLayers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runIn(
  dir: string,
  csv: string,
  config: AssetsDatasetConfig,
  layer: LoadedLayer | null,
  siteLayers: readonly LoadedLayer[],
): Promise<AssetsRun> {
  const files = Array.isArray(config.file) ? config.file : [config.file];
  writeFileSync(join(dir, files[0] as string), csv);
  const ledger = new RowLedger();
  const out = createOutputWriter(join(dir, 'out'), config.id);
  const layers = new Map([...siteLayers, ...(layer ? [layer] : [])].map((l) => [l.id, l]));
  const processor = createAssetsProcessor({ config, baseDir: dir, ledger, layer, out, layers });
  const path = join(dir, files[0] as string);
  if (isFeatureFile(path, Buffer.from(csv.slice(0, 64)))) {
    await readFeatureRows(path, config.topojsonLayer, {
      header(names, raw, crs) {
        processor.beginFile(files[0] as string, names, raw, { crs });
      },
      row(fields, line, error, geometry) {
        ledger.read(fields);
        if (error !== undefined) ledger.reject(files[0] as string, line, '', error, '');
        else processor.row(fields, line, geometry);
      },
    });
  } else {
    await readCsv(
      path,
      { encoding: config.encoding, delimiter: config.delimiter },
      {
        header(names, raw) {
          processor.beginFile(files[0] as string, names, raw);
        },
        row(fields, line) {
          ledger.read(fields);
          processor.row(fields, line);
        },
      },
    );
  }
  const fields = (await processor.finish()) as AssetsRun['fields'];
  const read = (name: string): string => readFileSync(join(dir, 'out', fields.files[name] as string), 'utf8');
  return {
    table: JSON.parse(read('assets')) as AssetsTable,
    summary: JSON.parse(read('summary')) as AssetsSummary,
    sourceRows: JSON.parse(read('source-rows')) as AssetSourceRows,
    csv: read('assets-csv'),
    geojson: read('assets-geojson'),
    quality: ledger.report(),
    fields,
    texts: fields.files['texts'] === undefined ? undefined : (JSON.parse(read('texts')) as AssetTexts),
    outlines:
      fields.files['outlines'] === undefined ? undefined : (JSON.parse(read('outlines')) as Record<string, unknown>),
  };
}
