/**
 * What the fictional council owns: 240 assets of 26 kinds, with how many of each
 * kind are occupied, let, vacant... (about 15% vacant, partly vacant, under-used
 * or surplus), and how each kind is named.
 */
import { pick, randInt, type Rng } from './random.ts';

export type Occupancy = 'Occupied' | 'Let' | 'Vacant' | 'Partly vacant' | 'Under-used' | 'Surplus' | 'Unknown';
export type HoldingType = 'Land' | 'Land and Building' | 'Building';
/** centre: town centre streets; town: in and around the town; anywhere: across the borough. */
export type Placement = 'centre' | 'town' | 'anywhere';

export interface NameParts {
  /** Locality: the ward the asset lies in. */
  ward: string;
  street: string;
  rng: Rng;
}

export interface AssetKind {
  label: string;
  /** AssetCode prefix. */
  prefix: string;
  holding: HoldingType;
  /** Site area range in hectares; null: not recorded (units in a building). */
  hectares: readonly [number, number] | null;
  placement: Placement;
  occupancy: Partial<Record<Occupancy, number>>;
  /** Land parcels often have no UPRN: the chance that this kind has one. */
  uprnChance: number;
  /** Candidate names, best first; later ones are used when earlier ones are taken. */
  names: (parts: NameParts) => string[];
}

export const TOWN_STREETS = [
  'High Street',
  'Market Place',
  'Station Road',
  'Church Street',
  'Bridge Street',
  'Wharf Street',
  'Sheep Street',
  'Corn Hill',
  'Victoria Road',
  'Mere Street',
  'Chapel Lane',
  'Fountain Row',
];
export const OTHER_STREETS = [
  'Mill Lane',
  'Brook Road',
  'Meadow Drive',
  'School Lane',
  'Orchard Close',
  'Heath Road',
  'Ferny Lane',
  'Larch Avenue',
  'Quarry Road',
  "Cooper's Walk",
  'Saxon Way',
  'Rope Walk',
  'Kiln Lane',
  'Canal Side',
  'Green Lane',
  'Hollow Way',
  'Beech Crescent',
  'Oakfield Road',
  'Sandpit Lane',
  'Marsh Lane',
  'Coronation Avenue',
  'Tanyard Road',
  'Windmill Hill',
  'Stocks Lane',
];

const nth = (rng: Rng) => randInt(rng, 1, 120);
const FARMS = ['Home', 'Lower', 'Upper', 'Moat', 'Grange', 'Brook', 'Hill', 'Mere', 'Heath', 'Lodge'];
const WOODS = ['Hollow', 'Long', 'Oak', 'Hazel', 'Coppice', 'Fox', 'Ash', 'Bluebell'];
const FORMER = ['gasworks', 'bus garage', 'dairy', 'tannery', 'engineering works', 'maltings'];
const ESTATES = ['Mere Road', 'Canal', 'Station', 'Brindle', 'Kiln Lane'];

export const ASSET_KINDS: readonly AssetKind[] = [
  {
    label: 'Allotments',
    prefix: 'ALT',
    holding: 'Land',
    hectares: [0.3, 2.5],
    placement: 'anywhere',
    uprnChance: 0.6,
    occupancy: { Occupied: 8, 'Partly vacant': 1, Let: 1 },
    names: (p) => [`${p.ward} Allotments`, `${p.street} Allotments`],
  },
  {
    label: 'Amenity land',
    prefix: 'AML',
    holding: 'Land',
    hectares: [0.05, 1.5],
    placement: 'anywhere',
    uprnChance: 0.4,
    occupancy: { Occupied: 18, Surplus: 1, Unknown: 3 },
    names: (p) => [`Amenity land at ${p.street}`, `Land adjacent to ${nth(p.rng)} ${p.street}`],
  },
  {
    label: 'Community centre',
    prefix: 'CC',
    holding: 'Land and Building',
    hectares: [0.05, 0.5],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 9, Let: 2, 'Under-used': 2, Vacant: 1 },
    names: (p) => [`${p.ward} Community Centre`, `${p.street} Community Hall`],
  },
  {
    label: 'Cemetery',
    prefix: 'CEM',
    holding: 'Land',
    hectares: [2, 8],
    placement: 'anywhere',
    uprnChance: 1,
    occupancy: { Occupied: 3 },
    names: (p) => [`${p.ward} Cemetery`, `${p.street} Cemetery`],
  },
  {
    label: "Children's centre",
    prefix: 'CHC',
    holding: 'Land and Building',
    hectares: [0.1, 0.3],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 3, 'Partly vacant': 1 },
    names: (p) => [`${p.ward} Children's Centre`, `${p.street} Family Centre`],
  },
  {
    label: 'Car park',
    prefix: 'CP',
    holding: 'Land',
    hectares: [0.05, 0.8],
    placement: 'centre',
    uprnChance: 0.7,
    occupancy: { Occupied: 24, 'Under-used': 1 },
    names: (p) => [`${p.street} Car Park`, `${p.street} East Car Park`, `${p.street} West Car Park`],
  },
  {
    label: 'Day centre',
    prefix: 'DC',
    holding: 'Land and Building',
    hectares: [0.1, 0.4],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 2, Vacant: 1 },
    names: (p) => [`${p.ward} Day Centre`, `${p.street} Day Centre`],
  },
  {
    label: 'Depot',
    prefix: 'DEP',
    holding: 'Land and Building',
    hectares: [0.5, 3],
    placement: 'anywhere',
    uprnChance: 1,
    occupancy: { Occupied: 3, Surplus: 1 },
    names: (p) => [`${p.ward} Depot`, `${p.street} Depot`],
  },
  {
    label: 'Development site',
    prefix: 'DEV',
    holding: 'Land',
    hectares: [0.3, 4],
    placement: 'town',
    uprnChance: 0.3,
    occupancy: { Vacant: 3, Surplus: 1, Unknown: 2 },
    names: (p) => [`Former ${pick(p.rng, FORMER)} site, ${p.street}`, `Land at ${p.street}`],
  },
  {
    label: 'Farm',
    prefix: 'FRM',
    holding: 'Land and Building',
    hectares: [20, 80],
    placement: 'anywhere',
    uprnChance: 1,
    occupancy: { Let: 5 },
    names: (p) => [`${pick(p.rng, FARMS)} Farm`, `${p.ward} ${pick(p.rng, FARMS)} Farm`],
  },
  {
    label: 'Former school',
    prefix: 'FS',
    holding: 'Land and Building',
    hectares: [1, 4],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Vacant: 1, Surplus: 1, 'Partly vacant': 1 },
    names: (p) => [`Former ${p.ward} Primary School`, `Former ${p.street} School`],
  },
  {
    label: 'Garage block',
    prefix: 'GAR',
    holding: 'Land and Building',
    hectares: [0.05, 0.3],
    placement: 'town',
    uprnChance: 0.8,
    occupancy: { Let: 9, 'Under-used': 2, Vacant: 1 },
    names: (p) => [`Garages at ${p.street}`, `Garages rear of ${nth(p.rng)} ${p.street}`],
  },
  {
    label: 'Industrial unit',
    prefix: 'IND',
    holding: 'Land and Building',
    hectares: [0.1, 0.8],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Let: 13, Vacant: 2, Unknown: 1 },
    names: (p) => [`Unit ${randInt(p.rng, 1, 24)}, ${pick(p.rng, ESTATES)} Industrial Estate`],
  },
  {
    label: 'Leisure centre',
    prefix: 'LC',
    holding: 'Land and Building',
    hectares: [0.8, 3],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 3 },
    names: (p) => [`${p.ward} Leisure Centre`, `${p.street} Swimming Pool`],
  },
  {
    label: 'Library',
    prefix: 'LIB',
    holding: 'Land and Building',
    hectares: [0.05, 0.3],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 5, 'Under-used': 1, Vacant: 1 },
    names: (p) => [`${p.ward} Library`, `${p.street} Library`],
  },
  {
    label: 'Market hall',
    prefix: 'MKT',
    holding: 'Land and Building',
    hectares: [0.2, 0.2],
    placement: 'centre',
    uprnChance: 1,
    occupancy: { 'Partly vacant': 1 },
    names: () => ['Eastmere Market Hall'],
  },
  {
    label: 'Museum',
    prefix: 'MUS',
    holding: 'Land and Building',
    hectares: [0.15, 0.15],
    placement: 'centre',
    uprnChance: 1,
    occupancy: { Occupied: 1 },
    names: () => ['Eastmere Museum'],
  },
  {
    label: 'Offices',
    prefix: 'OFF',
    holding: 'Land and Building',
    hectares: [0.1, 1],
    placement: 'centre',
    uprnChance: 1,
    occupancy: { Occupied: 4, 'Partly vacant': 1, 'Under-used': 1 },
    names: (p) => [`${nth(p.rng)} ${p.street}`],
  },
  {
    label: 'Pavilion',
    prefix: 'PAV',
    holding: 'Building',
    hectares: [0.01, 0.05],
    placement: 'anywhere',
    uprnChance: 1,
    occupancy: { Occupied: 3, 'Under-used': 2, Vacant: 1 },
    names: (p) => [`${p.ward} Pavilion`, `${p.street} Sports Pavilion`],
  },
  {
    label: 'Public conveniences',
    prefix: 'PC',
    holding: 'Building',
    hectares: [0.005, 0.02],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 5, Vacant: 2, Unknown: 1 },
    names: (p) => [`Public Conveniences, ${p.street}`],
  },
  {
    label: 'Playing fields',
    prefix: 'PF',
    holding: 'Land',
    hectares: [1, 6],
    placement: 'anywhere',
    uprnChance: 0.4,
    occupancy: { Occupied: 9, 'Under-used': 1 },
    names: (p) => [`${p.ward} Playing Fields`, `${p.street} Playing Fields`],
  },
  {
    label: 'Park',
    prefix: 'PK',
    holding: 'Land',
    hectares: [0.5, 25],
    placement: 'anywhere',
    uprnChance: 0.5,
    occupancy: { Occupied: 26 },
    names: (p) => [`${p.ward} Park`, `${p.street} Recreation Ground`, `${p.ward} Green`, `${p.street} Gardens`],
  },
  {
    label: 'Shop',
    prefix: 'SHP',
    holding: 'Building',
    hectares: null,
    placement: 'centre',
    uprnChance: 1,
    occupancy: { Let: 29, Vacant: 3, Unknown: 2 },
    names: (p) => [`${nth(p.rng)} ${p.street}`],
  },
  {
    label: 'Town hall',
    prefix: 'TH',
    holding: 'Land and Building',
    hectares: [0.6, 0.6],
    placement: 'centre',
    uprnChance: 1,
    occupancy: { Occupied: 1 },
    names: () => ['Eastmere Town Hall'],
  },
  {
    label: 'Woodland',
    prefix: 'WD',
    holding: 'Land',
    hectares: [2, 20],
    placement: 'anywhere',
    uprnChance: 0,
    occupancy: { Occupied: 6 },
    names: (p) => [`${pick(p.rng, WOODS)} Wood`, `${p.ward} ${pick(p.rng, WOODS)} Wood`],
  },
  {
    label: 'Youth centre',
    prefix: 'YC',
    holding: 'Land and Building',
    hectares: [0.1, 0.4],
    placement: 'town',
    uprnChance: 1,
    occupancy: { Occupied: 2, Vacant: 1, 'Under-used': 1 },
    names: (p) => [`${p.ward} Youth Centre`, `${p.street} Youth Club`],
  },
];
