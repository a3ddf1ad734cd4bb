import { describe, expect, it } from 'vitest';
import { boundaryTiles, indexShards, tileZooms } from '../../../../src/pipeline/geo/boundary-tiles.ts';
import { square } from './square-area.ts';

// At zoom 1 the world is 2 x 2 tiles split at 0° longitude and the equator.
const areas = [square('NW', -20, 10, 5), square('NE', 20, 10, 5), square('SE', 20, -20, 5), square('MID', -1, 30, 2)];

describe('boundary tiles', () => {
  it('starts at the first zoom where no tile holds more than the limit, then steps two zooms', () => {
    // Zoom 0 is one tile of all 4; at zoom 1 the north-west tile holds NW and MID, the north-east NE and MID.
    expect(tileZooms(areas, 2, 2)).toEqual([1, 3]);
    expect(tileZooms(areas, 1, 4)).toEqual([0]);
  });

  it('puts an area in every tile its box touches, with its code, areas in layer order', () => {
    const [level] = boundaryTiles(areas, [1]);
    expect(level?.zoom).toBe(1);
    const codes = Object.fromEntries(
      [...(level?.tiles ?? [])].map(([k, t]) => [k, t.features.map((f) => f.properties.code)]),
    );
    expect(codes).toEqual({ '0/0': ['NW', 'MID'], '1/0': ['NE', 'MID'], '1/1': ['SE'] });
  });

  it('rounds coordinates to half a pixel of the level and keeps every ring closed', () => {
    const [level] = boundaryTiles([square('A', 0.123456, 51.123456, 0.5)], [8]);
    const ring = (level?.tiles.get('128/85')?.features[0]?.geometry.coordinates[0] ?? []) as number[][];
    // A pixel at zoom 8 is 360 / (512 * 256) = 0.0027°: three decimals, within half a pixel of the input.
    const [x = 0, y = 0] = ring[0] ?? [];
    expect([x, y].map((v) => String(v).split('.')[1]?.length)).toEqual([3, 3]);
    expect(Math.abs(x - 0.123456)).toBeLessThan(0.0014);
    expect(Math.abs(y - 51.123456)).toBeLessThan(0.0014);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(ring.length).toBe(5);
  });
});

describe('boundary tile index parts', () => {
  it('groups tiles by their parent three zooms up, every tile in exactly one part', () => {
    const tiles = new Map([
      ['0/0', 'a'],
      ['7/7', 'b'],
      ['8/0', 'c'],
      ['17/9', 'd'],
    ]);
    const parts = indexShards(tiles);
    expect([...parts.keys()]).toEqual(['0/0', '1/0', '2/1']);
    expect([...(parts.get('0/0') ?? new Map()).keys()]).toEqual(['0/0', '7/7']);
    expect([...parts.values()].reduce((n, p) => n + p.size, 0)).toBe(tiles.size);
  });
});
