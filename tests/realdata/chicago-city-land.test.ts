/**
 * A real US register of public land in a State Plane system: 40 rows of the City of Chicago's
 * City-Owned Land Inventory (tests/fixtures/real/chicago-city-owned-land/), located in Illinois
 * State Plane East in US survey feet (EPSG:3435, given as proj4), configured from the docs with the
 * file's own column names. The file also gives each parcel's latitude and longitude, so every
 * placed point is checked against the publisher's own figures, and a row at X = Y = 0 (the file's
 * "no location") is kept off the map instead of being placed in Missouri.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsSummary, AssetsTable } from '../../src/lib/assets-files.ts';

const dir = 'tests/fixtures/real/chicago-city-owned-land';

/** The file read independently of the pipeline: one record per row, by header. */
const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'City-Owned_Land_Inventory.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('Chicago City-Owned Land Inventory, in Illinois State Plane East (US feet)', () => {
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;
  let summary: AssetsSummary;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-chicago-'));
    const result = await buildData({ configPath: join(dir, 'chicago-land.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    const read = <T>(key: string): T => JSON.parse(readFileSync(join(dataDir, entry.files[key] ?? ''), 'utf8')) as T;
    table = read<AssetsTable>('assets');
    summary = read<AssetsSummary>('summary');
  }, 120_000);

  it('accounts for all 40 rows: 40 in, 40 accepted, 0 rejected, 19 owned by the city and 21 sold', () => {
    expect(rows).toHaveLength(40);
    expect(entry.quality).toMatchObject({ rowsIn: 40, accepted: 40, rejected: 0 });
    const owned = rows.filter((r) => r['Property Status'] === 'Owned by City').length;
    expect(owned).toBe(19);
    expect(summary.byStatus).toEqual([
      { status: 'owned', count: owned },
      { status: 'sold', count: 40 - owned },
    ]);
  });

  it("places every row with coordinates within 1 m of the file's own latitude and longitude", () => {
    const located = rows.filter((r) => Number(r['X Coordinate']) !== 0 && r['X Coordinate'] !== '');
    expect(located).toHaveLength(38);
    expect(entry.placed).toBe(38);
    for (const r of located) {
      const i = table.id.indexOf(r.ID ?? '');
      // 1e-5 degrees is about 1 m: the table keeps 5 decimals.
      expect(Math.abs((table.lat[i] ?? NaN) - Number(r.Latitude)), r.ID).toBeLessThan(1.1e-5);
      expect(Math.abs((table.lon[i] ?? NaN) - Number(r.Longitude)), r.ID).toBeLessThan(1.1e-5);
    }
    // 1451 W Madison St, on the Near West Side: 41.8811266 N, 87.6636039 W in the file.
    const i = table.id.indexOf('65968');
    expect(table.address[i]).toBe('1451 W MADISON ST');
    expect([table.lat[i], table.lon[i]]).toEqual([41.88113, -87.6636]);
  });

  it('keeps the row at X = Y = 0 and the row with no coordinates off the map, as having none', () => {
    expect(summary.unplaced).toEqual([{ reason: 'no coordinates', count: 2 }]);
    for (const id of ['9285', '62117']) {
      const i = table.id.indexOf(id);
      expect(table.lon[i], id).toBeNull();
      expect(table.dict.unplaced[table.unplaced[i] ?? -1], id).toBe('no coordinates');
    }
  });

  it('counts parcels by community area as the file names them, summing to the rows that name one', () => {
    const named = rows.filter((r) => (r['Community Area Name'] ?? '') !== '');
    expect(summary.byArea.reduce((s, a) => s + a.total, 0)).toBe(named.length);
    const roseland = summary.byArea.find((a) => a.name === 'ROSELAND');
    expect(roseland?.total).toBe(named.filter((r) => r['Community Area Name'] === 'ROSELAND').length);
    expect(roseland?.total).toBe(6);
  });

  it('reads the acquisition dates month first, and the 0 ZIP codes as missing', () => {
    const i = table.id.indexOf('24250');
    expect(table.otherDates?.[0]).toMatchObject({ label: 'Acquired' });
    expect(table.otherDates?.[0]?.values[i]).toBe('1991-09-26');
    expect(table.postcode[i]).toBe('60628');
    expect(table.postcode[table.id.indexOf('59392')]).toBe('');
  });
});
