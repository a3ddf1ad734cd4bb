/**
 * Well-known text (`POINT (x y)`, `POLYGON ((…))`, `MULTIPOLYGON (((…)))`, as GIS
 * exports write geometry into a CSV column) to a GeoJSON geometry. Accepts an
 * EWKT `SRID=27700;` prefix (reported, so the config can be checked against it),
 * Z and M ordinates (dropped) and any case and spacing.
 */
import type { Geometry, Position } from 'geojson';

export type WktResult = { ok: true; geometry: Geometry; srid: number | null } | { ok: false; reason: string };

const TYPES = ['POINT', 'MULTIPOINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON'] as const;
type WktType = (typeof TYPES)[number];

/** Nested lists of positions as written between the brackets. */
type Nested = Position | Nested[];

class Reader {
  at = 0;
  constructor(readonly text: string) {}

  skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] as string)) this.at++;
  }

  peek(): string {
    this.skip();
    return this.text[this.at] ?? '';
  }

  expect(ch: string): void {
    if (this.peek() !== ch) throw new Error(`expected "${ch}" at character ${this.at + 1}`);
    this.at++;
  }

  /** `( … , … )` where each item is a position or a nested list. */
  list(): Nested[] {
    this.expect('(');
    const items: Nested[] = [];
    for (;;) {
      items.push(this.peek() === '(' ? this.list() : this.position());
      const next = this.peek();
      if (next === ',') {
        this.at++;
        continue;
      }
      this.expect(')');
      return items;
    }
  }

  position(): Position {
    this.skip();
    const match = /^[-+0-9.eE]+(?:\s+[-+0-9.eE]+)+/.exec(this.text.slice(this.at));
    if (match === null) throw new Error(`expected coordinates at character ${this.at + 1}`);
    this.at += match[0].length;
    const values = match[0].trim().split(/\s+/).map(Number);
    if (values.some((v) => !Number.isFinite(v))) throw new Error(`"${match[0].trim()}" are not numbers`);
    return values.slice(0, 2);
  }
}

function depth(n: Nested): number {
  return typeof n[0] === 'number' ? 0 : 1 + depth(n[0] as Nested);
}

/**
 * Parses one WKT geometry. Multi-point may be written `MULTIPOINT (1 2, 3 4)` or
 * `MULTIPOINT ((1 2), (3 4))`. `EMPTY` and unsupported types give a reason instead.
 */
export function parseWkt(raw: string): WktResult {
  let text = raw.trim();
  let srid: number | null = null;
  const ewkt = /^SRID=(\d+);/i.exec(text);
  if (ewkt !== null) {
    srid = Number(ewkt[1]);
    text = text.slice(ewkt[0].length);
  }
  const head = /^([A-Za-z]+)(?:\s+(?:ZM|Z|M))?\s*/.exec(text);
  const type = head?.[1]?.toUpperCase() as WktType | undefined;
  if (head === null || type === undefined || !TYPES.includes(type)) {
    const word = head?.[1] ?? text.slice(0, 20);
    return {
      ok: false,
      reason: `not a WKT geometry this reads ("${word}"; expected POINT, POLYGON, MULTIPOLYGON, LINESTRING or MULTIPOINT)`,
    };
  }
  const body = text.slice(head[0].length);
  if (/^EMPTY\s*$/i.test(body)) return { ok: false, reason: `empty geometry (${type} EMPTY)` };
  const reader = new Reader(body);
  let items: Nested[];
  try {
    items = reader.list();
    reader.skip();
    if (reader.at !== body.length) throw new Error(`unexpected text after the geometry at character ${reader.at + 1}`);
  } catch (error) {
    return { ok: false, reason: `malformed WKT ${type}: ${(error as Error).message}` };
  }
  const want: Record<WktType, number> = {
    POINT: 1,
    MULTIPOINT: 1,
    LINESTRING: 1,
    MULTILINESTRING: 2,
    POLYGON: 2,
    MULTIPOLYGON: 3,
  };
  const got = depth(items);
  const flatMulti = type === 'MULTIPOINT' && got === 2;
  if (got !== want[type] && !flatMulti) {
    return { ok: false, reason: `malformed WKT ${type}: brackets nested ${got} deep, expected ${want[type]}` };
  }
  let geometry: Geometry;
  if (type === 'POINT') {
    if (items.length !== 1) return { ok: false, reason: 'malformed WKT POINT: more than one position' };
    geometry = { type: 'Point', coordinates: items[0] as Position };
  } else if (type === 'MULTIPOINT') {
    const points = flatMulti ? items.map((p) => (p as Nested[])[0] as Position) : (items as Position[]);
    geometry = { type: 'MultiPoint', coordinates: points };
  } else if (type === 'LINESTRING') geometry = { type: 'LineString', coordinates: items as Position[] };
  else if (type === 'MULTILINESTRING') geometry = { type: 'MultiLineString', coordinates: items as Position[][] };
  else if (type === 'POLYGON') geometry = { type: 'Polygon', coordinates: items as Position[][] };
  else geometry = { type: 'MultiPolygon', coordinates: items as Position[][][] };
  return { ok: true, geometry, srid };
}
