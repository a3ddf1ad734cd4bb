// Benchmark input: 3,000 generated areas in 25 regions with 120 days of counts
// (tests/bench/generate-national.ts), read from ATLAS_BENCH_DIR (default .atlas/bench/national).
import { resolve } from 'node:path';
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const dir = resolve(import.meta.dirname, '../../..', process.env['ATLAS_BENCH_DIR'] ?? '.atlas/bench/national');

export default {
  site: { title: 'National benchmark (generated)', council: 'Generated country', demo: true },
  areaLayers: {
    areas: {
      label: 'Areas',
      file: `${dir}/areas.geojson`,
      codeProperty: 'code',
      nameProperty: 'name',
      parentProperty: 'parent',
      population: { file: `${dir}/population.csv`, codeColumn: 'area_code', populationColumn: 'population' },
      attribution: 'Generated boundaries (fictional)',
    },
    regions: { label: 'Regions', file: `${dir}/regions.geojson`, codeProperty: 'code', nameProperty: 'name' },
  },
  datasets: [
    {
      id: 'national',
      kind: 'cases',
      title: 'Generated daily cases',
      file: `${dir}/cases.csv`,
      encoding: 'utf-8',
      delimiter: ',',
      dateFormat: 'iso',
      columns: { area: 'area_code', date: 'date', count: 'cases' },
      join: { by: 'code', layer: 'areas' },
      metricLabel: 'Generated infection',
      source: { publisher: 'Civic Atlas benchmark (generated)', licence: 'CC0 1.0' },
    },
  ],
} satisfies AtlasConfigInput;
