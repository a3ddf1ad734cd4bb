/**
 * What kind of area a code looks like, from its shape alone: UK GSS codes by
 * their entity prefix (E01 LSOA, S12 council area …), US FIPS codes by length,
 * NUTS codes, pre-2011 ONS district codes. Used to explain codes that match no
 * area ("these look like Scottish council areas") and to say which boundaries
 * would join them. A guess, never a join: nothing is matched by it.
 */

/**
 * What a boundary file's name does not say: how to pick or prepare it. Pages say it in their
 * language (`datasets.geography.note.<note>`); `boundaries` has it in English.
 */
export type BoundaryNote = 'dataYear' | 'padFips' | 'mapOldCodes' | 'nutsVersion' | 'nationalAgency' | 'fipsId';

/** One kind of code. `boundaries` says what boundary file holds such areas. */
export interface CodeGeography {
  /** Stable key, e.g. `gss:S12` or `fips:county`; pages find the label in their language by it. */
  key: string;
  /** What the areas are, plural, in English, e.g. "council areas in Scotland". */
  label: string;
  /** The code system and what in the code shows it, in English, e.g. "GSS code, prefix S12". */
  system: string;
  /** Where to get boundaries with these codes, in English. */
  boundaries: string;
  /** The boundary files that hold such areas, named as their publisher names them (names, never translated). */
  products: readonly string[];
  /** Who publishes them (a name, never translated). */
  publisher: string;
  /** What to do beyond picking the file, or null. */
  note: BoundaryNote | null;
}

const ONS = 'ONS Open Geography Portal';
const NRS = 'National Records of Scotland';
const SCOT = 'Scottish Government spatial data';
const NISRA = 'NISRA';
const CENSUS = 'US Census Bureau cartographic boundary files; us-atlas TopoJSON';
const GISCO = 'Eurostat GISCO';

const NOTES: Readonly<Record<BoundaryNote, string>> = {
  dataYear: ", of the data's year",
  padFips: '; pad the codes to 5 digits',
  mapOldCodes: '; map the old codes to GSS codes first',
  nutsVersion: ', of the NUTS version of the data',
  nationalAgency: ', or the national mapping agency',
  fipsId: ', feature id = FIPS',
};

// "a", "a or b", "a, b or c".
function either(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

/** The English of `boundaries`: the files, their publisher and the note. */
function boundariesText(products: readonly string[], publisher: string, note: BoundaryNote | null): string {
  return `${either(products)} (${publisher})${note === null ? '' : NOTES[note]}`;
}

type Row = [label: string, products: readonly string[], publisher?: string, note?: BoundaryNote];

const LAD = ['Local Authority Districts'];
const COUNTRIES = ['Countries'];
const PCON = ['Westminster Parliamentary Constituencies'];

// GSS entity codes: the first three characters of a nine-character code.
const GSS: Record<string, Row> = {
  E00: ['output areas in England', ['Output Areas']],
  E01: ['lower layer super output areas (LSOAs) in England', ['Lower layer Super Output Areas']],
  E02: ['middle layer super output areas (MSOAs) in England', ['Middle layer Super Output Areas']],
  E04: ['civil parishes in England', ['Parishes']],
  E05: ['electoral wards in England', ['Wards'], ONS, 'dataYear'],
  E06: ['unitary authorities in England', ['Local Authority Districts', 'Counties and Unitary Authorities']],
  E07: ['non-metropolitan districts in England', LAD],
  E08: ['metropolitan districts in England', LAD],
  E09: ['London boroughs', LAD],
  E10: ['counties in England', ['Counties and Unitary Authorities']],
  E11: ['metropolitan counties in England', ['Metropolitan Counties']],
  E12: ['regions of England', ['Regions']],
  E14: ['Westminster constituencies in England', PCON],
  E38: ['sub-ICB locations (formerly CCGs) in England', ['Sub Integrated Care Board Locations']],
  E47: ['combined authorities in England', ['Combined Authorities']],
  E54: ['integrated care boards in England', ['Integrated Care Boards']],
  E92: ['England (the country)', COUNTRIES],
  W00: ['output areas in Wales', ['Output Areas']],
  W01: ['lower layer super output areas (LSOAs) in Wales', ['Lower layer Super Output Areas']],
  W02: ['middle layer super output areas (MSOAs) in Wales', ['Middle layer Super Output Areas']],
  W04: ['communities in Wales', ['Communities']],
  W05: ['electoral wards in Wales', ['Wards'], ONS, 'dataYear'],
  W06: ['unitary authorities in Wales', LAD],
  W07: ['Westminster constituencies in Wales', PCON],
  W11: ['local health boards in Wales', ['Local Health Boards']],
  W92: ['Wales (the country)', COUNTRIES],
  S00: ['output areas in Scotland', ['Output Areas'], NRS],
  S01: ['data zones in Scotland', ['Data Zones'], SCOT],
  S02: ['intermediate zones in Scotland', ['Intermediate Zones'], SCOT],
  S08: ['NHS health boards in Scotland', ['NHS Health Boards'], SCOT],
  S12: ['council areas in Scotland', LAD, ONS, 'dataYear'],
  S13: ['electoral wards in Scotland', ['Wards']],
  S14: ['Westminster constituencies in Scotland', PCON],
  S92: ['Scotland (the country)', COUNTRIES],
  N00: ['small areas in Northern Ireland', ['Small Areas'], NISRA],
  N08: ['electoral wards in Northern Ireland', ['Wards']],
  N09: ['local government districts in Northern Ireland', LAD],
  N92: ['Northern Ireland (the country)', COUNTRIES],
  K02: ['the United Kingdom', COUNTRIES],
  K03: ['Great Britain', COUNTRIES],
  K04: ['England and Wales', COUNTRIES],
};

/** The GSS entity prefixes this module names, for tests and catalogues. */
export const GSS_PREFIXES: readonly string[] = Object.keys(GSS);

interface PatternRow {
  pattern: RegExp;
  key: string;
  label: string;
  system: string;
  row: [products: readonly string[], publisher: string, note?: BoundaryNote];
}

// Checked in order after GSS; the first match wins. Anchored: the whole code must match.
const PATTERNS: readonly PatternRow[] = [
  {
    pattern: /^\d{5}$/,
    key: 'fips:county',
    label: 'US counties',
    system: '5-digit FIPS code (state + county)',
    row: [['Counties'], CENSUS, 'fipsId'],
  },
  {
    pattern: /^\d{4}$/,
    key: 'fips:county-unpadded',
    label: 'US counties with the leading zero lost',
    system: '4-digit number: a 5-digit FIPS code read as a number (1001 is 01001)',
    row: [['Counties'], CENSUS, 'padFips'],
  },
  {
    pattern: /^\d{2}$/,
    key: 'fips:state',
    label: 'US states',
    system: '2-digit state FIPS code',
    row: [['States'], CENSUS, 'fipsId'],
  },
  {
    pattern: /^\d{11}$/,
    key: 'fips:tract',
    label: 'US census tracts',
    system: '11-digit FIPS code (state + county + tract)',
    row: [['Census Tracts'], 'US Census Bureau cartographic boundary files'],
  },
  {
    pattern: /^\d{2}[A-Z]{2}$/,
    key: 'ons:old-district',
    label: 'local authority districts in the pre-2011 ONS coding',
    system: 'old-style ONS code (2 digits + 2 letters, e.g. 00AA)',
    row: [LAD, ONS, 'mapOldCodes'],
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]{3}$/,
    key: 'nuts:3',
    label: 'NUTS level 3 regions',
    system: 'NUTS code, 5 characters',
    row: [['NUTS level 3'], GISCO, 'nutsVersion'],
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]{2}$/,
    key: 'nuts:2',
    label: 'NUTS level 2 regions',
    system: 'NUTS code, 4 characters',
    row: [['NUTS level 2'], GISCO, 'nutsVersion'],
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]$/,
    key: 'nuts:1',
    label: 'NUTS level 1 regions',
    system: 'NUTS code, 3 characters',
    row: [['NUTS level 1'], GISCO, 'nutsVersion'],
  },
  {
    pattern: /^\d{8}$/,
    key: 'lau:8-digit',
    label: 'municipalities (LAU) with 8-digit codes, such as German Gemeinden (AGS)',
    system: '8-digit LAU code',
    row: [['Local Administrative Units'], GISCO, 'nationalAgency'],
  },
];

/** The keys of the code shapes other than GSS, in the order they are tried. */
export const PATTERN_KEYS: readonly string[] = PATTERNS.map((p) => p.key);

function geography(
  key: string,
  label: string,
  system: string,
  products: readonly string[],
  publisher: string,
  note: BoundaryNote | null,
): CodeGeography {
  return { key, label, system, boundaries: boundariesText(products, publisher, note), products, publisher, note };
}

function gssGeography(prefix: string): CodeGeography {
  const system = `GSS code, prefix ${prefix}`;
  const known = GSS[prefix];
  if (known === undefined) {
    return geography(`gss:${prefix}`, `UK areas of GSS entity ${prefix}`, system, [`GSS ${prefix}`], ONS, null);
  }
  const [label, products, publisher = ONS, note = null] = known;
  return geography(`gss:${prefix}`, label, system, products, publisher, note);
}

/** The geography of a key `codeGeography` gave (`gss:S12`, `nuts:3` …), or null for a key it never gives. */
export function codeGeographyOfKey(key: string): CodeGeography | null {
  const gss = /^gss:([ENSWK]\d{2})$/.exec(key);
  if (gss !== null) return gssGeography(gss[1] as string);
  const p = PATTERNS.find((row) => row.key === key);
  return p === undefined ? null : geography(p.key, p.label, p.system, p.row[0], p.row[1], p.row[2] ?? null);
}

/** The kind of area a code looks like, or null when its shape says nothing. Codes are trimmed, compared upper-case. */
export function codeGeography(code: string): CodeGeography | null {
  const c = code.trim().toUpperCase();
  const gss = /^([ENSWK]\d{2})\d{6}$/.exec(c);
  if (gss !== null) return gssGeography(gss[1] as string);
  const p = PATTERNS.find((row) => row.pattern.test(c));
  return p === undefined ? null : codeGeographyOfKey(p.key);
}
