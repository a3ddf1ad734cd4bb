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
      source: {
        publisher: 'DEFRA, Welsh Government, SEPA, DAERA',
        licence: 'Open Government Licence v3.0',
        attribution: ogl,
      },
    },
  ],
} satisfies AtlasConfigInput;
