/**
 * Overlaps between two layers of the real ONS boundaries (local authorities and English regions,
 * one TopoJSON): every current English council lies in exactly one region by area, and a region's
 * councils are found from the region's side too. Skips visibly without ../shared/data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaOverlaps, type OverlapArea } from '../../src/lib/geo/area-overlaps.ts';

const FILE = resolve(import.meta.dirname, '../../../shared/data/boundaries/uk_ons_boundaries_2014_2025.topo.json');
const exists = existsSync(FILE);
if (!exists) console.warn('skipping area-overlaps real-data tests: ../shared/data not found');

describe.skipIf(!exists)('area overlaps of ONS local authorities and regions', () => {
  const layer = (name: string, current = false): OverlapArea[] => {
    const topo = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
    const fc = feature(topo, topo.objects[name] as GeometryCollection) as unknown as {
      features: { properties: { areacd: string; end?: number }; geometry: Polygon | MultiPolygon }[];
    };
    return fc.features
      .filter((f) => !current || f.properties.end === undefined)
      .map((f) => ({ code: f.properties.areacd, geometry: f.geometry }));
  };

  it('puts Leeds wholly in Yorkshire and The Humber, and finds Leeds from the region', () => {
    const councils = layer('ltla', true).filter((a) => a.code.startsWith('E'));
    const regions = layer('rgn');
    const up = areaOverlaps(councils, regions);
    expect(up.get('E08000035')?.[0]?.code).toBe('E12000003');
    expect(up.get('E08000035')?.[0]?.share).toBeGreaterThanOrEqual(0.98);
    // Every current English council: one region holds at least 95% of it.
    const loose = councils.filter((c) => (up.get(c.code)?.[0]?.share ?? 0) < 0.95).map((c) => c.code);
    expect(loose).toEqual([]);
    const down = areaOverlaps(regions, councils);
    expect(down.get('E12000003')?.map((o) => o.code)).toContain('E08000035');
  });
});
