/**
 * Asset mini-maps on real boundaries (ONS local authorities, 2019 vintage, from
 * ../shared/data), from the smallest area to the largest: each area's outline is
 * drawn from the outlines the data step writes for asset pages (each area
 * simplified at its own scale), as the pages do, and must fill the frame as the real area does,
 * with a point inside the real area inside the picture. Skips, saying so, where
 * ../shared/data is absent (a fresh clone); runs in CI.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAreaLayer, type AreaFeature } from '../../src/pipeline/ingest/read-boundaries.ts';
import { areaOutlines } from '../../src/pipeline/geo/area-outlines.ts';
import { areaLayerSchema } from '../../src/pipeline/config/schema.ts';
import { interiorPoint } from '../../src/pipeline/geo/interior-point.ts';
import { miniMapFrame, type MiniMapFrame } from '../../src/lib/assets/mini-map.ts';
import { ltla } from './configs/uk-assets.config.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const present = existsSync(join(SHARED, 'boundaries/uk_ons_boundaries_2014_2025.topo.json'));
if (!present) console.warn(`tests/realdata/mini-map.test.ts: skipped, ${SHARED} is absent (it is present in CI).`);

type Box = [number, number, number, number];

function extend(b: Box, x: number, y: number): void {
  b[0] = Math.min(b[0], x);
  b[1] = Math.min(b[1], y);
  b[2] = Math.max(b[2], x);
  b[3] = Math.max(b[3], y);
}

/** Box of the numbers of an SVG path (absolute M/L pairs, as d3 and pathInFrame write them). */
function pathBox(d: string): Box {
  const nums = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < nums.length; i += 2) extend(b, nums[i] as number, nums[i + 1] as number);
  return b;
}

/** Box of the real geometry's vertices, projected by the frame. */
function projectedBox(frame: MiniMapFrame, g: Polygon | MultiPolygon): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const polygon of polygons)
    for (const p of polygon[0] ?? []) {
      const [x, y] = frame.project(p[0] as number, p[1] as number);
      extend(b, x, y);
    }
  return b;
}

const area = (g: Box): number => (g[2] - g[0]) * (g[3] - g[1]);

describe.skipIf(!present)('asset mini-maps on real local authority boundaries', () => {
  let real: AreaFeature[];
  let written: Map<string, Polygon | MultiPolygon>;

  beforeAll(async () => {
    const config = areaLayerSchema.parse({
      ...ltla,
      file: join(SHARED, 'boundaries/uk_ons_boundaries_2014_2025.topo.json'),
    });
    const layer = await readAreaLayer('ltla', config, '/');
    real = layer.features;
    written = new Map(Object.entries(areaOutlines(layer.features)));
  }, 120_000);

  it('reads the 2019 vintage: 382 areas', () => {
    expect(real).toHaveLength(382);
  });

  it('draws every area at its own scale: the outline fills the frame as the real area does, and a point inside the area is inside the picture', () => {
    const wrong: string[] = [];
    for (const f of real) {
      const frame = miniMapFrame(written.get(f.code) as Polygon | MultiPolygon);
      const drawn = pathBox(frame.outline);
      const truth = projectedBox(frame, f.geometry);
      const [px, py] = frame.project(...(interiorPoint(f.geometry) as [number, number]));
      const inside = px >= 0 && px <= frame.width && py >= 0 && py <= frame.height;
      // The drawn outline's box is the real one's to within 2% of the frame (simplification rounds corners).
      const tol = 0.02 * Math.max(frame.width, frame.height);
      const matches = drawn.every((v, i) => Math.abs(v - (truth[i] as number)) <= tol);
      if (!inside || !matches)
        wrong.push(
          `${f.code} ${f.name}: drawn box ${drawn.map((v) => v.toFixed(0)).join(',')}, real ${truth
            .map((v) => v.toFixed(0))
            .join(',')}, point ${px.toFixed(0)},${py.toFixed(0)} (of ${area(truth).toFixed(0)} px²)`,
        );
    }
    expect(wrong, `${wrong.length} of ${real.length} areas drawn wrongly:\n${wrong.slice(0, 15).join('\n')}`).toEqual(
      [],
    );
  });
});
