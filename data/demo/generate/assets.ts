/**
 * The council's land and assets register, in the Local Government Transparency
 * Code shape councils publish (UPRN, GeoX/GeoY in British National Grid metres,
 * tenure, holding type, occupancy), exported the way Excel does: UTF-8 with a
 * byte order mark and CRLF line ends.
 */
import { ASSET_KINDS, OTHER_STREETS, TOWN_STREETS, type AssetKind, type Occupancy } from './assets-catalogue.ts';
import { distanceToRing, pointInRing, type XY } from './geometry.ts';
import { randomPointIn, TOWN_CENTRE, wardAt, type Ward } from './geography.ts';
import type { MessyNote, Row } from './messy.ts';
import { normal, pick, randInt, rngFor, shuffled, type Rng } from './random.ts';

export const ASSETS_HEADER = [
  'Organisation',
  'Organisation Label',
  'UPRN',
  'AssetCode',
  'Site Address',
  'Postcode',
  'GeoX',
  'GeoY',
  'TenureType',
  'Tenure Detail',
  'Holding Type',
  'Occupancy',
  'Site Area (ha)',
];

/** Invented organisation code (X-prefixed, like the ward codes) and the council's name. */
const ORGANISATION = 'X07000001';
const ORGANISATION_LABEL = 'Borough of Eastmere';
/** Letters Royal Mail uses in the inward part of a postcode. EM is not a real postcode area. */
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

interface Asset {
  kind: AssetKind;
  code: string;
  occupancy: Occupancy;
  point: XY;
  ward: Ward;
  uprn: string;
  fields: Record<string, string>;
}

/** Integer BNG metres inside the borough, at least 100 m from its edge. */
function placePoint(rng: Rng, kind: AssetKind, outline: readonly XY[]): XY {
  const spread = kind.placement === 'centre' ? 700 : kind.placement === 'town' ? 2_200 : 0;
  for (;;) {
    const p: XY =
      spread === 0
        ? randomPointIn(rng, outline, 100)
        : [TOWN_CENTRE[0] + spread * normal(rng), TOWN_CENTRE[1] + spread * normal(rng)];
    const rounded: XY = [Math.round(p[0]), Math.round(p[1])];
    if (pointInRing(rounded, outline) && distanceToRing(rounded, outline) >= 100) return rounded;
  }
}

/** EM1 for the town centre, EM2–EM4 for the rest of the town, EM5–EM9 for the countryside. */
function postcode(rng: Rng, point: XY, ward: Ward): string {
  const angle = Math.atan2(point[1] - TOWN_CENTRE[1], point[0] - TOWN_CENTRE[0]) + Math.PI; // 0..2π
  const district =
    ward.name === 'Eastmere Central'
      ? 1
      : ward.urban
        ? 2 + Math.floor((angle / (2 * Math.PI)) * 3)
        : 5 + Math.floor((angle / (2 * Math.PI)) * 5);
  return `EM${Math.min(district, 9)} ${randInt(rng, 1, 9)}${pick(rng, [...POSTCODE_LETTERS])}${pick(rng, [...POSTCODE_LETTERS])}`;
}

/** 12500 -> "12,500" without depending on the runtime's locale data. */
function pounds(amount: number): string {
  return `£${String(amount).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

const COMMUNITY_LETS = new Set(['CC', 'YC', 'PAV', 'CHC']);
const LEASED_IN_CHANCE: Record<string, number> = { OFF: 0.3, CP: 0.1, DEP: 0.25, IND: 0.1 };

function tenure(rng: Rng, kind: AssetKind, occupancy: Occupancy, ward: Ward): [type: string, detail: string] {
  const rent = pounds(randInt(rng, 8, 120) * 250);
  const year = randInt(rng, 2005, 2023);
  switch (occupancy) {
    case 'Let':
      if (COMMUNITY_LETS.has(kind.prefix))
        return ['Freehold', `Freehold; leased to ${ward.name} Community Association at a peppercorn rent`];
      if (kind.prefix === 'FRM') return ['Freehold', `Freehold; farm business tenancy from ${year}, rent ${rent} pa`];
      return [
        'Freehold',
        `Freehold; let on a ${pick(rng, [3, 5, 10, 15, 25])}-year lease from ${year}, rent ${rent} pa`,
      ];
    case 'Vacant':
      return ['Freehold', `Freehold; vacant since ${randInt(rng, 2016, 2024)}`];
    case 'Partly vacant':
      return ['Freehold', 'Freehold; part let, part vacant'];
    case 'Under-used':
      return [
        'Freehold',
        `Freehold; operational, in use ${pick(rng, ['one day', 'two days', 'three days', 'two evenings'])} a week`,
      ];
    case 'Surplus':
      return ['Freehold', `Freehold; declared surplus ${randInt(rng, 2019, 2024)}, held for disposal`];
    case 'Unknown':
      return ['Freehold', 'Freehold'];
    case 'Occupied':
      if (rng() < (LEASED_IN_CHANCE[kind.prefix] ?? 0))
        return ['Leasehold', `Leasehold; ${pick(rng, [10, 15, 20, 25])} years from ${year}, rent ${rent} pa`];
      return ['Freehold', 'Freehold; operational'];
  }
}

function hectares(rng: Rng, kind: AssetKind): string {
  if (!kind.hectares) return '';
  const [min, max] = kind.hectares;
  const value = min + (max - min) * rng();
  return value < 0.1 ? value.toFixed(3) : value.toFixed(2);
}

/** A unique name for the asset and its street. */
function nameAsset(rng: Rng, kind: AssetKind, ward: Ward, used: Set<string>): { name: string; street: string } {
  for (let attempt = 0; attempt < 12; attempt++) {
    const streets =
      kind.placement === 'centre' || (kind.placement === 'town' && rng() < 0.5) ? TOWN_STREETS : OTHER_STREETS;
    const street = pick(rng, streets);
    const name = kind.names({ ward: ward.name, street, rng }).find((n) => !used.has(n));
    if (name) {
      used.add(name);
      return { name, street };
    }
  }
  throw new Error(`could not name a ${kind.label}`);
}

function siteAddress(rng: Rng, name: string, street: string, ward: Ward): string {
  const locality = ward.name === 'Eastmere Central' ? 'Eastmere' : `${ward.name}, Eastmere`;
  return name.includes(street) || /^\d/.test(name) || name.startsWith('Unit ')
    ? `${name}, ${locality}`
    : `${name}, ${rng() < 0.6 ? `${randInt(rng, 1, 90)} ` : ''}${street}, ${locality}`;
}

/** UPRNs rise through an invented block; about 40% are written with the leading zero. */
function uprnSource(rng: Rng): () => string {
  let next = 10_095_000_000 + randInt(rng, 0, 999);
  return () => {
    next += randInt(rng, 1, 4_000);
    return rng() < 0.4 ? String(next).padStart(12, '0') : String(next);
  };
}

export function buildAssets(wards: readonly Ward[], outline: readonly XY[]): Asset[] {
  const rng = rngFor('assets');
  const nextUprn = uprnSource(rng);
  const usedNames = new Set<string>();
  const assets: Asset[] = [];
  for (const kind of ASSET_KINDS) {
    const occupancies = shuffled(
      rng,
      Object.entries(kind.occupancy).flatMap(([o, n]) => Array<Occupancy>(n).fill(o as Occupancy)),
    );
    occupancies.forEach((occupancy, i) => {
      const point = placePoint(rng, kind, outline);
      const ward = wardAt(wards, point);
      if (!ward) throw new Error(`no ward at ${point.join(',')}`);
      const { name, street } = nameAsset(rng, kind, ward, usedNames);
      const land = kind.holding === 'Land';
      const uprn = rng() < kind.uprnChance ? nextUprn() : '';
      const [tenureType, tenureDetail] = tenure(rng, kind, occupancy, ward);
      const code = `${kind.prefix}${String(i + 1).padStart(3, '0')}`;
      assets.push({
        kind,
        code,
        occupancy,
        point,
        ward,
        uprn,
        fields: {
          Organisation: ORGANISATION,
          'Organisation Label': ORGANISATION_LABEL,
          UPRN: uprn,
          AssetCode: code,
          'Site Address': siteAddress(rng, name, street, ward),
          Postcode: land && rng() < 0.5 ? '' : postcode(rng, point, ward),
          GeoX: String(point[0]),
          GeoY: String(point[1]),
          TenureType: tenureType,
          'Tenure Detail': tenureDetail,
          'Holding Type': kind.holding,
          Occupancy: occupancy,
          'Site Area (ha)': hectares(rng, kind),
        },
      });
    });
  }
  return assets;
}

function find(assets: readonly Asset[], code: string): Asset {
  const asset = assets.find((a) => a.code === code);
  if (!asset) throw new Error(`no asset ${code}`);
  return asset;
}

function findFirst(assets: readonly Asset[], prefix: string, occupancy: Occupancy): Asset {
  const asset = assets.find((a) => a.kind.prefix === prefix && a.occupancy === occupancy);
  if (!asset) throw new Error(`no ${occupancy} ${prefix}`);
  return asset;
}

/**
 * Applies the deliberate flaws and returns the rows in register order. Every flaw
 * comes before the one multi-line record, so up to it physical line numbers and
 * record numbers agree.
 */
export function assetRows(assets: readonly Asset[], outline: readonly XY[]): Row[] {
  const notes = new Map<Asset, MessyNote>();
  const flaw = (asset: Asset, problem: string, expected: string, change: (fields: Record<string, string>) => void) => {
    change(asset.fields);
    notes.set(asset, { problem, expected });
  };
  const eastmost = outline.reduce((best, p) => (p[0] > best[0] ? p : best));
  const original = find(assets, 'CC003');
  const digits = original.uprn.replace(/^0+/, '');
  original.fields.UPRN = digits.padStart(12, '0');

  flaw(
    find(assets, 'AML003'),
    'GeoX and GeoY swapped',
    'accepted and placed in its ward: detectSwap reads it swapped (counted in a warning)',
    (f) => {
      [f.GeoX, f.GeoY] = [f.GeoY ?? '', f.GeoX ?? ''];
    },
  );
  flaw(find(assets, 'CP005'), 'blank GeoX and GeoY', 'accepted, not placed on the map: no coordinates', (f) => {
    f.GeoX = '';
    f.GeoY = '';
  });
  flaw(
    find(assets, 'DEP002'),
    'coordinates in Scotland (Edinburgh), far outside the borough',
    "accepted, not placed on the map: outside the area (outside the bounds, the wards' extent + 0.1°, either way round)",
    (f) => {
      f.GeoX = '325412';
      f.GeoY = '673288';
    },
  );
  flaw(
    find(assets, 'FRM002'),
    'farm 2 km east of the borough boundary (councils do own land outside their area)',
    'accepted, not placed on the map: inside the bounds but not inside any of the wards (snapWithin is 0)',
    (f) => {
      f.GeoX = String(Math.round(eastmost[0] + 2_000));
      f.GeoY = String(Math.round(eastmost[1]));
      f['Site Address'] = `${f['Site Address']?.split(', ')[0]}, Long Lane, Hatherby`; // a village in the next district
      f.Postcode = '';
    },
  );
  flaw(
    find(assets, 'IND004'),
    `UPRN ${digits} written without its leading zero: the same UPRN as CC003 (${original.fields.UPRN}) once padded`,
    'rejected: duplicate of an earlier row (the id is the UPRN padded to 12 digits; CC003 is kept); duplicates = 1',
    (f) => {
      f.UPRN = digits;
    },
  );
  flaw(
    findFirst(assets, 'LIB', 'Vacant'),
    'HTML in Site Address',
    'accepted; the address must be shown as text, never run as markup',
    (f) => {
      f['Site Address'] =
        `<img src=x onerror=alert(1)> Old Library, ${f['Site Address']?.split(', ').slice(1).join(', ')}`;
    },
  );
  flaw(
    findFirst(assets, 'PC', 'Vacant'),
    'Occupancy "vacant " in lower case with a trailing space',
    'accepted: status vacant (statusMap matches trimmed, case-insensitively)',
    (f) => {
      f.Occupancy = 'vacant ';
    },
  );
  flaw(
    find(assets, 'SHP030'),
    'Site Address with a comma and a line break inside quotes (the record spans two lines)',
    'accepted: one record',
    (f) => {
      f['Site Address'] = `Unit 4, Riverside Parade\nMill Lane, ${f['Site Address']?.split(', ').slice(1).join(', ')}`;
    },
  );
  return assets.map((asset) => {
    const note = notes.get(asset);
    const fields = ASSETS_HEADER.map((h) => asset.fields[h] ?? '');
    return note ? { fields, messy: note } : { fields };
  });
}
