// A US State Plane file read in the wrong unit (its feet as the metres of the zone's metre code, or
// the reverse) lands hundreds of kilometres away: the placer's warning says which unit fits.
import { describe, expect, it } from 'vitest';
import { createAssetPlacer, type AssetPlacer } from '../../../../../src/pipeline/datasets/assets/asset-placer.ts';
import { datasetWarningText } from '../../../../../src/lib/data-reasons.ts';

// The warnings as the console and the report say them.
const texts = (placer: AssetPlacer): string[] => placer.warnings().map(datasetWarningText);

// Illinois State Plane East (NAD83), epsg.io's PROJ.4 for EPSG:26971 (metres) and EPSG:3435 (US feet).
const METRES =
  '+proj=tmerc +lat_0=36.6666666666667 +lon_0=-88.3333333333333 +k=0.999975 +x_0=300000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const FEET = METRES.replace('+units=m', '+units=us-ft');
const CHICAGO: [number, number, number, number] = [-88.0, 41.6, -87.5, 42.1];
// 1451 W Madison St, Chicago, as the City-Owned Land Inventory gives it (US feet), and in metres.
const [X_FT, Y_FT] = [1166629.863, 1899984.112];
const [X_M, Y_M] = [(X_FT * 1200) / 3937, (Y_FT * 1200) / 3937];

describe('asset placer: State Plane units', () => {
  it('places feet read as feet and metres read as metres at the same point', () => {
    const feet = createAssetPlacer('EPSG:3435', FEET, CHICAGO, true).place(X_FT, Y_FT).placement;
    const metres = createAssetPlacer('EPSG:26971', METRES, CHICAGO, true).place(X_M, Y_M).placement;
    expect(feet).toMatchObject({ ok: true, lat: 41.88113, lon: -87.6636 });
    expect(metres).toEqual(feet);
  });

  it('says the coordinates are in feet when a metre system was declared', () => {
    const placer = createAssetPlacer('EPSG:26971', METRES, CHICAGO, true);
    expect(placer.place(X_FT, Y_FT).placement.ok).toBe(false);
    expect(texts(placer)).toContainEqual(
      expect.stringMatching(
        /^1 of the 1 asset outside the area would be inside it if the coordinates were in feet: EPSG:26971 is in metres\./,
      ),
    );
  });

  it('says the coordinates are in metres when a foot system was declared', () => {
    const placer = createAssetPlacer('EPSG:3435', FEET, CHICAGO, true);
    expect(placer.place(X_M, Y_M).placement.ok).toBe(false);
    expect(texts(placer)).toContainEqual(
      expect.stringMatching(
        /^1 of the 1 asset outside the area would be inside it if the coordinates were in metres: EPSG:3435 is in feet\./,
      ),
    );
  });

  it('gives no unit hint for rows that no unit puts inside', () => {
    const placer = createAssetPlacer('EPSG:3435', FEET, CHICAGO, true);
    placer.place(50, 50);
    expect(texts(placer).some((w) => w.includes('if the coordinates were in'))).toBe(false);
    expect(placer.warnings().some((w) => w.code === 'crsUnit')).toBe(false);
  });
});
