/**
 * Real published asset files in forms other than a CSV with two coordinate columns
 * (tests/fixtures/real/, each cut small; sources and licences in each folder's README),
 * through the whole data step. Every count is checked against a reading of the raw file
 * made here, independently of the pipeline: JSON.parse for the GeoJSON files, a split on
 * the quoted last column for the CSV (its only quoted field; checked below).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { buildData, type BuildResult } from '../../../../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { AssetOutlines, AssetsSummary, AssetsTable } from '../../../../../src/lib/assets-files.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/real');
const raw = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

interface Feature {
  properties: Record<string, string | number>;
  geometry: { type: string; coordinates: number[][][] };
}

describe('real asset files that are not a CSV with two coordinate columns', () => {
  let dataDir = '';
  let result: BuildResult;
  const entry = (id: string): AssetsDatasetEntry =>
    result.manifest.datasets.find((d) => d.id === id) as AssetsDatasetEntry;
  const read = <T>(id: string, name: string): T =>
    JSON.parse(readFileSync(join(dataDir, entry(id).files[name] ?? ''), 'utf8')) as T;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'real-assets-'));
    result = await buildData({ configPath: join(FIXTURES, 'real-assets.config.ts'), dataDir, force: true });
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds every fixture', () => {
    expect(result.failed).toEqual([]);
  });

  it('Cheltenham GeoJSON (34 point features): every feature in, accepted and placed; statuses as the file says', () => {
    const features = (
      JSON.parse(raw('cheltenham-land-assets-geojson/land-and-assets-2021.geojson')) as { features: Feature[] }
    ).features;
    const e = entry('cheltenham-geojson');
    expect(features).toHaveLength(34);
    expect(e.quality).toMatchObject({ rowsIn: 34, accepted: 34, rejected: 0, rejectedByReason: [] });
    expect(e.placed).toBe(features.filter((f) => f.geometry.type === 'Point').length);
    expect(e.unplaced).toBe(0);
    const detail = (v: string) => features.filter((f) => f.properties['tenure_detail'] === v).length;
    const summary = read<AssetsSummary>('cheltenham-geojson', 'summary');
    expect(summary.byStatus).toEqual([
      { status: 'vacant', count: detail('Vacant') },
      { status: 'under-used', count: 0 },
      { status: 'occupied', count: detail('Occupied by local authority') + detail('Leasehold') + detail('Licence') },
      { status: 'unknown', count: 0 },
    ]);
    expect(detail('Vacant')).toBe(4);
    const table = read<AssetsTable>('cheltenham-geojson', 'assets');
    // UPRNs as published mix 11 and 12 digits; idPadding 12 makes them one form.
    expect(table.uprn?.every((u) => /^\d{12}$/.test(u))).toBe(true);
    expect(table.lon[0]).toBe(Math.round((features[0]?.geometry.coordinates[0] as unknown as number) * 1e5) / 1e5);
    expect(table.address[0]).toBe('High Street, Cheltenham');
  });

  it('INSPIRE index polygon (1 polygon in British National Grid): placed inside its own outline, outline kept', () => {
    const [feature] = (JSON.parse(raw('inspire-index-polygon/inspire-example.geojson')) as { features: Feature[] })
      .features;
    const e = entry('inspire-polygon');
    expect(e.quality).toMatchObject({ rowsIn: 1, accepted: 1, rejected: 0 });
    expect(e.placed).toBe(1);
    const table = read<AssetsTable>('inspire-polygon', 'assets');
    expect(table.id).toEqual([String(feature?.properties['INSPIREID'])]);
    const outline = read<AssetOutlines>('inspire-polygon', 'outlines')['0'];
    const vertices = feature?.geometry.coordinates[0] ?? [];
    expect(outline?.type).toBe('Polygon');
    expect((outline?.coordinates[0] as number[][]).length).toBe(vertices.length);
    // Back to British National Grid with proj4 directly, and tested against the raw ring.
    const bng =
      '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
    const [x, y] = proj4('WGS84', bng, [table.lon[0] as number, table.lat[0] as number]);
    let inside = false;
    for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
      const [xi, yi] = vertices[i] as [number, number];
      const [xj, yj] = vertices[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    expect(inside).toBe(true);
  });

  it('Baltimore vacant building notices (97 rows, "(lat, lon)" column, id from block + lot): all in, placed', () => {
    const lines = raw('baltimore-vacant-buildings/vacant-buildings.csv').trimEnd().split('\n');
    const rows = lines.slice(1).map((l) => {
      const quoted = l.indexOf(',"(');
      // The location is the only quoted field: everything before it splits on commas.
      expect(l.slice(0, quoted).includes('"')).toBe(false);
      return { fields: l.slice(0, quoted).split(','), location: l.slice(quoted + 2, -1) };
    });
    expect(rows).toHaveLength(97);
    const ids = rows.map((r) => `${r.fields[1]}-${r.fields[2]}`);
    const e = entry('baltimore-vacants');
    expect(new Set(ids).size).toBe(97);
    expect(e.quality).toMatchObject({ rowsIn: 97, accepted: 97, rejected: 0 });
    const [lat, lon] = (rows[0]?.location ?? '').replace(/[()]/g, '').split(',').map(Number);
    const table = read<AssetsTable>('baltimore-vacants', 'assets');
    expect(table.id).toEqual(ids);
    expect(table.lat[0]).toBe(Math.round((lat as number) * 1e5) / 1e5);
    expect(table.lon[0]).toBe(Math.round((lon as number) * 1e5) / 1e5);
    // Every location is inside the configured bounds of Baltimore City.
    const inBounds = rows.filter((r) => {
      const [la, lo] = r.location.replace(/[()]/g, '').split(',').map(Number) as [number, number];
      return lo >= -76.72 && lo <= -76.52 && la >= 39.19 && la <= 39.38;
    }).length;
    expect(e.placed).toBe(inBounds);
    expect(e.placed).toBe(97);
    // Notice dates, mm/dd/yyyy in the file, as ISO days under the configured label.
    const iso = rows.map((r) => {
      const [m, d, y] = (r.fields[4] ?? '').split('/');
      return `${y}-${m}-${d}`;
    });
    expect(table.otherDates).toEqual([{ label: 'Vacant building notice served', values: iso }]);
    // Areas are the neighbourhood names, as the file spells them.
    expect(table.dict.area).toHaveLength(new Set(rows.map((r) => r.fields[5])).size);
  });
});
