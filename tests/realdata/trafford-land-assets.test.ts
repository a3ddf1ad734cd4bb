/**
 * A real Local Government Transparency Code register: 34 rows of Trafford Council's land and
 * building assets (tests/fixtures/real/trafford-land-assets/), with the council's boundary as the
 * area layer. Rows with an address and no coordinates, one row with longitude and latitude the
 * wrong way round, assets in Warrington, Wigan and Manchester, asset codes with a `/`, and a shared
 * UPRN. Every figure is checked against a reading of the raw file made here without the pipeline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsTable } from '../../src/lib/assets-files.ts';

const dir = 'tests/fixtures/real/trafford-land-assets';
const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'land-and-building-assets.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const at = (code: string): number => rows.findIndex((r) => r.AssetCode === code);

describe('Trafford Council land and building assets (Transparency Code register)', () => {
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-trafford-'));
    const result = await buildData({ configPath: join(dir, 'trafford-assets.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    table = JSON.parse(readFileSync(join(dataDir, entry.files.assets ?? ''), 'utf8')) as AssetsTable;
  }, 120_000);

  it('keeps all 34 rows under their asset codes, the ones with a "/" too', () => {
    expect(rows).toHaveLength(34);
    expect(entry.quality).toMatchObject({ rowsIn: 34, accepted: 34, rejected: 0, duplicates: 0 });
    expect(table.id).toEqual(rows.map((r) => r.AssetCode));
    const slugs = table.id.map((id, i) => table.slugs[String(i)] ?? id);
    expect(new Set(slugs).size).toBe(34);
    expect(slugs[at('TMBC0001/T0000003')]).not.toContain('/');
  });

  it('keeps the rows with no coordinates as not on the map, and places the rest inside Trafford', () => {
    const noCoordinates = rows.filter((r) => r.GeoX === '' && r.GeoY === '');
    expect(noCoordinates).toHaveLength(15);
    expect(entry).toMatchObject({ assetCount: 34, placed: 16, unplaced: 18 });
    const reason = (i: number): string | undefined => table.dict.unplaced[table.unplaced[i] ?? -1];
    for (const r of noCoordinates) expect(reason(at(r.AssetCode ?? '')), r.AssetCode).toBe('no coordinates');
    // Warrington and Wigan lie beyond the layer's extent padded by 0.1°; Tatton House (Wythenshawe)
    // is within it, in Manchester, a few hundred metres outside the borough.
    expect(reason(at('TMBC0125'))).toBe('outside the area');
    expect(reason(at('TMBC0126'))).toBe('outside the area');
    expect(reason(at('TMBC0098'))).toBe('not inside any of the local authorities');
    // Every placed asset is in the borough, so councilAreas has nothing to warn about.
    const placed = table.id.map((_, i) => i).filter((i) => table.lon[i] !== null);
    expect(placed).toHaveLength(16);
    for (const i of placed) expect(table.dict.area[table.area[i] ?? -1]?.code, table.id[i]).toBe('E08000009');
  });

  it('reads the Davyhulme Youth Centre row, whose GeoX holds the latitude, the right way round', () => {
    const i = at('TMBC0396/P0000036');
    expect(rows[i]?.GeoX).toBe('53.457484');
    expect(table.lon[i]).toBeCloseTo(-2.365856, 5);
    expect(table.lat[i]).toBeCloseTo(53.457484, 5);
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'swappedXY',
      rows: 1,
      file: 'land-and-building-assets.csv',
      line: i + 2,
    });
  });

  it("maps the register's tenure details onto statuses, the lower-case 'Leasehold out' too", () => {
    const category = (i: number): string | undefined => table.categories[table.status[i] ?? -1]?.id;
    const expected: Record<string, string> = {
      Vacant: 'vacant',
      'Owner Occupied': 'occupied',
      'Leasehold Out': 'occupied',
      'Leasehold out': 'occupied',
      'Leasehold In': 'occupied',
      Other: 'unknown',
    };
    rows.forEach((r, i) => expect(category(i), r.AssetCode).toBe(expected[r.TenureDetail ?? '']));
    expect(rows.filter((r) => r.TenureDetail === 'Vacant')).toHaveLength(11);
    expect(entry.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'unmappedStatus', rows: 9, items: [{ value: 'Other', count: 9 }] }),
    );
  });

  it('builds each address from the number, street and post town it has, and keeps a shared UPRN on both assets', () => {
    rows.forEach((r, i) =>
      expect(table.address[i], r.AssetCode).toBe(
        [r.StreetNumber, r.StreetName, r.PostTown].filter((p) => p !== '').join(', '),
      ),
    );
    expect(table.address[at('TMBC0595')]).toBe('');
    expect(table.uprn?.[at('TMBC0017/J0000204')]).toBe('010070446362');
    expect(table.uprn?.[at('TMBC0023')]).toBe('010070446362');
    expect(table.uprn?.[at('TMBC0013')]).toBe('');
  });

  it("shows the publisher's double-encoded '£' repaired, and says so once", () => {
    const i = at('TMBC0574');
    expect(rows[i]?.PropertyName).toContain('Â£62');
    expect(table.name[i]).toBe('Sale of a Rent Charge of £62 p.a. payable out of land in Flixton');
    expect(entry.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'textRepaired', rows: 1, line: i + 2, column: 'PropertyName' }),
    );
  });
});
