import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { atlasData } from './src/site/data-integration.mjs';
import { dataDir, siteDir } from './src/site/paths.mjs';

// The base path comes from the council's config, via the manifest the data step wrote.
const manifestPath = join(dataDir, 'manifest.json');
if (!existsSync(manifestPath)) {
  throw new Error(`${manifestPath} not found: run \`npm run data\` first (\`npm run build\` does both).`);
}
const { site } = JSON.parse(readFileSync(manifestPath, 'utf8'));

export default defineConfig({
  output: 'static',
  base: site.basePath,
  outDir: siteDir,
  trailingSlash: 'always',
  // No telemetry, no prefetch of other hosts: the site makes no third-party request.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'auto' },
  integrations: [atlasData({ dataDir })],
});
