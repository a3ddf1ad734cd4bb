/**
 * A real US register with no location: Urban Prairies' St. Louis parcels with vacant lots or
 * buildings (tests/fixtures/real/stlouis-vacancy-parcels/), quoted booleans for the status and an
 * 11-digit parcel handle. Configured from the docs with `statusRules` and two categories of its own.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';

const dir = 'tests/fixtures/real/stlouis-vacancy-parcels';
const rows = Papa.parse<Record<string, string>>(
  readFileSync(join(dir, 'parcel-data-2017-lowEstimate-head.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

describe('St. Louis vacant parcels: a register without locations, status from a TRUE/FALSE column', () => {
  let entry: AssetsDatasetEntry;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-stl-'));
    const result = await buildData({ configPath: join(dir, 'stlouis-vacancy.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
  }, 120_000);

  it('keeps all 199 parcels, none placed, each listed as having no location', () => {
    expect(rows).toHaveLength(199);
    expect(entry.quality).toMatchObject({ rowsIn: 199, accepted: 199, rejected: 0 });
    expect(entry).toMatchObject({ assetCount: 199, placed: 0, unplaced: 199 });
  });

  it('puts the 31 city-held parcels (cityStatus TRUE) in their category and the rest in the other', () => {
    const summary = JSON.parse(readFileSync(join(dataDir, entry.files.summary ?? ''), 'utf8')) as {
      byStatus: { status: string; count: number }[];
    };
    const held = rows.filter((r) => r.cityStatus === 'TRUE').length;
    expect(held).toBe(31);
    expect(summary.byStatus).toEqual([
      { status: 'city-owned', count: held },
      { status: 'private', count: 199 - held },
    ]);
  });

  it('keeps each handle as written, with its leading digits, as the reference in the download', () => {
    const csv = readFileSync(join(dataDir, entry.files['assets-csv'] ?? ''), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]?.split(',').slice(0, 3)).toEqual(['dataset', 'parcel_handle', 'status']);
    expect(csv.slice(1).map((l) => l.split(',')[1])).toEqual(rows.map((r) => r.handle));
  });
});
