/**
 * A file that mixes longitude/latitude rows and British National Grid rows, built here (and
 * only here, in a temporary folder) from a real one-system file: the Teignbridge brownfield
 * register (tests/fixtures/real/teignbridge-brownfield/, WGS84), with every third site's GeoX and
 * GeoY replaced by its easting and northing (proj4, to the metre), as a register assembled from
 * a GIS export and a spreadsheet would be. The pipeline must read each row in its own system,
 * say how many rows it read in each, and place the grid rows where the file first put them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { assetsConfig, runAssets } from './run-assets.ts';

const FILE = resolve(
  import.meta.dirname,
  '../../../../fixtures/real/teignbridge-brownfield/brownfield-land-register.csv',
);
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

describe('a real register with its rows mixed between longitude/latitude and British National Grid', () => {
  const lines = readFileSync(FILE, 'utf8').split('\r\n').filter(Boolean);
  const header = (lines[0] ?? '').split(',');
  const at = { lat: header.indexOf('GeoY'), lon: header.indexOf('GeoX') };
  // SiteNameAddress (quoted, with commas) comes before the coordinates; no field after them holds a
  // comma, so they are found counting from the end of the line (checked: every value is in Devon).
  const fromEnd = { lat: header.length - at.lat, lon: header.length - at.lon };
  const original: { lon: number; lat: number }[] = [];
  const gridRows: number[] = [];
  const mixed = lines.map((line, n) => {
    if (n === 0) return line;
    const fields = line.split(',');
    const lat = Number(fields[fields.length - fromEnd.lat]);
    const lon = Number(fields[fields.length - fromEnd.lon]);
    original.push({ lon, lat });
    if (n % 3 !== 0) return line;
    gridRows.push(n - 1);
    const [e, north] = proj4('WGS84', BNG, [lon, lat]) as [number, number];
    fields[fields.length - fromEnd.lat] = String(Math.round(north));
    fields[fields.length - fromEnd.lon] = String(Math.round(e));
    return fields.join(',');
  });

  it('reads each row in its own system, reports the count per system and places every site', async () => {
    expect(original).toHaveLength(38);
    expect(original.every((p) => p.lat > 50.4 && p.lat < 50.7 && p.lon > -3.7 && p.lon < -3.4)).toBe(true);
    expect(gridRows).toHaveLength(12);
    const run = await runAssets(
      `${mixed.join('\r\n')}\r\n`,
      assetsConfig({
        columns: { id: 'SiteReference', address: 'SiteNameAddress', x: 'GeoX', y: 'GeoY' },
        coordinates: { crs: ['EPSG:4326', 'EPSG:27700'] },
        join: { by: 'none' },
      }),
      null,
    );
    expect(run.quality).toMatchObject({ rowsIn: 38, accepted: 38, rejected: 0 });
    expect(run.fields).toMatchObject({ placed: 38, unplaced: 0 });
    const perSystem = run.quality.warnings.find((w) => w.startsWith('Coordinates were read per row in 2 systems'));
    expect(perSystem).toBe(
      `Coordinates were read per row in 2 systems: ${38 - gridRows.length} as EPSG:4326 (longitude/latitude (WGS84)), ${gridRows.length} as EPSG:27700 (British National Grid).`,
    );
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'crsPerRow',
      systems: [
        { crs: 'EPSG:4326 (longitude/latitude (WGS84))', rows: 38 - gridRows.length },
        { crs: 'EPSG:27700 (British National Grid)', rows: gridRows.length },
      ],
    });
    // Grid rows land back where the file first put them (to the metre: 5 decimals of a degree).
    for (const i of gridRows) {
      expect(run.table.lon[i]).toBeCloseTo(original[i]?.lon ?? NaN, 4);
      expect(run.table.lat[i]).toBeCloseTo(original[i]?.lat ?? NaN, 4);
    }
    // Untouched rows are the file's own values, rounded to 5 decimals.
    const kept = original.findIndex((_, i) => !gridRows.includes(i));
    expect(run.table.lon[kept]).toBe(Math.round((original[kept]?.lon ?? 0) * 1e5) / 1e5);
  });
});
