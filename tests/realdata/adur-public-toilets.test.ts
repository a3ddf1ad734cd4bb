/**
 * A real register of council buildings in British National Grid: 13 rows of Adur District
 * Council's public toilets (tests/fixtures/real/adur-public-toilets/), GeoX and GeoY as easting and
 * northing with "OSGB36" on every row, 8-digit UPRNs as ids, opening hours and notes as free text.
 * Every figure is checked against a reading of the raw file made here without the pipeline, the
 * grid read with the EPSG:27700 definition epsg.io publishes (not the pipeline's built-in one).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import proj4 from 'proj4';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsTable, AssetTexts } from '../../src/lib/assets-files.ts';

const dir = 'tests/fixtures/real/adur-public-toilets';
const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'adur-public-toilets.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
// EPSG:27700 as epsg.io gives it (PROJ.4), with its 7-parameter shift to WGS84.
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

describe('Adur District Council public toilets (British National Grid)', () => {
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;
  let texts: AssetTexts;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-adur-'));
    const result = await buildData({ configPath: join(dir, 'adur-toilets.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    table = JSON.parse(readFileSync(join(dataDir, entry.files.assets ?? ''), 'utf8')) as AssetsTable;
    texts = JSON.parse(readFileSync(join(dataDir, entry.files['texts'] ?? ''), 'utf8')) as AssetTexts;
  }, 120_000);

  it('keeps all 13 rows under their UPRNs, padded to 12 digits, with no warning', () => {
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.CoordinateReferenceSystem === 'OSGB36')).toBe(true);
    expect(entry.quality).toMatchObject({ rowsIn: 13, accepted: 13, rejected: 0, duplicates: 0, warnings: [] });
    expect(table.id).toEqual(rows.map((r) => (r.UPRN ?? '').padStart(12, '0')));
    expect(table.id[0]).toBe('000060002210');
  });

  it('places every toilet where its easting and northing are, within a metre', () => {
    expect(entry).toMatchObject({ assetCount: 13, placed: 13, unplaced: 0 });
    rows.forEach((r, i) => {
      const [lon = NaN, lat = NaN] = proj4(BNG, 'EPSG:4326', [Number(r.GeoX), Number(r.GeoY)]);
      // The table keeps 5 decimals; 1e-5 degrees is about 1.1 m of latitude and 0.7 m of longitude here.
      expect(Math.abs((table.lon[i] ?? NaN) - lon), r.LocationText).toBeLessThan(1e-5);
      expect(Math.abs((table.lat[i] ?? NaN) - lat), r.LocationText).toBeLessThan(1e-5);
    });
    // By hand: Monks Recreation Ground, Lancing (518225, 104730), is at about 0.3227° W, 50.8300° N.
    expect(table.lon[0]).toBeCloseTo(-0.3227, 3);
    expect(table.lat[0]).toBeCloseTo(50.83, 3);
  });

  it('keeps the names, the manager where given, and the opening hours and notes as text', () => {
    expect(table.name).toEqual(rows.map((r) => r.LocationText));
    expect(table.address).toEqual(rows.map((r) => r.StreetAddress));
    const west = rows.findIndex((r) => r.LocationText?.startsWith('WEST BEACH'));
    expect(rows[west]?.ManagedBy).toBe('');
    expect(table.owner[west]).toBe(-1);
    expect(table.dict.owner[table.owner[0] ?? -1]).toBe('ADC');
    const [hours, notes] = texts.columns;
    expect(hours?.label).toBe('Opening hours');
    expect(hours?.values).toEqual(rows.map((r) => r.OpeningHours || null));
    expect(notes?.values.filter((v) => v !== null)).toEqual([
      'Grounds staff only not public',
      'Grounds staff only not public',
    ]);
  });
});
