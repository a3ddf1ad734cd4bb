// Real data: the New York Times' cumulative COVID-19 cases per US county (../shared/data,
// read in place), joined by FIPS code without boundaries. 11,811 rows have a blank FIPS
// ("New York City", "Kansas City", "Unknown" per state…): they must be rejected under
// the name the file gives them. Falls in the cumulative counts are rejected too (about 5 % of
// rows), so the rejection threshold is raised. Used by tests/realdata/us-counties.test.ts.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

export default {
  site: { title: 'US counties (real data test)', council: 'The New York Times', locale: 'en-US' },
  datasets: [
    {
      id: 'us-counties',
      kind: 'cases',
      title: 'COVID-19 cases by US county',
      file: '../../../../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv',
      encoding: 'utf-8',
      dateFormat: 'iso',
      countType: 'cumulative',
      maxRejectedShare: 0.1,
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases' },
      join: { by: 'code' },
      source: { publisher: 'The New York Times', licence: 'NYT terms: non-commercial use' },
    },
  ],
} satisfies AtlasConfigInput;
