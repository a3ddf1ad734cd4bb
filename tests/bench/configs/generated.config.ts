// Benchmark input: a generated daily-cases file (see generate-cases.ts); path from ATLAS_BENCH_FILE.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

export default {
  site: { title: 'Generated benchmark', council: 'Benchmark' },
  datasets: [
    {
      id: 'generated',
      kind: 'cases',
      title: 'Generated daily cases',
      file: process.env['ATLAS_BENCH_FILE'] ?? 'missing.csv',
      encoding: 'utf-8',
      delimiter: ',',
      dateFormat: 'iso',
      columns: { area: 'area_code', date: 'date', count: 'cases', metric: 'disease' },
      join: { by: 'none' },
      source: { publisher: 'Civic Atlas benchmark (generated)', licence: 'CC0 1.0' },
    },
  ],
} satisfies AtlasConfigInput;
