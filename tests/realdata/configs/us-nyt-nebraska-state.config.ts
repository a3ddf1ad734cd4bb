// Real data: the NYT's cumulative COVID-19 cases per US county (../shared/data, read in place), joined
// to Nebraska's 93 counties and rolled up to the state (both layers cut from us-atlas, see
// tests/fixtures/real/us-atlas-nebraska/). The file's "Unknown" county of each state (blank FIPS) is a
// row of no area whose `state` column names its parent: Nebraska's goes into the state's figures,
// the other states' are warned of as no area of the state layer. Other states' counties are rejected
// as unknown codes, hence maxRejectedShare 1. Used by tests/realdata/us-nyt-nebraska-state.test.ts.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const topology = '../../fixtures/real/us-atlas-nebraska/counties-31.topo.json';
const attribution = 'US Census Bureau cartographic boundaries, via us-atlas (ISC)';

export default {
  site: { title: 'Nebraska COVID-19 cases', council: 'Nebraska', locale: 'en-US', demo: false },
  areaLayers: {
    counties: {
      label: 'Counties',
      file: topology,
      layer: 'counties',
      codeProperty: '$id',
      nameProperty: 'name',
      attribution,
    },
    states: {
      label: 'States',
      file: topology,
      layer: 'states',
      codeProperty: '$id',
      nameProperty: 'name',
      attribution,
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
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases', parent: 'state' },
      join: { by: 'code', layer: 'counties' },
      unplacedValues: ['Unknown'],
      rollUp: [{ layer: 'states', via: 'within' }],
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
