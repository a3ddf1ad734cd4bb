import { describe, expect, it } from 'vitest';
import { makeProjector, placePoint } from '../../../../src/pipeline/ingest/coordinates.ts';

// References computed independently from the formulas and parameters in the Ordnance Survey's
// "A guide to coordinate systems in Great Britain": inverse Transverse Mercator on Airy 1830
// (which reproduces the guide's worked example, E 651409.903 N 313177.270 -> OSGB36
// 52°39′27.2531″N 1°43′4.5177″E), then the documented 7-parameter Helmert transformation to WGS84.
const BNG_REFERENCES = [
  { name: 'Cheltenham Town Hall', e: 394945, n: 222286, lat: 51.899095, lon: -2.074873 },
  { name: 'OS guide worked example', e: 651409.903, n: 313177.27, lat: 52.657979, lon: 1.716052 },
  { name: 'Lancing (NLUD first row)', e: 518054, n: 105175, lat: 50.834078, lon: -0.324932 },
];
const GLOUCESTERSHIRE: [number, number, number, number] = [-2.7, 51.57, -1.6, 52.12];
const GB: [number, number, number, number] = [-8.7, 49.8, 1.8, 60.9];

describe('makeProjector', () => {
  it.each(BNG_REFERENCES)('projects British National Grid to WGS84: $name', ({ e, n, lat, lon }) => {
    const [x, y] = makeProjector('EPSG:27700')(e, n);
    expect(x).toBeCloseTo(lon, 5);
    expect(y).toBeCloseTo(lat, 5);
  });

  it('accepts the CRS in several spellings and register aliases', () => {
    const reference = makeProjector('EPSG:27700')(394945, 222286);
    for (const crs of ['epsg:27700', '27700', 'urn:ogc:def:crs:EPSG::27700', 'OSGB36', 'BNG']) {
      expect(makeProjector(crs)(394945, 222286)).toEqual(reference);
    }
    expect(makeProjector('WGS84')(-2.07, 51.9)).toEqual([-2.07, 51.9]);
  });

  it('treats x as longitude for EPSG:4326', () => {
    expect(makeProjector('EPSG:4326')(-2.07, 51.9)).toEqual([-2.07, 51.9]);
  });

  it('projects web mercator', () => {
    const R = 6378137;
    const lon = -2.07;
    const lat = 51.9;
    const x = (R * lon * Math.PI) / 180;
    const y = R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const [a, b] = makeProjector('EPSG:3857')(x, y);
    expect(a).toBeCloseTo(lon, 8);
    expect(b).toBeCloseTo(lat, 8);
  });

  // Forward projections of city-centre points computed from Snyder's "Map Projections: A Working
  // Manual" formulas (transverse Mercator, LAEA, Lambert conformal conic) on each CRS's ellipsoid.
  it.each([
    ['EPSG:32630', 699316.234, 5710163.758, 51.5074, -0.1278], // UTM 30N, London
    ['EPSG:25830', 699316.234, 5710163.758, 51.5074, -0.1278], // ETRS89 UTM 30N
    ['EPSG:25832', 692095.145, 5334540.636, 48.1351, 11.582], // ETRS89 UTM 32N, Munich
    ['EPSG:2157', 715826.507, 734697.593, 53.3498, -6.2603], // Irish Transverse Mercator, Dublin
    ['EPSG:3035', 3620438.012, 3203903.36, 51.5074, -0.1278], // LAEA Europe, London
    ['EPSG:2154', 652469.023, 6862035.259, 48.8566, 2.3522], // Lambert-93, Paris
  ])('projects %s exactly (no datum shift)', (crs, x, y, lat, lon) => {
    const [a, b] = makeProjector(crs)(x, y);
    expect(a).toBeCloseTo(lon, 5);
    expect(b).toBeCloseTo(lat, 5);
  });

  it('projects RD New (Netherlands) to within a metre', () => {
    // The Amersfoort origin in WGS84 from the RD approximation formulas of Schreutelkamp and Strang van Hees (~1 m).
    const [lon, lat] = makeProjector('EPSG:28992')(155000, 463000);
    expect(Math.abs(lon - 5.38720621)).toBeLessThan(1.5e-5);
    expect(Math.abs(lat - 52.1551744)).toBeLessThan(1e-5);
  });

  // Same formulas without the datum shift the CRS adds (~100 m).
  it.each([
    ['EPSG:29903', 315836.048, 234696.189, 53.3498, -6.2603], // Irish Grid, Dublin
    ['EPSG:31370', 148888.265, 171039.56, 50.8503, 4.3517], // Belgian Lambert 72, Brussels
  ])('projects %s to within the datum shift', (crs, x, y, lat, lon) => {
    const [a, b] = makeProjector(crs)(x, y);
    expect(Math.abs(a - lon)).toBeLessThan(0.003);
    expect(Math.abs(b - lat)).toBeLessThan(0.003);
  });

  it('uses a custom proj4 definition over the built-in one', () => {
    const shifted = makeProjector('EPSG:9999', '+proj=longlat +ellps=WGS84 +pm=10 +no_defs');
    const [lon, lat] = shifted(1, 50);
    expect(lon).toBeCloseTo(11, 6);
    expect(lat).toBeCloseTo(50, 6);
  });

  it('explains an unknown CRS, naming the proj4 config key', () => {
    expect(() => makeProjector('EPSG:9999')).toThrow(/Unknown coordinate system "EPSG:9999".*`coordinates\.proj4`/);
  });
});

describe('placePoint', () => {
  const bng = makeProjector('EPSG:27700');
  const wgs = makeProjector('EPSG:4326');

  it('places a point inside the bounds, rounded to 5 decimals', () => {
    expect(placePoint(394945, 222286, bng, GLOUCESTERSHIRE, true)).toEqual({
      ok: true,
      lon: -2.07487,
      lat: 51.8991,
      swapped: false,
    });
  });

  it('detects swapped X/Y when only the swapped order falls inside', () => {
    expect(placePoint(222286, 394945, bng, GLOUCESTERSHIRE, true)).toEqual({
      ok: true,
      lon: -2.07487,
      lat: 51.8991,
      swapped: true,
    });
    expect(placePoint(51.8991, -2.07487, wgs, GB, true)).toEqual({
      ok: true,
      lon: -2.07487,
      lat: 51.8991,
      swapped: true,
    });
  });

  it('does not swap when detection is off', () => {
    const p = placePoint(222286, 394945, bng, GLOUCESTERSHIRE, false);
    expect(p.ok).toBe(false);
  });

  it('rejects points outside the bounds, saying roughly where they landed', () => {
    const p = placePoint(9.3, 52.1, wgs, GB, true);
    expect(p).toEqual({
      ok: false,
      reason: expect.stringMatching(/^outside the area \(52\.1, 9\.3 is not within 49\.80…60\.90 N, -8\.70…1\.80 E\)$/),
    });
  });

  it('rejects coordinates that are not numbers or cannot be projected', () => {
    expect(placePoint(NaN, 1, bng, GB, true)).toEqual({ ok: false, reason: 'coordinates not numbers' });
    expect(placePoint(1, Infinity, bng, GB, true)).toEqual({ ok: false, reason: 'coordinates not numbers' });
    const far = placePoint(1e12, 1e12, bng, GB, false);
    expect(far.ok).toBe(false);
    expect(!far.ok && far.reason).toMatch(/^outside the area/);
  });
});
