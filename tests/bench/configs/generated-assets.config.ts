// Benchmark input: a generated, fictional land and buildings register (see generate-assets.ts);
// path from ATLAS_BENCH_FILE. Measures the site search index of a large estate.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

export default {
  site: { title: 'Generated estate', council: 'Benchmark', demo: true },
  datasets: [
    {
      id: 'generated-estate',
      kind: 'assets',
      title: 'Generated land and buildings',
      file: process.env['ATLAS_BENCH_FILE'] ?? 'missing.csv',
      encoding: 'utf-8',
      columns: {
        id: 'Reference',
        uprn: 'UPRN',
        name: 'Name',
        address: ['Address', 'Town'],
        postcode: 'Postcode',
        status: 'Status',
      },
      statusMap: { Vacant: 'vacant', 'Under-used': 'under-used', Occupied: 'occupied' },
      join: { by: 'none' },
      source: { publisher: 'Civic Atlas benchmark (generated)', licence: 'CC0 1.0' },
    },
  ],
} satisfies AtlasConfigInput;
