// Nine councils' brownfield land registers as published (../shared/data/property/
// brownfield_registers, read in place): a robustness corpus. Each register is its
// own dataset because each needs its own column mapping; the quirks are stated
// where they are handled. Brownfield registers say nothing about occupancy, so
// every site's status is "unknown"; `OwnershipStatus` ("owned by a public
// authority", …) is mapped to the owner. Used by tests/realdata/assets-sources.test.ts.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';
import { englandCommunityRights, ltla } from './uk-assets.config.ts';

const DIR = '../../../../shared/data/property/brownfield_registers';
const OGL = 'Open Government Licence v3.0';
const source = (publisher: string) => ({
  publisher,
  licence: OGL,
  attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
});
const join = { by: 'point', layer: 'ltla' } as const;
// Eastings/northings in British National Grid; OSGB36 in the registers' own words.
const bng = { crs: 'EPSG:27700', snapWithin: 500 };
// Longitude/latitude; ETRS89 and WGS84 differ by under a metre in Britain.
const lonLat = { crs: 'EPSG:4326', snapWithin: 500 };

export default {
  site: {
    title: 'Brownfield land registers (real data test)',
    council: 'Nine English planning authorities',
    communityRights: englandCommunityRights,
  },
  areaLayers: { ltla },
  datasets: [
    {
      id: 'bf-fylde',
      kind: 'assets',
      title: 'Fylde brownfield land register',
      file: `${DIR}/083bcaab201ec76562ca96c13b687b249e16fbe9372966078d9f870e722a365b.csv`,
      columns: {
        id: 'SiteReference',
        name: 'SiteAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: bng,
      join,
      source: source('Fylde Council'),
    },
    {
      // The header merges "SitePlanURL CoordinateReferenceSystem" into one name and leaves the
      // CRS column unnamed; GeoX holds latitude and GeoY longitude (ETRS89). Some rows' latitude
      // ran into the URL column when the file was made: those rows have no coordinates.
      id: 'bf-worcester',
      kind: 'assets',
      title: 'Worcester brownfield land register',
      file: `${DIR}/3b08e37cd8d9263627609d72c3b2b2c6c0cfb3a120e42f0504ef45d158d674ea.csv`,
      columns: {
        id: 'Site Reference',
        name: 'SiteNameAddress',
        x: 'GeoY',
        y: 'GeoX',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: lonLat,
      join,
      source: source('Worcester City Council'),
    },
    {
      // Windows-1252 (one ’ in a note); GeoY comes before GeoX in the header but each is named right.
      id: 'bf-new-forest',
      kind: 'assets',
      title: 'New Forest brownfield land register',
      file: `${DIR}/45e645b8570f5dd8b7f8775e032047d98ff2b61de6ac4f14ebea3ef8c771acba.csv`,
      encoding: 'windows-1252',
      columns: {
        id: 'SiteReference',
        name: 'SiteNameAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: lonLat,
      join,
      source: source('New Forest District Council'),
    },
    {
      // Upper-case headers of its own; "British Coordinate Systems" means British National Grid.
      id: 'bf-rochdale',
      kind: 'assets',
      title: 'Rochdale brownfield land register',
      file: `${DIR}/5ed5da3ec0f3a94a214b1d119b5904625058f5834ca2c5afedaf66df2c19f4bb.csv`,
      columns: {
        id: 'LA SITE REF',
        name: 'NAME AND ADDRESS OF SITE',
        address: 'TOWNSHIP',
        x: 'GeoX',
        y: 'GeoY',
        size: 'AREA (HA)',
        owner: 'OWNERSHIP STATUS',
      },
      coordinates: bng,
      join,
      source: source('Rochdale Borough Council'),
    },
    {
      // GeoX/GeoY are British National Grid; the CoordinateReferenceSystem column holds
      // "lat, lon" text or a map link instead of a system name, and is not used.
      id: 'bf-west-devon',
      kind: 'assets',
      title: 'West Devon brownfield land register',
      file: `${DIR}/66012b17982030d63e3e2c1d2f54b916046488c074a39ccb9db9f036aaf120c8.csv`,
      columns: {
        id: 'SiteReference',
        name: 'SiteNameAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: bng,
      join,
      source: source('West Devon Borough Council'),
    },
    {
      // A stray first column ("Fields"), and both lon/lat (GeoX/GeoY) and EASTING/NORTHING.
      id: 'bf-lldc',
      kind: 'assets',
      title: 'London Legacy Development Corporation brownfield land register',
      file: `${DIR}/a6f17c3bc674d60391fc9a1ec361a45627435357916b3d707759bca130b8bc28.csv`,
      columns: {
        id: 'SiteReference',
        name: 'SiteNameAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: lonLat,
      join,
      source: source('London Legacy Development Corporation'),
    },
    {
      // The CRS column is headed "System Reference"; long notes broke into continuation rows
      // holding only a note (rejected: nothing identifies them), and some Hectares cells ran
      // into the ownership text ("0.39 Not owned by a public authority": kept without a size).
      id: 'bf-preston',
      kind: 'assets',
      title: 'Preston brownfield land register',
      file: `${DIR}/c0f874ac423d633e2fb43f9c547cdd2642338e96ec4e10d746987ac4a04d0df4.csv`,
      columns: {
        id: 'Site Reference',
        name: 'Site Name Address',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'Ownership Status',
      },
      coordinates: lonLat,
      join,
      maxRejectedShare: 0.25,
      source: source('Preston City Council'),
    },
    {
      id: 'bf-opdc',
      kind: 'assets',
      title: 'Old Oak and Park Royal Development Corporation brownfield land register',
      file: `${DIR}/cd5ea36ba52b11b51f6b9bab380710646daf8607bd210758168d8bdfbcf74504.csv`,
      columns: {
        id: 'SiteReference',
        name: 'SiteNameAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: lonLat,
      join,
      source: source('Old Oak and Park Royal Development Corporation'),
    },
    {
      // The first header is misspelt "ROrganisationURI". CoordinateReferenceSystem says WGS84
      // but GeoX/GeoY are British National Grid eastings and northings. Seven of the 13 rows
      // lost their trailing empty fields on export (20 or 21 of 29); they are read as empty.
      id: 'bf-tonbridge-malling',
      kind: 'assets',
      title: 'Tonbridge and Malling brownfield land register',
      file: `${DIR}/f19782aef6adaa956ae2e4c28f69bd042ece9d7f5d6a5490e1e71fc636e4e249.csv`,
      columns: {
        id: 'SiteReference',
        name: 'SiteNameAddress',
        x: 'GeoX',
        y: 'GeoY',
        size: 'Hectares',
        owner: 'OwnershipStatus',
      },
      coordinates: bng,
      join,
      source: source('Tonbridge and Malling Borough Council'),
    },
  ],
} satisfies AtlasConfigInput;
