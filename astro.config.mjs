import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { atlasCsp } from './src/site/csp-integration.mjs';
import { atlasData } from './src/site/data-integration.mjs';
import { atlasOffline } from './src/site/offline-integration.mjs';
import { atlasSitemap } from './src/site/sitemap-integration.mjs';
import { dataDir, siteDir } from './src/site/paths.mjs';
import { buildLanguage, siteLanguages } from './src/site/site-languages.mjs';

// The base path comes from the council's config, via the manifest the data step wrote.
// Without a manifest (type checking a fresh clone) the root path serves; pages that
// need data say to run `npm run data` when they are built.
const manifestPath = join(dataDir, 'manifest.json');
const site = existsSync(manifestPath)
  ? JSON.parse(readFileSync(manifestPath, 'utf8')).site
  : { basePath: '/', locale: 'en-GB' };
const basePath = site.basePath;
// The only other origin a page may reach: the map tiles, when the config asks for them.
const tileOrigin = site.tiles ? new URL(site.tiles.url.replace(/[{}]/g, '')).origin : null;
// A site in several languages (`site.languages`) is built once per language by src/tools/astro.mjs:
// the default at the site root, each other under `<basePath><prefix>/`, all reading the one copy
// of the data at the root. The sitemap and the service worker cover every language, so the
// runner writes them once the last language is built.
const several = siteLanguages(site).length > 1;
const pass = buildLanguage(site);

export default defineConfig({
  output: 'static',
  base: pass.base,
  outDir: pass.prefix === '' ? siteDir : join(siteDir, pass.prefix),
  trailingSlash: 'always',
  // No telemetry, no prefetch of other hosts: the site makes no third-party request.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'auto' },
  // The site root, where the data and the service worker are, whatever language a page is in.
  vite: { define: { 'import.meta.env.ATLAS_SITE_ROOT': JSON.stringify(basePath) } },
  // In this order: data copied in, then each page's policy, the sitemap, then the service worker (its build id hashes them).
  integrations: [
    atlasData({ dataDir, root: basePath, copy: pass.prefix === '' }),
    atlasCsp({ tileOrigin }),
    ...(several ? [] : [atlasSitemap({ origin: site.url ?? null, basePath }), atlasOffline()]),
  ],
});
