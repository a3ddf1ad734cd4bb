/**
 * A real Canadian register of public buildings: 12 of UBC Vancouver's campus buildings
 * (tests/fixtures/real/ubcv-buildings/), configured from the docs with the file's own column
 * names. Its LAT column holds longitudes and LONG latitudes: every row is read swapped, and the
 * warning says to swap columns.x and columns.y.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsSummary, AssetsTable } from '../../src/lib/assets-files.ts';

const dir = 'tests/fixtures/real/ubcv-buildings';

describe('UBC Vancouver campus buildings, with latitude and longitude in each other’s columns', () => {
  let result: BuildResult;
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;
  let summary: AssetsSummary;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-ubcv-'));
    result = await buildData({ configPath: join(dir, 'ubcv-buildings.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    const read = <T>(key: string): T => JSON.parse(readFileSync(join(dataDir, entry.files[key] ?? ''), 'utf8')) as T;
    table = read<AssetsTable>('assets');
    summary = read<AssetsSummary>('summary');
  }, 120_000);

  it('accounts for all 12 rows and places every building, read swapped, with the warning', () => {
    expect(entry.quality).toMatchObject({ rowsIn: 12, accepted: 12, rejected: 0 });
    expect(summary).toMatchObject({ total: 12, placed: 12 });
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'swappedXY',
      rows: 12,
      file: 'ubcv_buildings_simple.csv',
      line: 2,
    });
  });

  it('shows the figures read by hand: Crescent West at 49.25313 N, 123.2328 W; 10 complete, 1 under and 1 before construction', () => {
    const i = table.id.indexOf('VBL10219');
    expect(table.name[i]).toBe('Crescent West');
    expect([table.lon[i], table.lat[i]]).toEqual([-123.2328, 49.25313]);
    expect(table.address[table.id.indexOf('VBL10328')]).toBe('2036 Main Mall');
    expect(table.name[table.id.indexOf('VBL10328')]).toBe('Chemistry Building - B, C, D, E');
    expect(summary.byStatus).toEqual([
      { status: 'complete', count: 10 },
      { status: 'under-construction', count: 1 },
      { status: 'pre-construction', count: 1 },
    ]);
  });
});
