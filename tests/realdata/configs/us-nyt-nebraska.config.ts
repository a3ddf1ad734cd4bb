// Real data: the NYT's cumulative COVID-19 cases per US county (../shared/data, 1,294,282 rows),
// joined by 5-digit FIPS to Nebraska's 93 counties cut from us-atlas's counties-10m.json
// (tests/fixtures/real/us-atlas-nebraska/), whose codes are the features' ids, not properties, with
// Census 2019 populations whose codes are built from two columns (tests/fixtures/real/census-nebraska-population/).
// Nebraska's series skip days and fall (revisions): the cumulative handling is checked on them.
// Every other state's rows are rejected as unknown codes, hence maxRejectedShare 1.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

export default {
  site: { title: 'Nebraska COVID-19 cases', council: 'Nebraska counties', locale: 'en-US', demo: false },
  areaLayers: {
    counties: {
      label: 'Counties',
      file: '../../fixtures/real/us-atlas-nebraska/counties-31.topo.json',
      layer: 'counties',
      codeProperty: '$id',
      nameProperty: 'name',
      // Census 2019 estimates: state and county codes in two unpadded columns, built into a FIPS code.
      population: {
        file: '../../fixtures/real/census-nebraska-population/co-est2019-nebraska.csv',
        codeColumn: {
          concat: [
            { column: 'state_fips', pad: 2 },
            { column: 'county_num', pad: 3 },
          ],
        },
        populationColumn: 'pop',
        year: 2019,
      },
      attribution: 'US Census Bureau cartographic boundaries, via us-atlas (ISC)',
    },
  },
  datasets: [
    {
      id: 'nyt-nebraska',
      kind: 'cases',
      title: 'COVID-19 cases by Nebraska county',
      file: '../../../../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv',
      dateFormat: 'iso',
      countType: 'cumulative',
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases' },
      join: { by: 'code', layer: 'counties' },
      maxRejectedShare: 1,
      metricLabel: 'Cases',
      source: {
        publisher: 'The New York Times',
        licence: 'NYT terms: non-commercial use',
        url: 'https://github.com/nytimes/covid-19-data',
      },
    },
  ],
} satisfies AtlasConfigInput;
