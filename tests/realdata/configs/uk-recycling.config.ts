// Real data: household waste recycling rates by council, 2015–2025 (DEFRA and the devolved
// administrations, OGL v3), joined by code to every ONS lower-tier area that existed
// between 2014 and 2025 (no vintage filter: the file spans several boundary changes).
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const shared = '../../../../shared/data';
const ogl = 'Contains public sector information licensed under the Open Government Licence v3.0.';

export default {
  site: { title: 'UK recycling rates', council: 'UK local authorities', locale: 'en-GB' },
  areaLayers: {
    ltla: {
      label: 'Local authorities (2014–2025)',
      file: `${shared}/boundaries/uk_ons_boundaries_2014_2025.topo.json`,
      layer: 'ltla',
      codeProperty: 'areacd',
      nameProperty: 'areanm',
      // Glasgow City and North Lanarkshire's 2019 codes; the boundary file keeps the old ones.
      aliases: { S12000049: 'S12000046', S12000050: 'S12000044' },
      // Mid-2019 estimates on 2019 codes, for population-weighted benchmarks; areas created
      // later (e.g. North and West Northamptonshire, 2021) have none, so those years use the plain mean.
      population: {
        file: `${shared}/population/uk_population_mid2019_lad19.csv`,
        codeColumn: 'code',
        populationColumn: 'population',
        year: 2019,
      },
      attribution: 'Contains OS data © Crown copyright and database right',
    },
  },
  datasets: [
    {
      id: 'recycling',
      kind: 'indicator',
      title: 'Household waste reused, recycled or composted',
      file: `${shared}/other/uk_household_waste_recycling_rate_by_la_2015_2025.csv`,
      encoding: 'utf-8',
      columns: { area: 'area_code', areaName: 'area_name', period: 'period', value: 'value', indicator: 'indicator' },
      join: { by: 'code', layer: 'ltla' },
      unit: '%',
      higherIs: 'good',
      // England's own figure is not in the file: the benchmark is the mean of the English councils
      // (GSS codes starting "E"); Welsh, Scottish and Northern Irish councils have no benchmark here.
      benchmark: 'E92000001',
      benchmarkName: 'England',
      benchmarkAreas: '^E',
      indicators: {
        'Waste Reused/Recycled/Composted': { label: 'Household waste reused, recycled or composted' },
        Recycling: { label: 'Household waste recycled (Scotland, calendar years)' },
      },
      source: {
        publisher: 'DEFRA, Welsh Government, SEPA, DAERA',
        licence: 'Open Government Licence v3.0',
        attribution: ogl,
      },
    },
  ],
} satisfies AtlasConfigInput;
