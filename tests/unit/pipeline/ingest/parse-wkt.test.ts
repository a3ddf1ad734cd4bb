import { describe, expect, it } from 'vitest';
import { parseWkt } from '../../../../src/pipeline/ingest/parse-wkt.ts';

describe('parseWkt', () => {
  it.each([
    ['POINT (-1.2 52.1)', { type: 'Point', coordinates: [-1.2, 52.1] }],
    ['point(-1.2 52.1)', { type: 'Point', coordinates: [-1.2, 52.1] }],
    ['POINT Z (1 2 3)', { type: 'Point', coordinates: [1, 2] }],
    [
      'MULTIPOINT (1 2, 3 4)',
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'MULTIPOINT ((1 2), (3 4))',
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'POLYGON ((0 0, 1 0, 1 1, 0 0))',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    ],
    [
      'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))',
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [6, 6],
              [5, 5],
            ],
          ],
        ],
      },
    ],
  ])('reads %s', (text, geometry) => {
    expect(parseWkt(text)).toEqual({ ok: true, geometry, srid: null });
  });

  it('reports the SRID of EWKT so the config can be checked against it', () => {
    expect(parseWkt('SRID=27700;POINT (530000 180000)')).toEqual({
      ok: true,
      geometry: { type: 'Point', coordinates: [530000, 180000] },
      srid: 27700,
    });
  });

  it.each([
    ['POINT EMPTY', 'empty geometry (POINT EMPTY)'],
    [
      'CIRCLE (1 2)',
      'not a WKT geometry this reads ("CIRCLE"; expected POINT, POLYGON, MULTIPOLYGON, LINESTRING or MULTIPOINT)',
    ],
    ['POINT (1 2', 'malformed WKT POINT: expected ")" at character 5'],
    ['POLYGON (0 0, 1 0, 1 1, 0 0)', 'malformed WKT POLYGON: brackets nested 1 deep, expected 2'],
    ['POINT (a b)', 'malformed WKT POINT: expected coordinates at character 2'],
  ])('gives a reason for %s', (text, reason) => {
    expect(parseWkt(text)).toEqual({ ok: false, reason });
  });
});
