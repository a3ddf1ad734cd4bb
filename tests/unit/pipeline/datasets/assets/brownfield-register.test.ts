/**
 * A real brownfield land register (tests/fixtures/real/teignbridge-brownfield/) through the whole
 * data step with planning-status categories declared in the config. Every count is checked
 * against a reading of the raw file made here, independently of the pipeline: the file's
 * only quoted fields are addresses without quote marks or line breaks, so a line splits on
 * the commas outside quotes (checked below: every row has the header's number of fields).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../../../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { AssetsSummary, AssetsTable } from '../../../../../src/lib/assets-files.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/real');
const FILE = join(FIXTURES, 'teignbridge-brownfield/brownfield-land-register.csv');

/** The raw file as rows of fields, header first. */
function rawRows(): string[][] {
  return readFileSync(FILE, 'utf8')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/(?:^|,)("[^"]*"|[^,]*)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '')));
}

describe('a real brownfield land register with planning-status categories', () => {
  let dataDir = '';
  let result: BuildResult;
  let entry: AssetsDatasetEntry;
  const read = (name: string): string => readFileSync(join(dataDir, entry.files[name] ?? ''), 'utf8');
  const [header = [], ...rows] = rawRows();
  const col = (name: string): number => header.indexOf(name);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'brownfield-'));
    result = await buildData({ configPath: join(FIXTURES, 'brownfield.config.ts'), dataDir, force: true });
    entry = result.manifest.datasets.find((d) => d.id === 'teignbridge-brownfield') as AssetsDatasetEntry;
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads the raw file the simple way safely', () => {
    expect(header).toHaveLength(19);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('counts rows in, accepted, rejected by reason, placed and unplaced exactly as the file has them', () => {
    expect(result.failed).toEqual([]);
    const x = col('GeoX');
    const y = col('GeoY');
    const located = rows.filter((r) => {
      const lon = Number(r[x]);
      const lat = Number(r[y]);
      return r[x] !== '' && r[y] !== '' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
    });
    const ids = new Set(rows.map((r) => r[col('SiteReference')]));
    expect(rows).toHaveLength(38);
    expect(ids.size).toBe(rows.length);
    expect(entry.quality).toMatchObject({
      rowsIn: rows.length,
      accepted: rows.length,
      rejected: 0,
      rejectedByReason: [],
    });
    expect(entry.assetCount).toBe(rows.length);
    expect(entry.placed).toBe(located.length);
    expect(entry.unplaced).toBe(rows.length - located.length);
    expect(located).toHaveLength(38);
  });

  it('puts each site in the category its PlanningStatus names, in the declared order', () => {
    const count = (v: string) => rows.filter((r) => r[col('PlanningStatus')] === v).length;
    const summary = JSON.parse(read('summary')) as AssetsSummary;
    expect(summary.byStatus).toEqual([
      { status: 'permissioned', count: count('permissioned') },
      { status: 'not-permissioned', count: count('not permissioned') },
      { status: 'pending-decision', count: count('pending decision') },
    ]);
    expect([count('permissioned'), count('not permissioned'), count('pending decision')]).toEqual([34, 3, 1]);
    // The categories travel with the data: in the manifest entry and in the table the browser reads.
    const table = JSON.parse(read('assets')) as AssetsTable;
    const declared = [
      { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square', available: false },
      { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'triangle', available: true },
      { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'diamond', available: false },
    ];
    expect(entry.categories).toEqual(declared);
    expect(table.categories).toEqual(declared);
    const pending = table.id.indexOf('BFR031');
    expect(table.status[pending]).toBe(2);
  });

  it("writes the download with the register's own column names and both extra dates", () => {
    const lines = read('assets-csv').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'dataset,site_reference,address,planning_status,site_area,site_area_unit,ownership_status,lon,lat,placed,unplaced_reason,permission_date,first_added_to_the_register',
    );
    expect(lines).toHaveLength(rows.length + 1);
    const first = rows[0] ?? [];
    expect(lines[1]).toBe(
      `teignbridge-brownfield,BFR001,"${first[col('SiteNameAddress')]}",permissioned,0.26,ha,not owned by a public authority,-3.49379,50.54974,yes,,2001-10-26,2017-11-01`,
    );
    // Dates as the file writes them (dd/mm/yyyy), blank where it is blank.
    const iso = (d: string) => (d === '' ? '' : d.split('/').reverse().join('-'));
    const permission = lines.slice(1).map((l) => l.split(',').at(-2));
    expect(permission).toEqual(rows.map((r) => iso(r[col('PermissionDate')] ?? '')));
  });
});
