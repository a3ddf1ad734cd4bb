/**
 * The fictional Borough of Eastmere: a wobbly outline about 20 km x 15 km centred
 * on E 430000 N 290000 (British National Grid), cut into 18 wards by a seeded
 * Voronoi diagram. Everything is built in BNG metres and converted to WGS84 only
 * for the GeoJSON, so the asset register's GeoX/GeoY agree with the map.
 */
import { Delaunay } from 'd3';
import proj4 from 'proj4';
import {
  clipToConvex,
  counterClockwise,
  distanceToRing,
  isSimpleRing,
  pointInRing,
  signedArea,
  VertexSnapper,
  withoutRepeats,
  type XY,
} from './geometry.ts';
import { mulberry32, rngFor, seedFrom, shuffled, uniform, type Rng } from './random.ts';

export type { XY } from './geometry.ts';

/** EPSG:27700 as proj4 needs it (OSGB36 with the usual 7-parameter shift to WGS84). */
export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

export const BOROUGH_CENTRE: XY = [430000, 290000];
/** The town of Eastmere itself, a little east of the borough's middle. */
export const TOWN_CENTRE: XY = [431400, 289300];
/** Invented code of the borough, the wards' parent (X-prefixed: never a real GSS code). */
export const BOROUGH_CODE = 'X04000001';

const URBAN_NAMES = [
  'Eastmere Central',
  'Eastmere Park',
  'Mereside',
  'Weaversfield',
  'Copperfold',
  'Millwarren',
  'Orchardside',
];
const RURAL_NAMES = [
  'Northmere',
  'Kestrel Heath',
  'Brindle Cross',
  'Fennick Vale',
  'Otterbrook',
  'Wrenfield',
  'Bramblecote',
  'Linnet Fields',
  'Pennock Hill',
  'Alderwick',
  'Stonecrop',
];

export interface Ward {
  code: string;
  name: string;
  /** True for the seven wards that make up the town. */
  urban: boolean;
  /** Open counter-clockwise ring in BNG metres. */
  ring: XY[];
  /** Codes of wards sharing an edge with this one. */
  neighbours: string[];
}

const toWgs84 = proj4(BNG_PROJ4, 'WGS84');

/** BNG metres -> [longitude, latitude] rounded to 6 decimals (about 0.1 m). */
export function bngToLonLat(point: XY): XY {
  const [lon, lat] = toWgs84.forward([point[0], point[1]]);
  return [round(lon ?? NaN, 6), round(lat ?? NaN, 6)];
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A squarish ellipse (superellipse) with seeded low-frequency wobble, vertices to the centimetre. */
export function boroughOutline(): XY[] {
  const rng = rngFor('outline');
  const harmonics = [2, 3, 4, 5, 7, 9].map((h) => ({
    h,
    amp: uniform(rng, 0.02, 0.1) / Math.sqrt(h),
    phase: uniform(rng, 0, 2 * Math.PI),
  }));
  const vertices = 120;
  const ring: XY[] = [];
  for (let k = 0; k < vertices; k++) {
    const theta = (2 * Math.PI * k) / vertices;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    const base = (Math.abs(c / 10_000) ** 2.6 + Math.abs(s / 7_500) ** 2.6) ** (-1 / 2.6);
    const wobble =
      1 +
      harmonics.reduce((sum, { h, amp, phase }) => sum + amp * Math.sin(h * theta + phase), 0) +
      uniform(rng, -0.01, 0.01);
    ring.push([round(BOROUGH_CENTRE[0] + base * wobble * c, 2), round(BOROUGH_CENTRE[1] + base * wobble * s, 2)]);
  }
  return counterClockwise(ring);
}

/** A uniformly random point inside `ring`, at least `margin` metres from its edge. */
export function randomPointIn(rng: Rng, ring: readonly XY[], margin = 0): XY {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  for (;;) {
    const p: XY = [uniform(rng, Math.min(...xs), Math.max(...xs)), uniform(rng, Math.min(...ys), Math.max(...ys))];
    if (pointInRing(p, ring) && (margin === 0 || distanceToRing(p, ring) >= margin)) return p;
  }
}

/**
 * Seeds: 7 close together for the town, 11 spread over the countryside. Each new
 * seed is the best of several candidates (the one farthest from the seeds so far),
 * which spreads them evenly without any chance of looping forever.
 */
function wardSeeds(rng: Rng, outline: readonly XY[]): { point: XY; urban: boolean }[] {
  const seeds: { point: XY; urban: boolean }[] = [{ point: TOWN_CENTRE, urban: true }];
  const gap = (p: XY) => Math.min(...seeds.map((s) => Math.hypot(s.point[0] - p[0], s.point[1] - p[1])));
  const bestOf = (candidates: XY[]) => candidates.reduce((best, p) => (gap(p) > gap(best) ? p : best));
  const townCandidate = (): XY => {
    const angle = uniform(rng, 0, 2 * Math.PI);
    const radius = uniform(rng, 1_300, 2_700);
    return [TOWN_CENTRE[0] + radius * Math.cos(angle), TOWN_CENTRE[1] + radius * Math.sin(angle)];
  };
  while (seeds.length < URBAN_NAMES.length) {
    seeds.push({ point: bestOf(Array.from({ length: 8 }, townCandidate)), urban: true });
  }
  while (seeds.length < URBAN_NAMES.length + RURAL_NAMES.length) {
    seeds.push({ point: bestOf(Array.from({ length: 12 }, () => randomPointIn(rng, outline, 1_000))), urban: false });
  }
  return seeds;
}

/** Gives urban seeds urban names (the town centre first) and the northernmost rural seed "Northmere". */
function nameSeeds(rng: Rng, seeds: readonly { point: XY; urban: boolean }[]): string[] {
  const urbanNames = [URBAN_NAMES[0] as string, ...shuffled(rng, URBAN_NAMES.slice(1))];
  const northernmost = seeds.reduce(
    (best, s, i) => (!s.urban && s.point[1] > (seeds[best]?.point[1] ?? -Infinity) ? i : best),
    -1,
  );
  const ruralNames = shuffled(rng, RURAL_NAMES.slice(1));
  return seeds.map((s, i) =>
    s.urban ? (urbanNames.shift() as string) : i === northernmost ? 'Northmere' : (ruralNames.shift() as string),
  );
}

/** Voronoi cell of each seed clipped to the outline, with shared vertices made identical. */
function wardRings(outline: readonly XY[], seeds: readonly XY[]): XY[][] {
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const pad = 5_000;
  const voronoi = Delaunay.from(seeds).voronoi([
    Math.min(...xs) - pad,
    Math.min(...ys) - pad,
    Math.max(...xs) + pad,
    Math.max(...ys) + pad,
  ]);
  const cells = seeds.map((_, i) => counterClockwise((voronoi.cellPolygon(i) as XY[]).slice(0, -1)));
  const snapper = new VertexSnapper(0.05);
  for (const p of outline) snapper.snap(p);
  for (const cell of cells) for (const p of cell) snapper.snap(p);
  return cells.map((cell) => withoutRepeats(clipToConvex(outline, cell).map((p) => snapper.snap(p))));
}

/** True when a sorts before b (x, then y): gives each edge one canonical direction. */
function before(a: XY, b: XY): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function edgeKey(a: XY, b: XY): string {
  const [p, q] = before(a, b) ? [a, b] : [b, a];
  return `${p[0]},${p[1]};${q[0]},${q[1]}`;
}

function neighbourCodes(wards: readonly Ward[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const ward of wards) {
    ward.ring.forEach((p, i) => {
      const key = edgeKey(p, ward.ring[(i + 1) % ward.ring.length] as XY);
      owners.set(key, [...(owners.get(key) ?? []), ward.code]);
    });
  }
  const result = new Map<string, string[]>(wards.map((w) => [w.code, []]));
  for (const codes of owners.values()) {
    for (const code of codes)
      for (const other of codes)
        if (other !== code && !result.get(code)?.includes(other)) result.get(code)?.push(other);
  }
  for (const list of result.values()) list.sort();
  return result;
}

/**
 * Straight Voronoi edges look artificial; real ward boundaries follow streets and
 * brooks. Each edge shared by two wards becomes a gentle curve, computed once per
 * edge (seeded by its end points) and reversed for the neighbour, so both wards
 * still have exactly the same vertices along it.
 */
function wiggleSharedEdges(rings: readonly XY[][]): XY[][] {
  const uses = new Map<string, number>();
  for (const ring of rings) {
    ring.forEach((a, i) => {
      const key = edgeKey(a, ring[(i + 1) % ring.length] as XY);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    });
  }
  const curves = new Map<string, XY[]>();
  const curveFor = (a: XY, b: XY): XY[] => {
    const key = edgeKey(a, b);
    const forward = before(a, b);
    const curve = curves.get(key) ?? (forward ? edgeCurve(a, b, key) : edgeCurve(b, a, key));
    curves.set(key, curve); // stored from the edge's canonical first point
    return forward ? curve : [...curve].reverse();
  };
  return rings.map((ring) =>
    ring.flatMap((a, i) => {
      const b = ring[(i + 1) % ring.length] as XY;
      return (uses.get(edgeKey(a, b)) ?? 0) > 1 ? [a, ...curveFor(a, b)] : [a];
    }),
  );
}

/** Interior points of a smooth curve from a to b, bulging at most ~6% of its length. */
function edgeCurve(a: XY, b: XY, key: string): XY[] {
  const rng = mulberry32(seedFrom(key));
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const steps = Math.max(2, Math.min(12, Math.round(length / 250)));
  const amps = [1, 2, 3].map((j) => uniform(rng, -0.03, 0.03) / j);
  const normal: XY = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
  const points: XY[] = [];
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const offset = length * amps.reduce((sum, amp, j) => sum + amp * Math.sin((j + 1) * Math.PI * t), 0);
    points.push([
      round(a[0] + t * (b[0] - a[0]) + offset * normal[0], 2),
      round(a[1] + t * (b[1] - a[1]) + offset * normal[1], 2),
    ]);
  }
  return points;
}

/** The 18 wards, sorted and coded alphabetically by name (as ward codes often are). */
export function buildWards(outline: readonly XY[] = boroughOutline()): Ward[] {
  const rng = rngFor('wards');
  const seeds = wardSeeds(rng, outline);
  const names = nameSeeds(rng, seeds);
  const rings = wiggleSharedEdges(
    wardRings(
      outline,
      seeds.map((s) => s.point),
    ),
  );
  const unsorted = seeds.map((s, i) => ({ name: names[i] as string, urban: s.urban, ring: rings[i] as XY[] }));
  unsorted.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // code-unit order: no locale data involved
  const wards: Ward[] = unsorted.map((w, i) => ({
    ...w,
    code: `X05${String(i + 1).padStart(6, '0')}`,
    neighbours: [],
  }));
  checkTiling(outline, wards);
  const neighbours = neighbourCodes(wards);
  for (const ward of wards) ward.neighbours = neighbours.get(ward.code) ?? [];
  return wards;
}

/** Fails loudly if the clipped cells are not simple rings that add up to the outline. */
function checkTiling(outline: readonly XY[], wards: readonly Ward[]): void {
  const total = wards.reduce((sum, w) => sum + signedArea(w.ring), 0);
  if (Math.abs(total - signedArea(outline)) > 1) throw new Error('ward areas do not add up to the borough');
  for (const w of wards)
    if (w.ring.length < 3 || !isSimpleRing(w.ring)) throw new Error(`ward ${w.name} is not a simple polygon`);
}

/** The ward containing a BNG point, if any. */
export function wardAt(wards: readonly Ward[], point: XY): Ward | undefined {
  return wards.find((w) => pointInRing(point, w.ring));
}

/** GeoJSON FeatureCollection in WGS84, one feature per line, closed CCW rings. */
export function wardsGeoJson(wards: readonly Ward[]): string {
  const features = wards.map((ward) => {
    const ring = counterClockwise(withoutRepeats(ward.ring.map(bngToLonLat)));
    const closed = [...ring, ring[0] as XY];
    return JSON.stringify({
      type: 'Feature',
      properties: { code: ward.code, name: ward.name, parent: BOROUGH_CODE },
      geometry: { type: 'Polygon', coordinates: [closed] },
    });
  });
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}
