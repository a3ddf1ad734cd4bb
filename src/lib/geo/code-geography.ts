/**
 * What kind of area a code looks like, from its shape alone: UK GSS codes by
 * their entity prefix (E01 LSOA, S12 council area …), US FIPS codes by length,
 * NUTS codes, pre-2011 ONS district codes. Used to explain codes that match no
 * area ("these look like Scottish council areas") and to say which boundaries
 * would join them. A guess, never a join: nothing is matched by it.
 */

/** One kind of code. `boundaries` says what boundary file holds such areas. */
export interface CodeGeography {
  /** Stable key, e.g. `gss:S12` or `fips:county`. */
  key: string;
  /** What the areas are, plural, e.g. "Scottish council areas". */
  label: string;
  /** The code system and what in the code shows it, e.g. "GSS code, prefix S12". */
  system: string;
  /** Where to get boundaries with these codes. */
  boundaries: string;
}

const ONS = 'ONS Open Geography Portal';

// GSS entity codes: the first three characters of a nine-character code.
const GSS: Record<string, [label: string, boundaries: string]> = {
  E00: ['output areas in England', `Output Areas (${ONS})`],
  E01: ['lower layer super output areas (LSOAs) in England', `Lower layer Super Output Areas (${ONS})`],
  E02: ['middle layer super output areas (MSOAs) in England', `Middle layer Super Output Areas (${ONS})`],
  E04: ['civil parishes in England', `Parishes (${ONS})`],
  E05: ['electoral wards in England', `Wards (${ONS}), of the data's year`],
  E06: ['unitary authorities in England', `Local Authority Districts or Counties and Unitary Authorities (${ONS})`],
  E07: ['non-metropolitan districts in England', `Local Authority Districts (${ONS})`],
  E08: ['metropolitan districts in England', `Local Authority Districts (${ONS})`],
  E09: ['London boroughs', `Local Authority Districts (${ONS})`],
  E10: ['counties in England', `Counties and Unitary Authorities (${ONS})`],
  E11: ['metropolitan counties in England', `Metropolitan Counties (${ONS})`],
  E12: ['regions of England', `Regions (${ONS})`],
  E14: ['Westminster constituencies in England', `Westminster Parliamentary Constituencies (${ONS})`],
  E38: ['sub-ICB locations (formerly CCGs) in England', `Sub Integrated Care Board Locations (${ONS})`],
  E47: ['combined authorities in England', `Combined Authorities (${ONS})`],
  E54: ['integrated care boards in England', `Integrated Care Boards (${ONS})`],
  E92: ['England (the country)', `Countries (${ONS})`],
  W00: ['output areas in Wales', `Output Areas (${ONS})`],
  W01: ['lower layer super output areas (LSOAs) in Wales', `Lower layer Super Output Areas (${ONS})`],
  W02: ['middle layer super output areas (MSOAs) in Wales', `Middle layer Super Output Areas (${ONS})`],
  W04: ['communities in Wales', `Communities (${ONS})`],
  W05: ['electoral wards in Wales', `Wards (${ONS}), of the data's year`],
  W06: ['unitary authorities in Wales', `Local Authority Districts (${ONS})`],
  W07: ['Westminster constituencies in Wales', `Westminster Parliamentary Constituencies (${ONS})`],
  W11: ['local health boards in Wales', `Local Health Boards (${ONS})`],
  W92: ['Wales (the country)', `Countries (${ONS})`],
  S00: ['output areas in Scotland', 'Output Areas (National Records of Scotland)'],
  S01: ['data zones in Scotland', 'Data Zones (Scottish Government spatial data)'],
  S02: ['intermediate zones in Scotland', 'Intermediate Zones (Scottish Government spatial data)'],
  S08: ['NHS health boards in Scotland', 'NHS Health Boards (Scottish Government spatial data)'],
  S12: ['council areas in Scotland', `Local Authority Districts (${ONS}), of the data's year`],
  S13: ['electoral wards in Scotland', `Wards (${ONS})`],
  S14: ['Westminster constituencies in Scotland', `Westminster Parliamentary Constituencies (${ONS})`],
  S92: ['Scotland (the country)', `Countries (${ONS})`],
  N00: ['small areas in Northern Ireland', 'Small Areas (NISRA)'],
  N08: ['electoral wards in Northern Ireland', `Wards (${ONS})`],
  N09: ['local government districts in Northern Ireland', `Local Authority Districts (${ONS})`],
  N92: ['Northern Ireland (the country)', `Countries (${ONS})`],
  K02: ['the United Kingdom', `Countries (${ONS})`],
  K03: ['Great Britain', `Countries (${ONS})`],
  K04: ['England and Wales', `Countries (${ONS})`],
};

const CENSUS = 'US Census Bureau cartographic boundary files, or the us-atlas TopoJSON';

interface PatternRow {
  pattern: RegExp;
  geography: CodeGeography;
}

// Checked in order after GSS; the first match wins. Anchored: the whole code must match.
const PATTERNS: readonly PatternRow[] = [
  {
    pattern: /^\d{5}$/,
    geography: {
      key: 'fips:county',
      label: 'US counties',
      system: '5-digit FIPS code (state + county)',
      boundaries: `Counties (${CENSUS}, feature id = FIPS)`,
    },
  },
  {
    pattern: /^\d{4}$/,
    geography: {
      key: 'fips:county-unpadded',
      label: 'US counties with the leading zero lost',
      system: '4-digit number: a 5-digit FIPS code read as a number (1001 is 01001)',
      boundaries: `Counties (${CENSUS}); pad the codes to 5 digits`,
    },
  },
  {
    pattern: /^\d{2}$/,
    geography: {
      key: 'fips:state',
      label: 'US states',
      system: '2-digit state FIPS code',
      boundaries: `States (${CENSUS}, feature id = FIPS)`,
    },
  },
  {
    pattern: /^\d{11}$/,
    geography: {
      key: 'fips:tract',
      label: 'US census tracts',
      system: '11-digit FIPS code (state + county + tract)',
      boundaries: 'Census Tracts (US Census Bureau cartographic boundary files)',
    },
  },
  {
    pattern: /^\d{2}[A-Z]{2}$/,
    geography: {
      key: 'ons:old-district',
      label: 'local authority districts in the pre-2011 ONS coding',
      system: 'old-style ONS code (2 digits + 2 letters, e.g. 00AA)',
      boundaries: `districts with GSS codes (${ONS}); map the old codes to GSS codes first`,
    },
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]{3}$/,
    geography: {
      key: 'nuts:3',
      label: 'NUTS level 3 regions',
      system: 'NUTS code, 5 characters',
      boundaries: 'NUTS level 3 (Eurostat GISCO), of the NUTS version of the data',
    },
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]{2}$/,
    geography: {
      key: 'nuts:2',
      label: 'NUTS level 2 regions',
      system: 'NUTS code, 4 characters',
      boundaries: 'NUTS level 2 (Eurostat GISCO), of the NUTS version of the data',
    },
  },
  {
    pattern: /^[A-Z]{2}[0-9A-Z]$/,
    geography: {
      key: 'nuts:1',
      label: 'NUTS level 1 regions',
      system: 'NUTS code, 3 characters',
      boundaries: 'NUTS level 1 (Eurostat GISCO), of the NUTS version of the data',
    },
  },
  {
    pattern: /^\d{8}$/,
    geography: {
      key: 'lau:8-digit',
      label: 'municipalities (LAU) with 8-digit codes, such as German Gemeinden (AGS)',
      system: '8-digit LAU code',
      boundaries: 'Local Administrative Units (Eurostat GISCO LAU), or the national mapping agency',
    },
  },
];

/** The kind of area a code looks like, or null when its shape says nothing. Codes are trimmed, compared upper-case. */
export function codeGeography(code: string): CodeGeography | null {
  const c = code.trim().toUpperCase();
  const gss = /^([ENSWK]\d{2})\d{6}$/.exec(c);
  if (gss !== null) {
    const prefix = gss[1] as string;
    const known = GSS[prefix];
    if (known === undefined) {
      return {
        key: `gss:${prefix}`,
        label: `UK areas of GSS entity ${prefix}`,
        system: `GSS code, prefix ${prefix}`,
        boundaries: `the ${prefix} boundaries (${ONS})`,
      };
    }
    return { key: `gss:${prefix}`, label: known[0], system: `GSS code, prefix ${prefix}`, boundaries: known[1] };
  }
  for (const row of PATTERNS) if (row.pattern.test(c)) return { ...row.geography };
  return null;
}
