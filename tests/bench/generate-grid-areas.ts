/**
 * Deterministic generated boundaries for the national-scale benchmark: a grid of `cols` x `rows`
 * cells over a longitude/latitude box, each cell a polygon whose edges wobble (several points per
 * edge, shared exactly by the two cells either side, so the layer is a clean tessellation that
 * simplification can thin), grouped into rectangular parent regions. Nothing here is a real place.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface GridOptions {
  cols: number;
  rows: number;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Code prefix of the cells, e.g. "N" gives N0000001. */
  prefix: string;
  /** Parent regions per side (regions = regionsPerSide²). */
  regionsPerSide: number;
  /** Points inside each edge (between its two corners). */
  edgePoints: number;
}

export interface GridCell {
  code: string;
  name: string;
  parent: string;
  population: number;
  /** Cell centre, [lon, lat]. */
  centre: [number, number];
}

/** 32-bit hash of integers, the seed of every wobble and name (stable across runs and machines). */
export function hash(...n: number[]): number {
  let h = 2166136261;
  for (const v of n) {
    h = Math.imul(h ^ (v & 0xffff), 16777619);
    h = Math.imul(h ^ (v >>> 16), 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}
const unit = (...n: number[]) => hash(...n) / 4294967296;

const SYLLABLES = ['al', 'bor', 'cal', 'den', 'el', 'fen', 'gar', 'hol', 'ing', 'kel', 'lin', 'mor', 'nor', 'ost'];
const ENDS = ['ford', 'ton', 'by', 'ley', 'well', 'wick', 'mouth', 'field', 'stead', 'more'];

/** A made-up place name; the pool is small enough that some names repeat in different regions. */
export function placeName(i: number): string {
  const a = SYLLABLES[hash(i, 1) % SYLLABLES.length] ?? 'al';
  const b = SYLLABLES[hash(i, 2) % SYLLABLES.length] ?? 'bor';
  const end = ENDS[hash(i, 3) % ENDS.length] ?? 'ton';
  const word = `${a}${b}${end}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The grid's cells (code, name, parent, population, centre), row by row from the south-west. */
export function gridCells(o: GridOptions): GridCell[] {
  const [w, s, e, n] = o.bbox;
  const dx = (e - w) / o.cols;
  const dy = (n - s) / o.rows;
  const cells: GridCell[] = [];
  for (let r = 0; r < o.rows; r++) {
    for (let c = 0; c < o.cols; c++) {
      const i = r * o.cols + c;
      const region =
        Math.floor((r * o.regionsPerSide) / o.rows) * o.regionsPerSide + Math.floor((c * o.regionsPerSide) / o.cols);
      cells.push({
        code: `${o.prefix}${String(i + 1).padStart(7, '0')}`,
        name: placeName(i % 1500),
        parent: `${o.prefix}R${String(region + 1).padStart(2, '0')}`,
        population: 1500 + (hash(i, 7) % 12000),
        centre: [round6(w + (c + 0.5) * dx), round6(s + (r + 0.5) * dy)],
      });
    }
  }
  return cells;
}

/** Writes the cells as a GeoJSON FeatureCollection (properties code, name, parent), streamed. */
export async function writeGridGeoJson(path: string, o: GridOptions): Promise<number> {
  const [w, s, e, n] = o.bbox;
  const dx = (e - w) / o.cols;
  const dy = (n - s) / o.rows;
  // Corners move by up to a fifth of a cell; edge points wobble across the edge.
  const corner = (c: number, r: number): [number, number] => {
    const edge = c === 0 || r === 0 || c === o.cols || r === o.rows;
    const jx = edge ? 0 : (unit(c, r, 11) - 0.5) * 0.4 * dx;
    const jy = edge ? 0 : (unit(c, r, 12) - 0.5) * 0.4 * dy;
    return [w + c * dx + jx, s + r * dy + jy];
  };
  // Points of the edge from corner a to corner b (exclusive), the same for both cells.
  const edgeLine = (a: [number, number], b: [number, number], id: number[], border: boolean): [number, number][] => {
    const pts: [number, number][] = [];
    for (let k = 1; k <= o.edgePoints; k++) {
      const t = k / (o.edgePoints + 1);
      const off = border ? 0 : (unit(...id, k) - 0.5) * 0.15;
      const px = a[0] + (b[0] - a[0]) * t - (b[1] - a[1]) * off;
      const py = a[1] + (b[1] - a[1]) * t + (b[0] - a[0]) * off;
      pts.push([px, py]);
    }
    return pts;
  };
  const cells = gridCells(o);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"type":"FeatureCollection","features":[\n');
  for (let r = 0; r < o.rows; r++) {
    for (let c = 0; c < o.cols; c++) {
      const cell = cells[r * o.cols + c] as GridCell;
      const sw = corner(c, r);
      const se = corner(c + 1, r);
      const ne = corner(c + 1, r + 1);
      const nw = corner(c, r + 1);
      // Counter-clockwise (RFC 7946): south edge east, east edge north, north edge west, west edge south.
      const south = edgeLine(sw, se, [c, r, 1], r === 0);
      const east = edgeLine(se, ne, [c + 1, r, 2], c + 1 === o.cols);
      const north = edgeLine(nw, ne, [c, r + 1, 1], r + 1 === o.rows).reverse();
      const west = edgeLine(sw, nw, [c, r, 2], c === 0).reverse();
      const ring = [sw, ...south, se, ...east, ne, ...north, nw, ...west, sw].map(([x, y]) => [round6(x), round6(y)]);
      const feature = {
        type: 'Feature',
        properties: { code: cell.code, name: cell.name, parent: cell.parent },
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
      const last = r === o.rows - 1 && c === o.cols - 1;
      await write(`${JSON.stringify(feature)}${last ? '' : ','}\n`);
    }
  }
  await write(']}\n');
  out.end();
  await once(out, 'finish');
  return cells.length;
}

/** Writes the parent regions as rectangles (properties code, name) covering their cells. */
export async function writeRegionsGeoJson(path: string, o: GridOptions): Promise<number> {
  const [w, s, e, n] = o.bbox;
  const k = o.regionsPerSide;
  const features = [];
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      const x0 = round6(w + ((e - w) * c) / k);
      const x1 = round6(w + ((e - w) * (c + 1)) / k);
      const y0 = round6(s + ((n - s) * r) / k);
      const y1 = round6(s + ((n - s) * (r + 1)) / k);
      features.push({
        type: 'Feature',
        properties: { code: `${o.prefix}R${String(r * k + c + 1).padStart(2, '0')}`, name: `Region ${r * k + c + 1}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
              [x0, y0],
            ],
          ],
        },
      });
    }
  }
  const out = createWriteStream(path);
  out.write(JSON.stringify({ type: 'FeatureCollection', features }));
  out.end();
  await once(out, 'finish');
  return features.length;
}
