/**
 * Generates the demo data of the fictional Borough of Eastmere into data/demo/.
 * Every number comes from a seeded PRNG and fixed dates, so running this twice
 * gives byte-identical files; the committed files are its output and a test
 * checks they still are. Nothing here describes a real place or real people.
 *
 *   npx tsx data/demo/generate.ts            # rewrite data/demo/
 *   npx tsx data/demo/generate.ts some/dir   # write elsewhere
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetRows, ASSETS_HEADER, buildAssets } from './generate/assets.ts';
import { csvDocument, csvLine } from './generate/csv.ts';
import { boroughOutline, buildWards, wardsGeoJson } from './generate/geography.ts';
import { locateMessyRows, type MessyRow, type Row } from './generate/messy.ts';
import { NOTIFICATIONS_HEADER, notificationRows, withFlaws } from './generate/notifications.ts';
import { populationCsvRows, wardPopulations } from './generate/population.ts';
import { RECYCLING_HEADER, recyclingRows } from './generate/recycling.ts';
import { ACTIVITY_HEADER, activityRows } from './generate/activity.ts';

/** The files `generateDemo` writes, in data/demo/. */
export const DEMO_FILES = [
  'wards.geojson',
  'population.csv',
  'notifications.csv',
  'land-and-assets.csv',
  'recycling.csv',
  'activity.csv',
] as const;

export interface DemoSummary {
  /** File name -> data rows (records, header excluded; features for GeoJSON). */
  rows: Record<(typeof DEMO_FILES)[number], number>;
  /** Every deliberately flawed row, with its line number. */
  messyRows: MessyRow[];
}

const fieldsOf = (rows: readonly Row[]) => rows.map((r) => r.fields);

export function generateDemo(outDir: string): DemoSummary {
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(outDir, name), text, 'utf8');

  const outline = boroughOutline();
  const wards = buildWards(outline);
  const populations = wardPopulations(wards);
  write('wards.geojson', wardsGeoJson(wards));

  const population = populationCsvRows(wards, populations);
  write('population.csv', csvDocument(['ward_code', 'ward_name', 'population'], population));

  const notifications = withFlaws(
    notificationRows({ wards, populations }),
    wards.map((w) => w.code),
  );
  write('notifications.csv', csvDocument(NOTIFICATIONS_HEADER, fieldsOf(notifications)));

  const assets = assetRows(buildAssets(wards, outline), outline);
  write('land-and-assets.csv', csvDocument(ASSETS_HEADER, fieldsOf(assets), { bom: true, eol: '\r\n' }));

  const recycling = recyclingRows(wards);
  write('recycling.csv', csvDocument(RECYCLING_HEADER, recycling));

  const activity = activityRows(wards);
  write('activity.csv', csvDocument(ACTIVITY_HEADER, activity));

  return {
    rows: {
      'wards.geojson': wards.length,
      'population.csv': population.length,
      'notifications.csv': notifications.length,
      'land-and-assets.csv': assets.length,
      'recycling.csv': recycling.length,
      'activity.csv': activity.length,
    },
    messyRows: [
      ...locateMessyRows('notifications.csv', notifications, csvLine),
      ...locateMessyRows('land-and-assets.csv', assets, csvLine),
    ],
  };
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url)));
  const summary = generateDemo(outDir);
  for (const [file, rows] of Object.entries(summary.rows)) console.log(`${file}: ${rows} rows`);
  console.log(`${summary.messyRows.length} deliberately messy rows; see data/demo/README.md`);
}
