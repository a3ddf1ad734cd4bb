/**
 * The assets mapping of every real land and buildings source in ../shared/data,
 * through the whole data step (buildData): exact counts of rows read, assets
 * placed on the map, kept but not placed (by reason) and rejected (by reason).
 * Skips, saying so, where ../shared/data is absent (a fresh clone); runs in CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { sharedBuild } from './shared-build.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsSummary, AssetsTable } from '../../src/lib/assets-files.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const present = existsSync(join(SHARED, 'property/uk_nlud_previously_developed_land_sites_2012.csv'));
if (!present)
  console.warn(`tests/realdata/assets-sources.test.ts: skipped, ${SHARED} is absent (it is present in CI).`);

interface Expected {
  rowsIn: number;
  placed: number;
  unplaced: Record<string, number>;
  rejected: Record<string, number>;
}

const NOT_IN_LA = 'not inside any of the local authorities';

const EXPECTED: Record<string, Expected> = {
  nlud: {
    rowsIn: 8860,
    placed: 8824,
    unplaced: { 'no coordinates': 25, [NOT_IN_LA]: 6, 'coordinates are not numbers': 3, 'outside the area': 2 },
    rejected: {},
  },
  // Two lines of bare commas at the end of the file are rows with nothing in them.
  cheltenham: { rowsIn: 461, placed: 459, unplaced: {}, rejected: { 'row is empty (only delimiters)': 2 } },
  'bf-fylde': { rowsIn: 47, placed: 47, unplaced: {}, rejected: {} },
  'bf-worcester': {
    rowsIn: 37,
    placed: 32,
    unplaced: { 'no coordinates': 4, 'coordinates are not numbers': 1 },
    rejected: {},
  },
  'bf-new-forest': { rowsIn: 56, placed: 56, unplaced: {}, rejected: {} },
  'bf-rochdale': { rowsIn: 128, placed: 127, unplaced: { [NOT_IN_LA]: 1 }, rejected: {} },
  'bf-west-devon': { rowsIn: 4, placed: 4, unplaced: {}, rejected: {} },
  'bf-lldc': { rowsIn: 2, placed: 2, unplaced: {}, rejected: {} },
  'bf-preston': {
    rowsIn: 58,
    placed: 42,
    unplaced: { 'no coordinates': 6 },
    rejected: { 'nothing identifies the asset (no reference or name)': 10 },
  },
  'bf-opdc': { rowsIn: 38, placed: 38, unplaced: {}, rejected: {} },
  // 7 rows leave out their trailing empty fields (20 or 21 of 29): read as empty, all placed.
  'bf-tonbridge-malling': {
    rowsIn: 13,
    placed: 13,
    unplaced: {},
    rejected: {},
  },
};

describe.skipIf(!present)('real land and buildings sources', () => {
  const results: BuildResult[] = [];
  const entries = new Map<string, AssetsDatasetEntry>();
  const read = <T>(dataDir: string, path: string | undefined): T =>
    JSON.parse(readFileSync(join(dataDir, path ?? ''), 'utf8')) as T;
  const dataDirOf = new Map<string, string>();

  beforeAll(async () => {
    for (const config of ['uk-assets', 'uk-brownfield']) {
      // uk-assets: the same build the e2e buildings and land site is made from.
      const { dataDir, result } = await sharedBuild(`${config}.config.ts`);
      results.push(result);
      for (const d of result.manifest.datasets) {
        if (d.kind === 'assets') {
          entries.set(d.id, d);
          dataDirOf.set(d.id, dataDir);
        }
      }
    }
  }, 600_000);

  it('builds every source without failing its rejection threshold', () => {
    expect(results.flatMap((r) => r.failed)).toEqual([]);
    expect([...entries.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`${id}: ${want.rowsIn} rows in, ${want.placed} on the map, the rest kept or rejected with reasons`, () => {
      const e = entries.get(id) as AssetsDatasetEntry;
      const q = e.quality;
      const rejected = Object.values(want.rejected).reduce((s, n) => s + n, 0);
      const unplaced = Object.values(want.unplaced).reduce((s, n) => s + n, 0);
      expect(q.rowsIn).toBe(want.rowsIn);
      expect(q.rejected).toBe(rejected);
      expect(Object.fromEntries(q.rejectedByReason.map((r) => [r.reason, r.count]))).toEqual(want.rejected);
      expect(q.accepted).toBe(want.rowsIn - rejected);
      expect(e.assetCount).toBe(q.accepted);
      expect(e.placed).toBe(want.placed);
      expect(e.unplaced).toBe(unplaced);
      const summary = read<AssetsSummary>(dataDirOf.get(id) as string, e.files['summary']);
      expect(Object.fromEntries(summary.unplaced.map((r) => [r.reason, r.count]))).toEqual(want.unplaced);
      // Downloads hold every kept row (header + one line per asset).
      const csv = readFileSync(join(dataDirOf.get(id) as string, e.files['assets-csv'] ?? ''), 'utf8');
      expect(csv.trimEnd().split('\r\n')).toHaveLength(e.assetCount + 1);
    });
  }

  it('NLUD: statuses from Land type, repeated site references kept, Mac Roman read, coastal sites snapped', () => {
    const e = entries.get('nlud') as AssetsDatasetEntry;
    const dir = dataDirOf.get('nlud') as string;
    const summary = read<AssetsSummary>(dir, e.files['summary']);
    expect(summary.byStatus).toEqual([
      { status: 'vacant', count: 5688 },
      { status: 'under-used', count: 3172 },
      { status: 'occupied', count: 0 },
      { status: 'unknown', count: 0 },
    ]);
    const table = read<AssetsTable>(dir, e.files['assets']);
    expect(table.dict.owner).toEqual([
      'Local Authority',
      'Private',
      'Other Public',
      'Don’t Know',
      'Public Privated Mixed',
    ]);
    expect(table.owner.filter((o) => o === 0)).toHaveLength(1084);
    expect(table.id.filter((id) => id.startsWith('566033406'))).toEqual(['566033406', '566033406-2', '566033406-3']);
    expect(table.id.filter((id) => id.startsWith('nlud-line-'))).toHaveLength(137);
    expect(summary.byArea).toHaveLength(169);
    expect(e.quality.warnings.some((w) => w.startsWith('7 rows repeat an earlier row'))).toBe(true);
    expect(e.quality.warnings.some((w) => w.startsWith('37 assets were outside every area but within 500 m'))).toBe(
      true,
    );
    expect(e.quality.files[0]).toMatchObject({ encoding: 'macintosh', rows: 8860 });
  });

  it('Cheltenham: UPRNs padded to 12 digits, asset codes unique, statuses from tenure detail and surplus holdings', () => {
    const e = entries.get('cheltenham') as AssetsDatasetEntry;
    const dir = dataDirOf.get('cheltenham') as string;
    const table = read<AssetsTable>(dir, e.files['assets']);
    expect(table.uprn?.every((u) => /^\d{12}$/.test(u))).toBe(true);
    expect(new Set(table.uprn).size).toBe(387);
    expect(table.id[0]).toBe('10/00022/LAND');
    expect(table.slugs['0']).toBe('10-00022-land');
    const summary = read<AssetsSummary>(dir, e.files['summary']);
    expect(summary.byStatus.map((s) => s.count)).toEqual([4, 4, 451, 0]);
    expect(summary.byArea.map((a) => [a.code, a.total])).toEqual([
      ['E07000078', 445],
      ['E07000079', 1],
      ['E07000083', 13],
    ]);
  });

  it('brownfield registers: Worcester read with GeoX as latitude, Tonbridge as British National Grid', () => {
    const worcester = entries.get('bf-worcester') as AssetsDatasetEntry;
    const w = read<AssetsTable>(dataDirOf.get('bf-worcester') as string, worcester.files['assets']);
    expect(w.lon[0]).toBeCloseTo(-2.20331, 4);
    expect(w.lat[0]).toBeCloseTo(52.19027, 4);
    expect(w.dict.area.map((a) => a.code)).toEqual(['E07000237']);
    const tonbridge = entries.get('bf-tonbridge-malling') as AssetsDatasetEntry;
    const t = read<AssetsTable>(dataDirOf.get('bf-tonbridge-malling') as string, tonbridge.files['assets']);
    expect(t.dict.area.map((a) => a.name)).toEqual(['Tonbridge and Malling']);
    expect(worcester.quality.warnings.filter((x) => x.includes('wrong way round'))).toEqual([]);
  });
});
