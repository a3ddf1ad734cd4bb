/**
 * Assets datasets (public land and buildings): maps each source's columns onto
 * one common asset record, row by row. Rows are kept even when they cannot be
 * placed on the map (listed as unplaced with the reason); a row is rejected
 * only when nothing identifies it, or when it repeats an earlier row's id.
 * Output files are written by `write-assets-outputs.ts` once all rows are in.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AssetsDatasetConfig, AssetStatus, ColumnRef } from '../../config/schema.ts';
import type { DatasetProcessor, ProcessorContext } from '../dataset-processor.ts';
import { resolveColumns, type ResolvedColumns } from '../../run/column-map.ts';
import { datasetFiles } from '../../config/load-config.ts';
import { codeMissingSet, isMissingValue, missingSet, parseDate, parseNumber } from '../../ingest/parse-values.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { parseWkt } from '../../ingest/parse-wkt.ts';
import { parsePointText, type PointOrder } from '../../ingest/parse-point-text.ts';
import { pointOnSurface } from '../../geo/point-on-surface.ts';
import { createAssetPlacer, type AssetPlacer } from './asset-placer.ts';
import { crsName, isGeographicCrs } from '../../ingest/coordinates.ts';
import { dateFormatsReading } from '../../run/date-format-hint.ts';
import { DayMonthOrder } from '../../run/day-month-order.ts';
import { createNotNumbersCheck, hasDigitGroups } from './not-numbers-check.ts';
import { createPlacementCheck, notDegrees, siteReference } from './placement-check.ts';
import type { AssetIdRole, RowReason } from '../../../lib/data-reasons.ts';
import { createCouncilAreaCheck } from './council-area-check.ts';
import { ASSET_DATE_KEYS, type AssetArea, type AssetDateKey } from '../../../lib/assets-files.ts';
import {
  canonicalId,
  cleanText,
  datasetCategories,
  defaultStatusOf,
  Dictionary,
  joinParts,
  matchKey,
  statusLookup,
  Tally,
} from './asset-values.ts';
import { writeAssetsOutputs, type AccumulatedAssets } from './write-assets-outputs.ts';
import { freeText } from './free-text.ts';
import { nearestAreaFinder, type NearestArea } from './nearest-area.ts';
import { FreeAreaSpellings, LayerSpellings } from '../../run/area-spellings.ts';
import { TextRepairs } from './text-repairs.ts';

type SingleColumn =
  | 'uprn'
  | 'postcode'
  | 'x'
  | 'y'
  | 'point'
  | 'geometry'
  | 'tenure'
  | 'holdingType'
  | 'status'
  | 'size'
  | 'owner'
  | 'area'
  | AssetDateKey;

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
/** Padding around the layer's extent for the default bounds, in degrees. */
const BOUNDS_PAD = 0.1;

/** Reasons an asset is not on the map (the dictionary the table's `unplaced` column indexes). */
export const UNPLACED = {
  noCoordinates: 'no coordinates',
  notNumbers: 'coordinates are not numbers',
  outside: 'outside the area',
  badGeometry: 'geometry could not be read',
  noLocation: 'the source gives no location',
} as const;

/** Reasons a record has no location at all (not a point somewhere else). */
const NO_LOCATION: ReadonlySet<string> = new Set([UNPLACED.noCoordinates, UNPLACED.noLocation]);

type SourcePoint =
  | { ok: true; x: number; y: number; shape: Polygon | MultiPolygon | null }
  | { ok: false; reason: string; detail?: string };

// Exports write 0, 0 for a row with no location (Chicago's land inventory does). In a grid such as a
// US State Plane zone 0, 0 is the zone's false origin, hundreds of kilometres away, and in
// longitude/latitude it is the Gulf of Guinea: no register's asset is there, so it is no location.
const ZERO_POINT: SourcePoint = {
  ok: false,
  reason: UNPLACED.noCoordinates,
  detail: 'the coordinates are 0, 0, which the source writes for no location',
};

/** A row's reason when its values cannot be degrees (pages translate it: src/lib/assets/unplaced-reason.ts). */
export function notDegreesDetail(columns: string, x: number, y: number): string {
  return `${columns}: ${x}, ${y} cannot be longitude and latitude (beyond ±180/±90); set coordinates.crs to the system the file is in`;
}

function list(ref: ColumnRef | ColumnRef[] | undefined): ColumnRef[] {
  return ref === undefined ? [] : Array.isArray(ref) ? ref : [ref];
}

export function createAssetsProcessor(ctx: ProcessorContext<AssetsDatasetConfig>): DatasetProcessor {
  const { config, ledger, layer } = ctx;
  const missing = missingSet(config.missingValues);
  // Area codes: only a blank one or the dataset's own markers are missing (see codeMissingSet); a value
  // of no area (unplacedValues, "Unknown") gives no area either, so the asset is placed by its coordinates.
  const codeMissing = codeMissingSet([...config.missingValues, ...config.unplacedValues]);
  const decimal = config.decimalSeparator;
  const files = datasetFiles(config);
  const c0 = config.columns;
  const hasXy = c0.x !== undefined && c0.y !== undefined;
  const coordinateColumns = [hasXy, c0.point !== undefined, c0.geometry !== undefined].filter(Boolean).length;
  // The schema checks that x and y come as a pair.
  if (coordinateColumns > 1) {
    throw new Error(
      `${config.id}: name the coordinates one way: columns.x and columns.y, or columns.point (both in one column), or columns.geometry (WKT). Remove the others.`,
    );
  }
  const coordinates = config.coordinates ?? { crs: 'EPSG:4326', detectSwap: true, snapWithin: 0 };
  if (c0.point !== undefined && coordinates.order === undefined) {
    throw new Error(
      `${config.id}: columns.point holds both coordinates; say which comes first with coordinates.order: "lat,lon" for values like "(39.29, -76.61)", "lon,lat" for "-1.2, 52.1".`,
    );
  }
  const pointOrder: PointOrder = coordinates.order === 'lat,lon' || coordinates.order === 'y,x' ? 'y,x' : 'x,y';
  // One placer per coordinate system: the config's, or (without coordinates in the config) the one a
  // GeoJSON file declares.
  const placers = new Map<string, AssetPlacer>();
  let fileCrs: string | string[] = coordinates.crs;
  const placer = (): AssetPlacer => {
    const key = JSON.stringify(fileCrs);
    let p = placers.get(key);
    if (p === undefined) {
      // Unbounded, every point is "inside the area": the placer's guesses at other systems would be
      // arbitrary, so the placement check (against the site's layers) speaks instead.
      p = createAssetPlacer(fileCrs, coordinates.proj4, bounds, coordinates.detectSwap, !unchecked);
      placers.set(key, p);
    }
    return p;
  };
  const bounds: [number, number, number, number] =
    coordinates.bounds ??
    (layer !== null
      ? [layer.bbox[0] - BOUNDS_PAD, layer.bbox[1] - BOUNDS_PAD, layer.bbox[2] + BOUNDS_PAD, layer.bbox[3] + BOUNDS_PAD]
      : WORLD);
  // Nothing bounds the points (no layer, no coordinates.bounds): the site's other layers are what they are checked against.
  const unchecked = coordinates.bounds === undefined && layer === null;
  const placementCheck = unchecked ? createPlacementCheck(siteReference(ctx.layers)) : null;
  // Read as degrees: one system, longitude/latitude, no proj4 (a list of systems may hold a grid).
  const inDegrees =
    typeof coordinates.crs === 'string' && isGeographicCrs(coordinates.crs) && coordinates.proj4 === undefined;
  const notNumbers = createNotNumbersCheck(decimal, inDegrees);
  const byPoint = config.join.by === 'point' && layer !== null;
  const notInArea = layer === null ? '' : `not inside any of the ${layer.config.label.toLowerCase()}`;
  const nearest: ((lon: number, lat: number) => NearestArea) | null =
    byPoint && layer !== null && coordinates.snapWithin > 0
      ? nearestAreaFinder(layer.features, coordinates.snapWithin)
      : null;
  const statuses = statusLookup(config.statusMap);
  const defaultStatus = defaultStatusOf(config);
  const categoryCode = (id: string): number =>
    Math.max(
      0,
      acc.categories.findIndex((c) => c.id === id),
    );
  const tenures = new Map(Object.entries(config.tenureMap).map(([k, v]) => [matchKey(k), v]));
  const councilCheck = createCouncilAreaCheck(config, ctx.layers);
  const rules = config.statusRules.map((r) => ({ ...r, keys: new Set(r.values.map(matchKey)) }));
  const identifiesNothing: RowReason = {
    code: 'nothingIdentifies',
    roles: [
      config.columns.id !== undefined ? 'reference' : null,
      config.columns.uprn ? 'uprn' : null,
      config.columns.name ? 'name' : null,
      config.columns.address ? 'address' : null,
    ].filter((r): r is AssetIdRole => r !== null),
  };
  const dateKeys = ASSET_DATE_KEYS.filter((k) => config.columns[k] !== undefined);

  const acc: AccumulatedAssets = {
    categories: datasetCategories(config),
    id: [],
    uprn: [],
    name: [],
    address: [],
    postcode: [],
    lon: [],
    lat: [],
    status: [],
    tenure: [],
    holding: [],
    owner: [],
    area: [],
    size: [],
    unplaced: [],
    unplacedDetail: new Map(),
    snapped: new Map(),
    dates: Object.fromEntries(dateKeys.map((k) => [k, [] as (string | null)[]])),
    outlines: new Map(),
    otherDates: config.dates.map((d) => ({ label: d.label, values: [] as (string | null)[] })),
    texts: config.texts.map((d) => ({ label: d.label, values: [] as (string | null)[] })),
    source: [],
    generated: [],
    swapped: [],
    headers: [],
    dict: { tenure: new Dictionary(), holding: new Dictionary(), owner: new Dictionary(), area: [], unplaced: [] },
    hasUprn: config.columns.uprn !== undefined,
  };
  const unplacedIndex = new Map<string, number>();
  const areaIndex = new Map<string, number>();
  // The area column's spellings are matched as indicator and cases areas are (see area-spellings.ts).
  const freeAreas = new FreeAreaSpellings(true);
  const layerSpellings = layer === null ? null : new LayerSpellings(layer);
  const seenIds = new Map<string, number>();
  const repairs = new TextRepairs();
  const tallies = {
    unmappedStatus: new Tally(),
    badSize: new Tally(),
    badDate: new Tally(),
    unknownArea: new Tally(),
    suffixed: new Tally(),
    unplaced: new Tally(),
    snapped: new Tally(),
  };
  let firstSwap = { file: '', line: 0 };
  // The first date value no layout of dateFormat read, to name the setting that reads it.
  let firstBadDate = '';
  const noteBadDate = (raw: string): void => {
    const text = cleanText(raw);
    if (firstBadDate === '') firstBadDate = text;
    tallies.badDate.add(text.slice(0, 40));
  };
  const defaultOwner = config.defaultOwner === undefined ? -1 : acc.dict.owner.code(config.defaultOwner, missing);

  let fileIndex = -1;
  let file = '';
  let header: readonly string[] = [];
  // With dateFormat "auto", whether each file's date columns show their order (see day-month-order.ts).
  const dayMonth = config.dateFormat === 'auto' ? new DayMonthOrder() : null;
  let cols: ResolvedColumns<SingleColumn>;
  let fileHasGeometry = false;
  let idIx: number[] = [];
  let nameIx: number[] = [];
  let addressIx: number[] = [];
  let ruleIx: number[] = [];
  let otherDateIx: number[] = [];
  let textIx: number[] = [];
  /** Where the file's coordinates are read from, as its header names them (for messages). */
  let coordinateHeaders = '';

  function reasonCode(reason: string): number {
    let i = unplacedIndex.get(reason);
    if (i === undefined) {
      i = acc.dict.unplaced.length;
      acc.dict.unplaced.push(reason);
      unplacedIndex.set(reason, i);
    }
    return i;
  }

  function areaCode(area: AssetArea): number {
    let i = areaIndex.get(area.code);
    if (i === undefined) {
      i = acc.dict.area.length;
      acc.dict.area.push(area);
      areaIndex.set(area.code, i);
    }
    return i;
  }

  function areaOfCode(raw: string): number {
    const code = cleanText(raw);
    if (code === '' || isMissingValue(code, codeMissing)) return -1;
    if (layer === null) {
      const free = freeAreas.resolve(code);
      if (free === null) {
        tallies.unknownArea.add(code);
        return -1;
      }
      return areaCode({ code: free.code, name: free.name });
    }
    let at = layer.resolveCode(code);
    if (at < 0) at = layerSpellings?.resolve(code) ?? -1;
    const feature = layer.features[at];
    if (feature === undefined) {
      tallies.unknownArea.add(code);
      return -1;
    }
    return areaCode({ code: feature.code, name: feature.name });
  }

  function statusOf(fields: readonly string[]): number {
    for (let r = 0; r < rules.length; r++) {
      const at = ruleIx[r] ?? -1;
      if (at >= 0 && rules[r]?.keys.has(matchKey(fields[at] ?? ''))) return categoryCode(rules[r]!.status);
    }
    let status: AssetStatus = defaultStatus;
    if (cols.index.status >= 0) {
      const raw = fields[cols.index.status] ?? '';
      const found = statuses.get(matchKey(raw));
      if (found !== undefined) status = found;
      else if (cleanText(raw) !== '' && !missing.has(matchKey(raw))) tallies.unmappedStatus.add(cleanText(raw));
    }
    return categoryCode(status);
  }

  function tenureOf(raw: string): string {
    return tenures.get(matchKey(raw)) ?? raw;
  }

  /** The outline kept for the asset page: the shape's rings in WGS84. */
  function outline(shape: Polygon | MultiPolygon, system: number, swapped: boolean): Polygon | MultiPolygon {
    const p = placer();
    return shape.type === 'Polygon'
      ? { type: 'Polygon', coordinates: p.projectRings(shape.coordinates, system, swapped) }
      : { type: 'MultiPolygon', coordinates: shape.coordinates.map((poly) => p.projectRings(poly, system, swapped)) };
  }

  /** The row's coordinates in the source system, from whichever form the config or the file gives. */
  function sourcePoint(fields: readonly string[], featureGeometry: Geometry | null | undefined): SourcePoint {
    const ix = cols.index;
    let geometry: Geometry;
    if (featureGeometry !== undefined && coordinateColumns === 0) {
      if (featureGeometry === null) return { ok: false, reason: UNPLACED.noCoordinates };
      geometry = featureGeometry;
    } else if (ix.geometry >= 0) {
      const raw = cleanText(fields[ix.geometry] ?? '');
      if (raw === '' || isMissingValue(raw, missing)) return { ok: false, reason: UNPLACED.noCoordinates };
      const wkt = parseWkt(raw);
      if (!wkt.ok) return { ok: false, reason: UNPLACED.badGeometry, detail: `${UNPLACED.badGeometry}: ${wkt.reason}` };
      geometry = wkt.geometry;
    } else if (ix.point >= 0) {
      const read = parsePointText(fields[ix.point] ?? '', pointOrder, decimal);
      if (read === null || isMissingValue(cleanText(fields[ix.point] ?? ''), missing)) {
        return { ok: false, reason: UNPLACED.noCoordinates };
      }
      if (!read.ok) return { ok: false, reason: UNPLACED.notNumbers, detail: `${UNPLACED.notNumbers}: ${read.reason}` };
      if (read.x === 0 && read.y === 0) return ZERO_POINT;
      return { ok: true, x: read.x, y: read.y, shape: null };
    } else {
      const x = parseNumber(fields[ix.x] ?? '', missing, decimal);
      const y = parseNumber(fields[ix.y] ?? '', missing, decimal);
      if (x === null || y === null) return { ok: false, reason: UNPLACED.noCoordinates };
      if (Number.isNaN(x) || Number.isNaN(y)) return { ok: false, reason: UNPLACED.notNumbers };
      // `4.037.944.179.159.940` read with a decimal comma is a number, but no degree: a spreadsheet's
      // re-save of 40.3794417915994, whose decimal point is lost (said as such, not as a far point).
      if (inDegrees && (hasDigitGroups(fields[ix.x] ?? '') || hasDigitGroups(fields[ix.y] ?? ''))) {
        return { ok: false, reason: UNPLACED.notNumbers };
      }
      if (x === 0 && y === 0) return ZERO_POINT;
      return { ok: true, x, y, shape: null };
    }
    const point = pointOnSurface(geometry);
    if (point === null) return { ok: false, reason: UNPLACED.noCoordinates, detail: 'the geometry is empty' };
    if (point[0] === 0 && point[1] === 0) return ZERO_POINT;
    const shape = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? geometry : null;
    return { ok: true, x: point[0], y: point[1], shape };
  }

  return {
    beginFile(name, normalised, raw, features) {
      fileIndex = files.indexOf(name);
      if (fileIndex < 0) fileIndex = acc.headers.length;
      file = name;
      header = raw;
      acc.headers[fileIndex] = { path: name, header: [...raw] };
      const c = config.columns;
      const where = `${config.id}: ${name}`;
      fileHasGeometry = features !== undefined;
      fileCrs = coordinates.crs;
      const declared = features?.crs ?? null;
      if (declared !== null && coordinateColumns === 0) {
        if (config.coordinates === undefined) fileCrs = declared;
        else if (crsName(declared) !== crsName(String(coordinates.crs))) {
          ledger.warn({
            code: 'crsContradicts',
            file: name,
            declared: crsName(declared),
            configured: String(coordinates.crs),
          });
        }
      }
      if (config.join.by === 'point' && coordinateColumns === 0 && !fileHasGeometry) {
        throw new Error(
          `${where}: join.by is "point" but the config names no coordinates. Set columns.x and columns.y, columns.point or columns.geometry, or join by code.`,
        );
      }
      cols = resolveColumns<SingleColumn>(
        {
          uprn: c.uprn,
          postcode: c.postcode,
          x: c.x,
          y: c.y,
          point: c.point,
          geometry: c.geometry,
          tenure: c.tenure,
          holdingType: c.holdingType,
          status: c.status,
          size: c.size,
          owner: c.owner,
          area: c.area,
          listedDate: c.listedDate,
          expiryDate: c.expiryDate,
          noticeDate: c.noticeDate,
          protectedUntil: c.protectedUntil,
        },
        normalised,
        raw,
        where,
        (m) => ledger.warn(m),
      );
      const many = (refs: ColumnRef[], key: string): number[] => {
        const resolved = resolveColumns<string>(
          Object.fromEntries(refs.map((r, k) => [`${key}[${k}]`, r])),
          normalised,
          raw,
          where,
        );
        return refs.map((_, k) => resolved.index[`${key}[${k}]`] ?? -1);
      };
      const named = (i: number): string => (header[i] ?? '').trim();
      coordinateHeaders =
        cols.index.x >= 0
          ? `${named(cols.index.x)}, ${named(cols.index.y)}`
          : cols.index.point >= 0
            ? named(cols.index.point)
            : cols.index.geometry >= 0
              ? named(cols.index.geometry)
              : 'geometry';
      placementCheck?.beginFile(name, fileCrs, coordinates.proj4, coordinateHeaders);
      idIx = many(list(c.id), 'id');
      otherDateIx = many(
        config.dates.map((d) => d.column),
        'dates.column',
      );
      textIx = many(
        config.texts.map((d) => d.column),
        'texts.column',
      );
      nameIx = many(list(c.name), 'name');
      addressIx = many(list(c.address), 'address');
      ruleIx = many(
        config.statusRules.map((r) => r.column),
        'statusRules.column',
      );
      // A rejected row is named in the report by its reference and name, as the file writes them.
      const refIx = idIx.some((i) => i >= 0) ? idIx : [cols.index.uprn];
      const names = nameIx;
      ledger.identifyRowsWith((fields) => ({
        code: refIx
          .map((i) => (i >= 0 ? (fields[i] ?? '').trim() : ''))
          .filter((v) => v !== '')
          .join(config.idSeparator),
        name: names
          .map((i) => (i >= 0 ? (fields[i] ?? '').trim() : ''))
          .filter((v) => v !== '')
          .join(', '),
      }));
    },

    row(fields, line, featureGeometry) {
      const ix = cols.index;
      const text = (i: number): string => {
        if (i < 0) return '';
        const v = cleanText(fields[i] ?? '');
        return isMissingValue(v, missing) ? '' : v;
      };
      const rawId = idIx
        .map(text)
        .filter((v) => v !== '')
        .join(config.idSeparator);
      const hasIdColumn = idIx.some((i) => i >= 0);
      const uprn = canonicalId(text(ix.uprn), config.idPadding);
      const [name, address] = repairs.repair(
        [joinParts(fields, nameIx, missing), joinParts(fields, addressIx, missing)] as const,
        fields,
        [...nameIx, ...addressIx],
        header,
        file,
        line,
      );
      const postcode = text(ix.postcode);
      if (rawId === '' && uprn === '' && name === '' && address === '') {
        ledger.reject(file, line, '', identifiesNothing, fields.join(','));
        return;
      }
      let generated = false;
      let id: string;
      if (rawId !== '') id = canonicalId(rawId, config.idPadding);
      else if (uprn !== '' && !hasIdColumn) id = uprn;
      else {
        generated = true;
        id = files.length > 1 ? `${config.idPrefix}${fileIndex + 1}-${line}` : `${config.idPrefix}${line}`;
      }
      const seen = seenIds.get(id);
      if (seen !== undefined) {
        if (config.duplicateIds === 'reject') {
          const idHeader = idIx
            .filter((i) => i >= 0)
            .map((i) => header[i] ?? '')
            .join(' + ');
          ledger.rejectDuplicate(file, line, idHeader, id);
          return;
        }
        let n = seen + 1;
        while (seenIds.has(`${id}-${n}`)) n++;
        seenIds.set(id, n);
        tallies.suffixed.add(id);
        id = `${id}-${n}`;
      }
      seenIds.set(id, 1);

      // Where it is.
      let lon: number | null = null;
      let lat: number | null = null;
      let unplaced = -1;
      let area = -1;
      const where = fileHasGeometry || coordinateColumns > 0 ? sourcePoint(fields, featureGeometry) : null;
      if (where !== null) {
        if (!where.ok) {
          unplaced = reasonCode(where.reason);
          if (where.reason === UNPLACED.notNumbers) {
            const ix = cols.index;
            notNumbers.add(
              file,
              line,
              coordinateHeaders,
              ix.point >= 0 ? [fields[ix.point] ?? ''] : [fields[ix.x] ?? '', fields[ix.y] ?? ''],
            );
          }
          if (where.detail !== undefined) acc.unplacedDetail.set(acc.id.length, where.detail);
        } else {
          const { placement: placed, system } = placer().place(where.x, where.y);
          placementCheck?.add(where.x, where.y, placed.ok ? placed : null);
          if (!placed.ok) {
            unplaced = reasonCode(placed.reason.startsWith(UNPLACED.outside) ? UNPLACED.outside : placed.reason);
            // Values no longitude/latitude can have: say so with the columns, not as a point far away.
            const degrees = typeof fileCrs === 'string' && isGeographicCrs(fileCrs) && coordinates.proj4 === undefined;
            acc.unplacedDetail.set(
              acc.id.length,
              degrees && notDegrees(where.x, where.y)
                ? notDegreesDetail(coordinateHeaders, where.x, where.y)
                : placed.reason,
            );
          } else {
            if (placed.swapped) {
              acc.swapped.push(acc.id.length);
              if (firstSwap.file === '') firstSwap = { file, line };
            }
            if (byPoint && layer !== null) {
              let feature = layer.features[layer.spatial().locate(placed.lon, placed.lat)];
              if (feature === undefined && nearest !== null) {
                const near = nearest(placed.lon, placed.lat);
                feature = layer.features[near.feature];
                if (feature !== undefined) {
                  acc.snapped.set(acc.id.length, near.metres);
                  tallies.snapped.add(feature.name);
                }
              }
              if (feature === undefined) unplaced = reasonCode(notInArea);
              else area = areaCode({ code: feature.code, name: feature.name });
            }
            if (unplaced < 0) {
              lon = placed.lon;
              lat = placed.lat;
              if (where.shape !== null) acc.outlines.set(acc.id.length, outline(where.shape, system, placed.swapped));
              councilCheck?.check(placed.lon, placed.lat, file, line, id);
            } else {
              acc.unplacedDetail.set(acc.id.length, `${placed.lat}, ${placed.lon} is ${notInArea}`);
            }
          }
        }
        if (unplaced >= 0) tallies.unplaced.add(acc.dict.unplaced[unplaced] ?? '');
      } else {
        // No coordinate columns and not a feature file: kept, listed with the other assets not on the map.
        unplaced = reasonCode(UNPLACED.noLocation);
        tallies.unplaced.add(UNPLACED.noLocation);
      }
      if (!byPoint && ix.area >= 0) area = areaOfCode(fields[ix.area] ?? '');
      // Placed by point, a record with no location still has the area its register names: it is
      // counted in that area's lists (not on the map). One whose point lies elsewhere keeps none.
      else if (byPoint && ix.area >= 0 && unplaced >= 0 && NO_LOCATION.has(acc.dict.unplaced[unplaced] ?? '')) {
        area = areaOfCode(fields[ix.area] ?? '');
      }

      // What it is.
      let size: number | null = null;
      if (ix.size >= 0) {
        const raw = fields[ix.size] ?? '';
        const v = parseNumber(raw, missing, decimal);
        if (v !== null && (Number.isNaN(v) || v < 0)) tallies.badSize.add(cleanText(raw).slice(0, 40));
        else if (v !== null) size = Math.round(v * 1e4) / 1e4;
      }
      for (const k of dateKeys) {
        const raw = fields[ix[k]] ?? '';
        const day = ix[k] >= 0 ? parseDate(raw, config.dateFormat, missing) : null;
        if (day !== null && Number.isNaN(day)) noteBadDate(raw);
        else if (day !== null) dayMonth?.see(raw, file, header[ix[k]] ?? '');
        acc.dates[k]?.push(day === null || Number.isNaN(day) ? null : isoDay(day));
      }
      otherDateIx.forEach((at, d) => {
        const raw = at >= 0 ? (fields[at] ?? '') : '';
        const day = at >= 0 ? parseDate(raw, config.dateFormat, missing) : null;
        if (day !== null && Number.isNaN(day)) noteBadDate(raw);
        else if (day !== null) dayMonth?.see(raw, file, header[at] ?? '');
        acc.otherDates[d]?.values.push(day === null || Number.isNaN(day) ? null : isoDay(day));
      });
      textIx.forEach((at, d) => acc.texts[d]?.values.push(at >= 0 ? freeText(fields[at] ?? '', missing) : null));

      acc.id.push(id);
      acc.uprn.push(uprn);
      acc.name.push(name);
      acc.address.push(address);
      acc.postcode.push(postcode);
      acc.lon.push(lon);
      acc.lat.push(lat);
      acc.status.push(statusOf(fields));
      acc.tenure.push(ix.tenure >= 0 ? acc.dict.tenure.code(tenureOf(fields[ix.tenure] ?? ''), missing) : -1);
      acc.holding.push(ix.holdingType >= 0 ? acc.dict.holding.code(fields[ix.holdingType] ?? '', missing) : -1);
      const owner = ix.owner >= 0 ? acc.dict.owner.code(fields[ix.owner] ?? '', missing) : -1;
      acc.owner.push(owner >= 0 ? owner : defaultOwner);
      acc.area.push(area);
      acc.size.push(size);
      acc.unplaced.push(unplaced);
      acc.source.push([fileIndex, line, ...fields]);
      if (generated) acc.generated.push(acc.id.length - 1);
      ledger.accept();
    },

    finish() {
      const t = tallies;
      if (acc.swapped.length > 0) {
        ledger.warn({ code: 'swappedXY', rows: acc.swapped.length, file: firstSwap.file, line: firstSwap.line });
      }
      const repaired = repairs.warning();
      if (repaired !== null) ledger.warn(repaired);
      if (t.suffixed.total > 0) ledger.warn({ code: 'idSuffixed', rows: t.suffixed.total, ...t.suffixed.top() });
      if (t.snapped.total > 0) {
        ledger.warn({
          code: 'snapped',
          assets: t.snapped.total,
          within: coordinates.snapWithin,
          ...t.snapped.top(),
        });
      }
      if (t.unplaced.total > 0) ledger.warn({ code: 'unplaced', assets: t.unplaced.total, ...t.unplaced.top() });
      if (t.unmappedStatus.total > 0) {
        ledger.warn({
          code: 'unmappedStatus',
          rows: t.unmappedStatus.total,
          status: defaultStatus,
          ...t.unmappedStatus.top(),
        });
      }
      if (t.badSize.total > 0) ledger.warn({ code: 'badSize', rows: t.badSize.total, ...t.badSize.top() });
      if (t.badDate.total > 0) {
        // The setting that reads them, when exactly one reads the first (`03/04/2021` is two).
        const reading = dateFormatsReading(firstBadDate, config.dateFormat);
        const format = reading.length === 1 ? reading[0] : undefined;
        ledger.warn({ code: 'badDate', dates: t.badDate.total, ...t.badDate.top(), ...(format ? { format } : {}) });
      }
      for (const w of dayMonth?.warnings() ?? []) ledger.warn(w);
      const merged = (layerSpellings ?? freeAreas).warning();
      if (merged !== null) ledger.warn(merged);
      if (t.unknownArea.total > 0) {
        ledger.warn({ code: 'assetAreaUnknown', rows: t.unknownArea.total, ...t.unknownArea.top() });
      }
      for (const p of placers.values()) {
        for (const w of p.warnings()) ledger.warn(w);
      }
      for (const w of notNumbers.warnings()) ledger.warn(w);
      for (const w of placementCheck?.warnings() ?? []) ledger.warn(w);
      const council = councilCheck?.warning();
      if (council) ledger.warn(council);
      return writeAssetsOutputs(acc, ctx, dateKeys);
    },
  };
}
