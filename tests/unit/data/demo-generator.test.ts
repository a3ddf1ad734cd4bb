/**
 * The demo data: generated deterministically, committed as generated, a clean
 * tiling of wards, a config that parses, and a README that cites the flawed
 * rows where they really are.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, generateDemo, type DemoSummary } from '../../../data/demo/generate.ts';
import { BNG_PROJ4, boroughOutline } from '../../../data/demo/generate/geography.ts';
import { configSchema } from '../../../src/pipeline/config/schema.ts';
import { datasetFiles } from '../../../src/pipeline/config/load-config.ts';

type Point = [number, number];

const dataDir = fileURLToPath(new URL('../../../data/', import.meta.url));
const demoDir = join(dataDir, 'demo');
const tempDirs: string[] = [];
let summary: DemoSummary;
let firstRun: string;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-demo-'));
  tempDirs.push(dir);
  return dir;
}

beforeAll(() => {
  firstRun = tempDir();
  summary = generateDemo(firstRun);
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// Deliberately independent of the generator's own geometry helpers.
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}

function inRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToRing([x, y]: Point, ring: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[i + 1]!;
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
  }
  return best;
}

interface WardFeature {
  properties: { code: string; name: string; parent: string };
  geometry: { type: string; coordinates: Point[][] };
}

function readWards(): WardFeature[] {
  return (JSON.parse(readFileSync(join(demoDir, 'wards.geojson'), 'utf8')) as { features: WardFeature[] }).features;
}

function readCsv(file: string): string[][] {
  const text = readFileSync(join(demoDir, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describe('demo generator', () => {
  it('writes byte-identical files on every run', () => {
    const second = tempDir();
    generateDemo(second);
    for (const file of DEMO_FILES) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(firstRun, file))), file).toBe(true);
    }
  });

  it('matches the committed files (edit the generator, not the data)', () => {
    for (const file of DEMO_FILES) {
      const committed = readFileSync(join(demoDir, file));
      expect(committed.equals(readFileSync(join(firstRun, file))), `${file}: run npx tsx data/demo/generate.ts`).toBe(
        true,
      );
    }
  });

  it('reports the row counts it wrote', () => {
    expect(summary.rows).toEqual({
      'wards.geojson': 18,
      'population.csv': 18,
      'notifications.csv': 1051 * 18 * 4 + 4,
      'land-and-assets.csv': 240,
      'recycling.csv': 108,
      'activity.csv': 18 * 4 + 4,
    });
  });
});

describe('demo wards', () => {
  const toBng = proj4('WGS84', BNG_PROJ4);
  const outline = boroughOutline();
  const closedOutline: Point[] = [...outline, outline[0]!];

  it('have invented codes, names and a parent, and valid RFC 7946 rings', () => {
    const wards = readWards();
    expect(wards.map((w) => w.properties.code)).toEqual(
      Array.from({ length: 18 }, (_, i) => `X05${String(i + 1).padStart(6, '0')}`),
    );
    expect(new Set(wards.map((w) => w.properties.name)).size).toBe(18);
    for (const { properties, geometry } of wards) {
      expect(properties.parent).toBe('X04000001');
      expect(geometry.type).toBe('Polygon');
      expect(geometry.coordinates).toHaveLength(1);
      const ring = geometry.coordinates[0]!;
      expect(ring[0]).toEqual(ring.at(-1));
      expect(ringArea(ring), `${properties.code} is counter-clockwise`).toBeGreaterThan(0);
      for (const [lon, lat] of ring) {
        expect(lon).toBeCloseTo(-1.55, 0);
        expect(lat).toBeCloseTo(52.5, 0);
        expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
        expect(Math.round(lat * 1e6) / 1e6).toBe(lat);
      }
    }
  });

  it('add up to the borough: total area within 0.1% of the outline', () => {
    const total = readWards().reduce(
      (sum, w) => sum + ringArea(w.geometry.coordinates[0]!.map((p) => toBng.forward(p))),
      0,
    );
    expect(Math.abs(total / ringArea(closedOutline) - 1)).toBeLessThan(0.001);
  });

  it('share every inner edge exactly (no slivers)', () => {
    const uses = new Map<string, number>();
    for (const ward of readWards()) {
      const ring = ward.geometry.coordinates[0]!;
      for (let i = 0; i < ring.length - 1; i++) {
        const key = [ring[i]!.join(','), ring[i + 1]!.join(',')].sort().join(';');
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
    }
    const counts = [...uses.values()];
    expect(counts.every((n) => n === 1 || n === 2)).toBe(true);
    expect(counts.filter((n) => n === 2).length).toBeGreaterThan(40);
  });

  it('cover every point of the borough exactly once and nothing outside it', () => {
    const wards = readWards().map((w) => w.geometry.coordinates[0]!);
    const xs = outline.map((p) => p[0]);
    const ys = outline.map((p) => p[1]);
    const [x0, x1, y0, y1] = [
      Math.min(...xs) - 500,
      Math.max(...xs) + 500,
      Math.min(...ys) - 500,
      Math.max(...ys) + 500,
    ];
    let inside = 0;
    for (let i = 0; i <= 100; i++) {
      for (let j = 0; j <= 80; j++) {
        const bng: Point = [x0 + ((x1 - x0) * i) / 100, y0 + ((y1 - y0) * j) / 80];
        if (distanceToRing(bng, closedOutline) < 2) continue; // rounding to 6 decimals moves edges by ~0.1 m
        const lonLat = proj4(BNG_PROJ4, 'WGS84', bng);
        const hits = wards.filter((ring) => inRing(lonLat, ring)).length;
        const expected = inRing(bng, closedOutline) ? 1 : 0;
        inside += expected;
        expect(hits, `point E ${Math.round(bng[0])} N ${Math.round(bng[1])}`).toBe(expected);
      }
    }
    expect(inside).toBeGreaterThan(5000);
  });
});

describe('demo files', () => {
  it('population: 18 wards of 4,000–16,000, about 180,000 in all', () => {
    const [header, ...rows] = readCsv('population.csv');
    expect(header).toEqual(['ward_code', 'ward_name', 'population']);
    const populations = rows.map((r) => Number(r[2]));
    expect(populations).toHaveLength(18);
    for (const p of populations) expect(p >= 4_000 && p <= 16_000).toBe(true);
    expect(Math.abs(populations.reduce((a, b) => a + b, 0) - 180_000)).toBeLessThan(5_000);
  });

  it('notifications: winter flu, a measles outbreak of about 60 in three wards, and an incomplete last week', () => {
    const rows = readCsv('notifications.csv')
      .slice(1)
      .filter((r) => /^\d{4}-\d\d-\d\d$/.test(r[0] ?? '') && /^\d+$/.test(r[3] ?? ''));
    const total = (keep: (r: string[]) => boolean) => rows.filter(keep).reduce((sum, r) => sum + Number(r[3]), 0);
    const flu = (month: string) => total((r) => r[2] === 'Influenza (lab-confirmed)' && r[0]!.startsWith(month));
    expect(flu('2024-12')).toBeGreaterThan(10 * flu('2024-07'));
    const outbreak = rows.filter(
      (r) => r[2] === 'Measles' && r[0]! >= '2024-02-01' && r[0]! <= '2024-04-15' && r[3] !== '0',
    );
    expect(new Set(outbreak.map((r) => r[1])).size).toBe(3);
    expect(total((r) => outbreak.includes(r))).toBeGreaterThanOrEqual(50);
    expect(total((r) => outbreak.includes(r))).toBeLessThanOrEqual(70);
    expect(rows.at(-1)?.[0]).toBe('2025-11-16');
  });

  it('land and assets: an Excel-style UTF-8 register with padded and unpadded UPRNs', () => {
    const bytes = readFileSync(join(demoDir, 'land-and-assets.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toContain('£');
    const [header, ...rows] = readCsv('land-and-assets.csv');
    expect(header).toEqual([
      'Organisation',
      'Organisation Label',
      'UPRN',
      'AssetCode',
      'Site Address',
      'Postcode',
      'GeoX',
      'GeoY',
      'TenureType',
      'Tenure Detail',
      'Holding Type',
      'Occupancy',
      'Site Area (ha)',
    ]);
    expect(rows).toHaveLength(240);
    const uprns = rows.map((r) => r[2] ?? '');
    expect(uprns.some((u) => /^\d{11}$/.test(u))).toBe(true);
    expect(uprns.some((u) => /^0\d{11}$/.test(u))).toBe(true);
    const vacantOrUnderUsed = rows.filter((r) =>
      /^(vacant|partly vacant|under-used|surplus)$/i.test((r[11] ?? '').trim()),
    ).length;
    expect(vacantOrUnderUsed / rows.length).toBeGreaterThan(0.12);
    expect(vacantOrUnderUsed / rows.length).toBeLessThan(0.18);
  });

  it('README lists every flawed row at the line where it is', () => {
    const readme = readFileSync(join(demoDir, 'README.md'), 'utf8');
    const table = [
      ...readme.matchAll(/^\| (notifications\.csv|land-and-assets\.csv) \| (\d+) \| `(.*)` \| (.*) \| (.*) \|$/gm),
    ].map((m) => ({
      file: m[1],
      line: Number(m[2]),
      raw: m[3],
    }));
    expect(table).toEqual(summary.messyRows.map(({ file, line, raw }) => ({ file, line, raw })));
    expect(table.filter((r) => r.file === 'notifications.csv')).toHaveLength(10);
    for (const { file, line, raw } of table) {
      const lines = readFileSync(join(demoDir, file!), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      expect(lines[line - 1], `${file} line ${line}`).toBe(raw);
    }
  });
});

describe('demo physical activity survey', () => {
  const [header, ...rows] = readCsv('activity.csv');
  const wilson95 = (k: number, n: number): [number, number] => {
    const z = 1.959964;
    const p = k / n;
    const d = 1 + (z * z) / n;
    const c = (p + (z * z) / (2 * n)) / d;
    const h = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    return [100 * (c - h), 100 * (c + h)];
  };

  it('gives every ward-year an estimate inside its 95% limits, or suppresses it below 50 respondents', () => {
    expect(header).toEqual(['area_code', 'period', 'percent_active', 'lower_95', 'upper_95', 'respondents']);
    const wards = rows.filter((r) => r[0] !== 'X04000001');
    expect(wards).toHaveLength(18 * 4);
    for (const [code, period, value, lo, hi, n] of wards) {
      const respondents = Number(n);
      if (respondents < 50) {
        expect([value, lo, hi], `${code} ${period}`).toEqual(['*', '', '']);
        continue;
      }
      expect(Number(lo)).toBeLessThanOrEqual(Number(value));
      expect(Number(value)).toBeLessThanOrEqual(Number(hi));
      // The limits are the Wilson interval of the published share (k respondents of n).
      const k = Math.round((Number(value) / 100) * respondents);
      const [l, u] = wilson95(k, respondents);
      expect(Math.abs(l - Number(lo))).toBeLessThanOrEqual(0.06);
      expect(Math.abs(u - Number(hi))).toBeLessThanOrEqual(0.06);
    }
    expect(wards.filter((r) => r[2] === '*').length).toBeGreaterThan(0);
  });

  it('has the borough row per year, pooled over all respondents, suppressed ones included', () => {
    const borough = rows.filter((r) => r[0] === 'X04000001');
    expect(borough.map((r) => r[1])).toEqual(['2021/22', '2022/23', '2023/24', '2024/25']);
    for (const [, period, , , , n] of borough) {
      const sum = rows
        .filter((r) => r[0] !== 'X04000001' && r[1] === period)
        .reduce((total, r) => total + Number(r[5]), 0);
      expect(Number(n), period).toBe(sum);
    }
  });
});

describe('demo config', () => {
  it('parses with the config schema, and every file it names exists', async () => {
    const { default: config } = await import('../../../data/atlas.config.ts');
    const parsed = configSchema.parse(config);
    expect(parsed.site.demo).toBe(true);
    const files = [
      ...Object.values(parsed.areaLayers).flatMap((l) => [l.file, ...(l.population ? [l.population.file] : [])]),
      ...parsed.datasets.flatMap((d) => datasetFiles(d)),
    ];
    for (const file of files) expect(readFileSync(join(dataDir, file)).length, file).toBeGreaterThan(0);
    expect(parsed.datasets.map((d) => d.id)).toEqual([
      'notifications',
      'land-and-assets',
      'recycling',
      'physical-activity',
    ]);
  });
});
