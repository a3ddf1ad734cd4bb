// Real land and buildings data (../shared/data, read in place, never copied):
// the National Land Use Database of previously developed land (NLUD 2012, 8,860
// sites in 149 English councils) and Cheltenham Borough Council's Transparency
// Code land and assets register (2023). Used by tests/realdata/assets-sources.test.ts
// and the e2e test of the buildings and land pages.
//
// Area layer: ONS lower-tier local authorities, vintage 2019. The population file
// is mid-2019 by LAD19 code (382 areas, exactly the 2019 vintage's 382), so every
// area gets a population; NLUD's 2012 councils that merged by 2019 (Poole into
// Bournemouth, Christchurch and Poole; Forest Heath and St Edmundsbury into West
// Suffolk…) are assigned, by point-in-polygon, to the council that holds the land
// now, which is who a community group would approach. Cheltenham (E07000078) is
// the same in every vintage.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const DATA = '../../../../shared/data';
const OGL = 'Open Government Licence v3.0';
const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export const ltla = {
  label: 'Local authorities',
  file: `${DATA}/boundaries/uk_ons_boundaries_2014_2025.topo.json`,
  layer: 'ltla',
  codeProperty: 'areacd',
  nameProperty: 'areanm',
  vintage: { year: 2019 },
  population: {
    file: `${DATA}/population/uk_population_mid2019_lad19.csv`,
    codeColumn: 'code',
    populationColumn: 'population',
    year: 2019,
  },
  attribution: 'Contains OS data © Crown copyright and database right. Source: Office for National Statistics.',
};

/** England's community rights over land and buildings (plain text; see data/CONFIG.md). */
export const englandCommunityRights = {
  heading: 'Community rights in England',
  paragraphs: [
    'Community Right to Bid (Assets of Community Value, Localism Act 2011). A parish council or a local voluntary or community body can nominate land or a building to the council for its list of assets of community value, if its main use now or in the recent past furthers the social wellbeing or social interests of the local community, and that could continue or return. A listing lasts five years.',
    'When the owner of a listed asset wants to sell it, they must tell the council. Community groups then have six weeks to say they want to bid; if one does, the sale is paused for six months from the owner’s notice so that the group can raise the money. The owner does not have to sell to the group, and after the notice a protected period of 18 months runs in which no new pause can be triggered.',
    'Community asset transfer. A council may transfer the ownership or management of land and buildings to a community organisation, sometimes for less than market value. This is a council policy, not a right: ask the council’s estates team about its asset transfer policy.',
    'Community Right to Challenge (Localism Act 2011). Voluntary and community bodies, parish councils and council staff can express an interest in running a council service, which can lead the council to run a procurement exercise for it. It concerns services, not buildings, though a service is often run from one of the buildings listed here.',
  ],
  links: [
    {
      label: 'Community Right to Bid: advice note (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/community-right-to-bid-non-statutory-advice-note-for-local-authorities',
    },
    {
      label: 'Localism Act 2011, Part 5 Chapter 3: assets of community value (legislation.gov.uk)',
      url: 'https://www.legislation.gov.uk/ukpga/2011/20/part/5/chapter/3',
    },
    {
      label: 'Community Right to Challenge: statutory guidance (GOV.UK)',
      url: 'https://www.gov.uk/government/publications/community-right-to-challenge-statutory-guidance',
    },
  ],
  nominationSections: [
    {
      heading: 'The land or building',
      hint: 'Describe the asset and its proposed boundaries; attach a plan marking them.',
    },
    {
      heading: 'Owners and occupiers',
      hint: 'The names of the current occupants, and the names and current or last known addresses of everyone holding a freehold or leasehold interest, as far as you know them.',
    },
    {
      heading: 'Why it is of community value',
      hint: 'How its main use now, or in the recent past, furthers the social wellbeing or social interests of the local community, and why that can continue or could return within the next five years.',
    },
    {
      heading: 'Who is nominating',
      hint: 'Your group’s name and type, and evidence that it can nominate: its constitution or rules, its local connection, and for an unincorporated group at least 21 members on the local electoral register.',
    },
    {
      heading: 'Contact details',
      hint: 'Name, address, email and telephone of the person the council should contact.',
    },
  ],
};

export default {
  site: {
    title: 'Public land and buildings (real data test)',
    council: 'NLUD 2012 and Cheltenham Borough Council',
    locale: 'en-GB',
    communityRights: englandCommunityRights,
  },
  areaLayers: { ltla },
  datasets: [
    {
      id: 'nlud',
      kind: 'assets',
      title: 'Previously developed land (NLUD 2012)',
      description:
        'Vacant land, vacant buildings, derelict sites and land in use with potential for redevelopment, as recorded by 149 English councils for the National Land Use Database in 2012.',
      file: `${DATA}/property/uk_nlud_previously_developed_land_sites_2012.csv`,
      encoding: 'macintosh',
      delimiter: ',',
      // 23 sites have the reference "0", meaning none; they get generated ids.
      missingValues: ['0'],
      columns: {
        id: 'Site Reference',
        name: ['SAO Description', 'PAO Description', 'Street'],
        address: ['Locality', 'Town'],
        postcode: 'Postcode',
        x: 'Easting',
        y: 'Northing',
        status: 'Land type',
        size: 'Area',
        owner: 'Owner',
        // NLUD has no holding type; what the site was used for is the closest thing.
        holdingType: 'Previous use',
      },
      idPrefix: 'nlud-line-',
      // Site references repeat for different sites (e.g. 566033406 three times in Lambeth): keep them all.
      duplicateIds: 'suffix',
      sizeUnit: 'ha',
      // The ONS boundaries are generalised and clipped to the coast: 37 quay, dock and riverside
      // sites fall a few metres to 491 m outside them. Points further out are wrong coordinates.
      coordinates: { crs: 'EPSG:27700', snapWithin: 500 },
      statusMap: {
        'A - Previously developed land now vacant': 'vacant',
        'B - Vacant buildings': 'vacant',
        'C - Derelict land and buildings': 'vacant',
        // In use, but allocated in the local plan or with planning permission for redevelopment.
        'D - Previously developed land or buildings currently in use and allocated in local plan or with planning permission':
          'under-used',
      },
      join: { by: 'point', layer: 'ltla' },
      source: {
        publisher: 'Homes and Communities Agency (National Land Use Database)',
        licence: OGL,
        licenceUrl: OGL_URL,
        attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
        notes: 'Mac Roman encoded; header names have trailing spaces; Easting/Northing in British National Grid.',
      },
    },
    {
      id: 'cheltenham',
      kind: 'assets',
      title: 'Cheltenham Borough Council land and assets (2023)',
      description: 'The council’s own land and buildings, published under the Local Government Transparency Code.',
      file: `${DATA}/property/cheltenham_E07000078_land_and_assets_2023.csv`,
      encoding: 'utf-8',
      delimiter: ',',
      columns: {
        // UPRNs repeat (a park and its pavilion share one), asset codes do not.
        id: 'AssetCode',
        uprn: 'UPRN',
        address: 'Site Address',
        x: 'GeoX',
        y: 'GeoY',
        tenure: 'TenureType',
        holdingType: 'Holding Type',
        status: 'Tenure Detail',
        owner: 'Organisation',
      },
      idPadding: 12,
      coordinates: { crs: 'EPSG:27700', snapWithin: 500 },
      statusRules: [
        { column: 'Tenure Detail', values: ['Vacant'], status: 'vacant' },
        {
          column: 'Holding Type',
          values: ['Buildings Declared Surplus', 'Land Declared Surplus'],
          status: 'under-used',
        },
      ],
      statusMap: {
        'Occupied by local authority': 'occupied',
        Leasehold: 'occupied',
        Leashold: 'occupied',
        Licence: 'occupied',
        Groundlease: 'occupied',
      },
      join: { by: 'point', layer: 'ltla' },
      source: {
        publisher: 'Cheltenham Borough Council',
        licence: OGL,
        licenceUrl: OGL_URL,
        attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      },
    },
  ],
} satisfies AtlasConfigInput;
