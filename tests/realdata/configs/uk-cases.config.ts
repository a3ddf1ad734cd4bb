// Real data: daily COVID-19 cases by lower-tier local authority, 30 January 2020 to
// 13 December 2023 (UKHSA, OGL v3), joined by code to the ONS 2019 lower-tier areas
// (382 features; 381 have cases: the Isles of Scilly are counted with Cornwall in the
// source). Glasgow City and North Lanarkshire changed codes in 2018/2019: the file
// uses the new codes, the boundaries the old ones, hence the aliases.
// Used by the cases real-data tests, the e2e tests on the UK configuration and the
// page-weight benchmark; paths are relative to this file (../shared/data beside the repo).
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const shared = '../../../../shared/data';
const ogl = 'Contains public sector information licensed under the Open Government Licence v3.0.';

export default {
  site: { title: 'UK COVID-19 cases', council: 'UK lower-tier local authorities', locale: 'en-GB', demo: false },
  areaLayers: {
    ltla: {
      label: 'Local authorities',
      file: `${shared}/boundaries/uk_ons_boundaries_2014_2025.topo.json`,
      layer: 'ltla',
      codeProperty: 'areacd',
      nameProperty: 'areanm',
      vintage: { year: 2019 },
      population: {
        file: `${shared}/population/uk_population_mid2019_lad19.csv`,
        codeColumn: 'code',
        populationColumn: 'population',
        year: 2019,
      },
      aliases: { S12000049: 'S12000046', S12000050: 'S12000044' },
      attribution: 'Contains OS data © Crown copyright and database right',
    },
  },
  datasets: [
    {
      id: 'covid-19',
      kind: 'cases',
      title: 'COVID-19 cases',
      description:
        'People with at least one positive COVID-19 test, by specimen date and lower-tier local authority of residence.',
      file: `${shared}/disease/uk_ltla_covid19_cases_daily_2020-01-30_2023-12-13.csv`,
      encoding: 'utf-8',
      dateFormat: 'iso',
      // The population file has the new Scottish codes, which the layer does not: the
      // file's own population column fills in for those two areas.
      columns: { area: 'code', areaName: 'name', date: 'date', count: 'count', population: 'population' },
      join: { by: 'code', layer: 'ltla' },
      metricLabel: 'COVID-19 cases',
      // Specimen-date counts for the most recent days were still rising when published.
      reportingLagDays: 5,
      // The publisher did not suppress at this level; suppressing here exercises the rule on real data.
      suppressBelow: 3,
      // The UKHSA dashboard's fixed bands, with one more for the Omicron peaks.
      rateBands: [10, 50, 100, 200, 400, 800, 1600],
      source: {
        publisher: 'UK Health Security Agency',
        url: 'https://ukhsa-dashboard.data.gov.uk/',
        licence: 'Open Government Licence v3.0',
        licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
        attribution: ogl,
        notes:
          'Scotland reported until 1 October 2023 and Northern Ireland until 19 May 2022; Scottish and Northern Irish areas have no rows for October 2020. Days without a row are shown as no data, not zero.',
      },
    },
  ],
} satisfies AtlasConfigInput;
