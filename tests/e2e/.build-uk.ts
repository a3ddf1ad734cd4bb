import { sharedBuild } from '../realdata/shared-build.ts';
import { buildSite } from './harness/build-site.ts';
const t0 = Date.now();
const data = await sharedBuild('uk-assets.config.ts');
console.log('data', (Date.now() - t0) / 1000, data.dataDir);
const site = await buildSite({ config: 'tests/realdata/configs/uk-assets.config.ts', name: 'uk-assets', runId: 'search-manual', dataDir: data.dataDir });
console.log('site', (Date.now() - t0) / 1000, JSON.stringify(site));
