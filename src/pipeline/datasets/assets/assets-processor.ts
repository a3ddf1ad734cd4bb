/**
 * Assets datasets (public land and buildings): maps each source's columns onto
 * one common asset record, row by row. Rows are kept even when they cannot be
 * placed on the map (listed as unplaced with the reason); a row is rejected
 * only when nothing identifies it, or when it repeats an earlier row's id.
 * Output files are written by `write-assets-outputs.ts` once all rows are in.
 */
import type { AssetsDatasetConfig, AssetStatus, ColumnRef } from '../../config/schema.ts';
import type { DatasetProcessor, ProcessorContext } from '../dataset-processor.ts';
import { resolveColumns, type ResolvedColumns } from '../../run/column-map.ts';
import { datasetFiles } from '../../config/load-config.ts';
import { isMissingValue, missingSet, parseDate, parseNumber } from '../../ingest/parse-values.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { makeProjector, placePoint, type Projector } from '../../ingest/coordinates.ts';
import { ASSET_DATE_KEYS, ASSET_STATUSES, type AssetArea, type AssetDateKey } from '../../../lib/assets-files.ts';
import { SlugAllocator } from '../../../lib/assets/slug-allocator.ts';
import { canonicalId, cleanText, Dictionary, joinParts, matchKey, statusLookup, Tally } from './asset-values.ts';
import { writeAssetsOutputs, type AccumulatedAssets } from './write-assets-outputs.ts';
import { nearestAreaFinder, type NearestArea } from './nearest-area.ts';

type SingleColumn =
  | 'id'
  | 'uprn'
  | 'postcode'
  | 'x'
  | 'y'
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
} as const;

function list(ref: ColumnRef | ColumnRef[] | undefined): ColumnRef[] {
  return ref === undefined ? [] : Array.isArray(ref) ? ref : [ref];
}

export function createAssetsProcessor(ctx: ProcessorContext<AssetsDatasetConfig>): DatasetProcessor {
  const { config, ledger, layer } = ctx;
  const missing = missingSet(config.missingValues);
  const decimal = config.decimalSeparator;
  const files = datasetFiles(config);
  // The schema checks that x and y come as a pair, and that a point join has them.
  const hasCoordinates = config.columns.x !== undefined && config.columns.y !== undefined;
  const coordinates = config.coordinates ?? { crs: 'EPSG:4326', detectSwap: true, snapWithin: 0 };
  const project: Projector | null = hasCoordinates ? makeProjector(coordinates.crs, coordinates.proj4) : null;
  const bounds: [number, number, number, number] =
    coordinates.bounds ??
    (layer !== null
      ? [layer.bbox[0] - BOUNDS_PAD, layer.bbox[1] - BOUNDS_PAD, layer.bbox[2] + BOUNDS_PAD, layer.bbox[3] + BOUNDS_PAD]
      : WORLD);
  const byPoint = config.join.by === 'point' && layer !== null;
  const notInArea = layer === null ? '' : `not inside any of the ${layer.config.label.toLowerCase()}`;
  const nearest: ((lon: number, lat: number) => NearestArea) | null =
    byPoint && layer !== null && coordinates.snapWithin > 0
      ? nearestAreaFinder(layer.features, coordinates.snapWithin)
      : null;
  const statuses = statusLookup(config.statusMap);
  const rules = config.statusRules.map((r) => ({ ...r, keys: new Set(r.values.map(matchKey)) }));
  const identifying = [
    config.columns.id ? 'reference' : '',
    config.columns.uprn ? 'UPRN' : '',
    config.columns.name ? 'name' : '',
    config.columns.address ? 'address' : '',
  ].filter(Boolean);
  const identifiesNothing = `nothing identifies the asset (no ${
    identifying.length > 1
      ? `${identifying.slice(0, -1).join(', ')} or ${identifying.at(-1)}`
      : (identifying[0] ?? 'reference, name or address')
  })`;
  const dateKeys = ASSET_DATE_KEYS.filter((k) => config.columns[k] !== undefined);

  const acc: AccumulatedAssets = {
    id: [],
    slug: [],
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
    source: [],
    generated: [],
    swapped: [],
    headers: [],
    dict: { tenure: new Dictionary(), holding: new Dictionary(), owner: new Dictionary(), area: [], unplaced: [] },
    hasUprn: config.columns.uprn !== undefined,
  };
  const unplacedIndex = new Map<string, number>();
  const areaIndex = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const slugs = new SlugAllocator();
  const tallies = {
    unmappedStatus: new Tally(),
    badSize: new Tally(),
    badDate: new Tally(),
    unknownArea: new Tally(),
    suffixed: new Tally(),
    unplaced: new Tally(),
    snapped: new Tally(),
  };
  let firstSwap = '';
  const defaultOwner = config.defaultOwner === undefined ? -1 : acc.dict.owner.code(config.defaultOwner, missing);

  let fileIndex = -1;
  let file = '';
  let header: readonly string[] = [];
  let cols: ResolvedColumns<SingleColumn>;
  let nameIx: number[] = [];
  let addressIx: number[] = [];
  let ruleIx: number[] = [];

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
    if (code === '' || isMissingValue(code, missing)) return -1;
    if (layer === null) return areaCode({ code, name: code });
    const at = layer.resolveCode(code);
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
      if (at >= 0 && rules[r]?.keys.has(matchKey(fields[at] ?? ''))) return ASSET_STATUSES.indexOf(rules[r]!.status);
    }
    let status: AssetStatus = config.defaultStatus;
    if (cols.index.status >= 0) {
      const raw = fields[cols.index.status] ?? '';
      const found = statuses.get(matchKey(raw));
      if (found !== undefined) status = found;
      else if (cleanText(raw) !== '' && !missing.has(matchKey(raw))) tallies.unmappedStatus.add(cleanText(raw));
    }
    return ASSET_STATUSES.indexOf(status);
  }

  return {
    beginFile(name, normalised, raw) {
      fileIndex = files.indexOf(name);
      if (fileIndex < 0) fileIndex = acc.headers.length;
      file = name;
      header = raw;
      acc.headers[fileIndex] = { path: name, header: [...raw] };
      const c = config.columns;
      const where = `${config.id}: ${name}`;
      cols = resolveColumns<SingleColumn>(
        {
          id: c.id,
          uprn: c.uprn,
          postcode: c.postcode,
          x: c.x,
          y: c.y,
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
      nameIx = many(list(c.name), 'name');
      addressIx = many(list(c.address), 'address');
      ruleIx = many(
        config.statusRules.map((r) => r.column),
        'statusRules.column',
      );
      // A rejected row is named in the report by its reference and name, as the file writes them.
      const refIx = cols.index.id >= 0 ? cols.index.id : cols.index.uprn;
      const names = nameIx;
      ledger.identifyRowsWith((fields) => ({
        code: refIx >= 0 ? (fields[refIx] ?? '').trim() : '',
        name: names
          .map((i) => (i >= 0 ? (fields[i] ?? '').trim() : ''))
          .filter((v) => v !== '')
          .join(', '),
      }));
    },

    row(fields, line) {
      const ix = cols.index;
      const text = (i: number): string => {
        if (i < 0) return '';
        const v = cleanText(fields[i] ?? '');
        return isMissingValue(v, missing) ? '' : v;
      };
      const rawId = text(ix.id);
      const uprn = canonicalId(text(ix.uprn), config.idPadding);
      const name = joinParts(fields, nameIx, missing);
      const address = joinParts(fields, addressIx, missing);
      const postcode = text(ix.postcode);
      if (rawId === '' && uprn === '' && name === '' && address === '') {
        ledger.reject(file, line, '', identifiesNothing, fields.join(','));
        return;
      }
      let generated = false;
      let id: string;
      if (rawId !== '') id = canonicalId(rawId, config.idPadding);
      else if (uprn !== '' && ix.id < 0) id = uprn;
      else {
        generated = true;
        id = files.length > 1 ? `${config.idPrefix}${fileIndex + 1}-${line}` : `${config.idPrefix}${line}`;
      }
      const seen = seenIds.get(id);
      if (seen !== undefined) {
        if (config.duplicateIds === 'reject') {
          ledger.rejectDuplicate(file, line, ix.id >= 0 ? (header[ix.id] ?? '') : '', id);
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
      if (project !== null) {
        const xRaw = fields[ix.x] ?? '';
        const yRaw = fields[ix.y] ?? '';
        const x = parseNumber(xRaw, missing, decimal);
        const y = parseNumber(yRaw, missing, decimal);
        if (x === null || y === null) unplaced = reasonCode(UNPLACED.noCoordinates);
        else if (Number.isNaN(x) || Number.isNaN(y)) unplaced = reasonCode(UNPLACED.notNumbers);
        else {
          const placed = placePoint(x, y, project, bounds, coordinates.detectSwap);
          if (!placed.ok) {
            unplaced = reasonCode(placed.reason.startsWith(UNPLACED.outside) ? UNPLACED.outside : placed.reason);
            acc.unplacedDetail.set(acc.id.length, placed.reason);
          } else {
            if (placed.swapped) {
              acc.swapped.push(acc.id.length);
              if (firstSwap === '') firstSwap = `${file} line ${line}`;
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
            } else {
              acc.unplacedDetail.set(acc.id.length, `${placed.lat}, ${placed.lon} is ${notInArea}`);
            }
          }
        }
        if (unplaced >= 0) tallies.unplaced.add(acc.dict.unplaced[unplaced] ?? '');
      }
      if (!byPoint && ix.area >= 0) area = areaOfCode(fields[ix.area] ?? '');

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
        if (day !== null && Number.isNaN(day)) tallies.badDate.add(cleanText(raw).slice(0, 40));
        acc.dates[k]?.push(day === null || Number.isNaN(day) ? null : isoDay(day));
      }

      acc.id.push(id);
      acc.slug.push(slugs.take(id));
      acc.uprn.push(uprn);
      acc.name.push(name);
      acc.address.push(address);
      acc.postcode.push(postcode);
      acc.lon.push(lon);
      acc.lat.push(lat);
      acc.status.push(statusOf(fields));
      acc.tenure.push(ix.tenure >= 0 ? acc.dict.tenure.code(fields[ix.tenure] ?? '', missing) : -1);
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
        ledger.warn(
          `${acc.swapped.length} row(s) had X and Y the wrong way round and were read swapped (first: ${firstSwap}). ` +
            'If the whole file is like this, swap columns.x and columns.y in the config.',
        );
      }
      if (t.suffixed.total > 0) {
        ledger.warn(
          `${t.suffixed.total} row(s) repeat an earlier row's id and were kept as separate assets with "-2", "-3"… added (duplicateIds: suffix): ${t.suffixed.describe()}.`,
        );
      }
      if (t.snapped.total > 0) {
        ledger.warn(
          `${t.snapped.total} asset(s) were outside every area but within ${coordinates.snapWithin} m of one, and were counted in the nearest (coordinates.snapWithin): ${t.snapped.describe()}.`,
        );
      }
      if (t.unplaced.total > 0) {
        ledger.warn(`${t.unplaced.total} asset(s) are kept but not placed on the map: ${t.unplaced.describe()}.`);
      }
      if (t.unmappedStatus.total > 0) {
        ledger.warn(
          `${t.unmappedStatus.total} row(s) have a status not in statusMap, so they are "${config.defaultStatus}": ${t.unmappedStatus.describe()}.`,
        );
      }
      if (t.badSize.total > 0) {
        ledger.warn(
          `${t.badSize.total} row(s) have a size that is not a non-negative number; kept without a size: ${t.badSize.describe()}.`,
        );
      }
      if (t.badDate.total > 0) {
        ledger.warn(`${t.badDate.total} date(s) could not be read and are left blank: ${t.badDate.describe()}.`);
      }
      if (t.unknownArea.total > 0) {
        ledger.warn(
          `${t.unknownArea.total} row(s) have an area code that matches no area; kept without an area: ${t.unknownArea.describe()}.`,
        );
      }
      return writeAssetsOutputs(acc, ctx, dateKeys);
    },
  };
}
