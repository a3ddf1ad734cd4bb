// Benchmark input: 100,000 generated asset points over the 3,000 generated areas
// (tests/bench/generate-national.ts), read from ATLAS_BENCH_DIR (default .atlas/bench/national).
// ATLAS_BENCH_ASSET_PAGES sets `assetPages`: "all" (default), "none", or category ids joined by commas.
import { resolve } from 'node:path';
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';

const dir = resolve(import.meta.dirname, '../../..', process.env['ATLAS_BENCH_DIR'] ?? '.atlas/bench/national');
const pages = process.env['ATLAS_BENCH_ASSET_PAGES'] ?? 'all';
const assetPages = pages === 'all' || pages === 'none' ? pages : { categories: pages.split(',') };

export default {
  site: { title: 'National assets benchmark (generated)', council: 'Generated country', demo: true },
  areaLayers: {
    areas: { label: 'Areas', file: `${dir}/areas.geojson`, codeProperty: 'code', nameProperty: 'name' },
  },
  datasets: [
    {
      id: 'assets',
      kind: 'assets',
      title: 'Generated land and buildings',
      file: `${dir}/assets.csv`,
      encoding: 'utf-8',
      columns: {
        id: 'asset_ref',
        address: 'address',
        x: 'longitude',
        y: 'latitude',
        holdingType: 'holding_type',
        tenure: 'tenure',
        status: 'occupancy',
        size: 'site_area_ha',
      },
      sizeUnit: 'ha',
      statusMap: { Occupied: 'occupied', Vacant: 'vacant', 'Under-used': 'under-used', Unknown: 'unknown' },
      defaultOwner: 'Generated council',
      join: { by: 'point', layer: 'areas' },
      assetPages,
      source: { publisher: 'Civic Atlas benchmark (generated)', licence: 'CC0 1.0' },
    },
  ],
} satisfies AtlasConfigInput;
