// Benchmark input: 35,000 generated small-area polygons (LSOA-like) with one indicator value
// each (tests/bench/generate-national.ts), read from ATLAS_BENCH_DIR (default .atlas/bench/national).
import { resolve } from 'node:path';
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const dir = resolve(import.meta.dirname, '../../..', process.env['ATLAS_BENCH_DIR'] ?? '.atlas/bench/national');

export default {
  site: { title: 'Small areas benchmark (generated)', council: 'Generated country', demo: true },
  areaLayers: {
    small: { label: 'Small areas', file: `${dir}/small-areas.geojson`, codeProperty: 'code', nameProperty: 'name' },
  },
  datasets: [
    {
      id: 'small-values',
      kind: 'indicator',
      title: 'Generated small-area indicator',
      file: `${dir}/small-area-values.csv`,
      encoding: 'utf-8',
      columns: { area: 'area_code', period: 'period', value: 'value' },
      join: { by: 'code', layer: 'small' },
      unit: '%',
      higherIs: 'good',
      source: { publisher: 'Civic Atlas benchmark (generated)', licence: 'CC0 1.0' },
    },
  ],
} satisfies AtlasConfigInput;
