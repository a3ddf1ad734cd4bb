/**
 * `npx tsx tests/bench/point-in-polygon.ts`: why area-index.ts decides point-in-polygon itself
 * rather than with d3.geoContains. Places the NLUD 2012 sites (British National Grid, ../shared/data)
 * in the 407 local authorities of the recycling test's layer, both ways, over the same flatbush
 * candidates, and checks the two agree on every point. Figures, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Flatbush from 'flatbush';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { geoArea, geoContains } from 'd3';
import type { Polygon } from 'geojson';
import recycling from '../realdata/configs/uk-recycling.config.ts';
import { areaLayerSchema } from '../../src/pipeline/config/schema.ts';
import { readAreaLayer } from '../../src/pipeline/ingest/read-boundaries.ts';
import { makeProjector } from '../../src/pipeline/ingest/coordinates.ts';
import { createAreaIndex } from '../../src/pipeline/geo/area-index.ts';
import { ringsBbox } from '../../src/pipeline/geo/rings-bbox.ts';

const configs = resolve(import.meta.dirname, '../realdata/configs');
const nlud = resolve(
  import.meta.dirname,
  '../../../shared/data/property/uk_nlud_previously_developed_land_sites_2012.csv',
);
const layer = await readAreaLayer('ltla', areaLayerSchema.parse(recycling.areaLayers?.['ltla']), configs);
const rows = Papa.parse<Record<string, string>>(iconv.decode(readFileSync(nlud), 'macintosh'), {
  header: true,
  transformHeader: (h) => h.trim(),
}).data;
const toWgs84 = makeProjector('EPSG:27700');
const points = rows
  .map((r) => [Number(r['Easting']), Number(r['Northing'])] as const)
  .filter(([x, y]) => x > 0 && y > 0)
  .map(([x, y]) => toWgs84(x, y));
console.log(`${layer.features.length} areas, ${points.length} points`);

function time(label: string, locate: (lon: number, lat: number) => number): number[] {
  const pass = (): number[] => points.map(([x, y]) => locate(x, y));
  pass();
  const started = performance.now();
  const reps = 5;
  let found: number[] = [];
  for (let k = 0; k < reps; k++) found = pass();
  console.log(`${label}: ${((performance.now() - started) / reps).toFixed(0)} ms a pass`);
  return found;
}

const hand = time('flatbush + even-odd test (area-index.ts)', createAreaIndex(layer.features).locate);

// d3 reads a ring's winding as which side is inside: rewind RFC 7946 rings to d3's clockwise exteriors.
const parts: { feature: number; polygon: Polygon }[] = [];
const tree = new Flatbush(
  layer.features.reduce((n, f) => n + (f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length), 0),
);
layer.features.forEach((f, feature) => {
  for (const rings of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) {
    let polygon: Polygon = { type: 'Polygon', coordinates: rings };
    if (geoArea(polygon) > 2 * Math.PI) polygon = { type: 'Polygon', coordinates: rings.map((r) => [...r].reverse()) };
    parts.push({ feature, polygon });
    const [w, s, e, n] = ringsBbox([rings[0] ?? []]);
    tree.add(w, s, e, n);
  }
});
tree.finish();
const d3 = time('flatbush + d3.geoContains', (x, y) => {
  let best = -1;
  for (const i of tree.search(x, y, x, y)) {
    const part = parts[i] as (typeof parts)[number];
    if ((best === -1 || part.feature < best) && geoContains(part.polygon, [x, y])) best = part.feature;
  }
  return best;
});
const differ = hand.filter((v, i) => v !== d3[i]).length;
console.log(`placed: ${hand.filter((v) => v >= 0).length} by each; the two differ on ${differ} points`);
