#!/usr/bin/env node
// Runs Astro's own CLI on Node 20. Astro 6.0.x declares Node ^20.19.1 support in
// its package.json, but its `bin` script refuses anything below 22.12; calling the
// CLI module directly keeps us on the supported Node of our machines.
//
// `build` on a site in several languages (`site.languages`) builds the site once per language,
// each in a process of its own with ATLAS_BUILD_LANGUAGE set (see astro.config.mjs): the default
// language first (its build empties the output folder), at the site root, with the one copy of
// the data; then each other language under its prefix. Then the sitemap (every page in every
// language, with its alternates) and the service worker (one for all languages, its build id a
// hash of every file) are written. A one-language site is built in one pass, as before.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Builds happen offline and privately: no usage telemetry.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const args = process.argv.slice(2);
const passes = args[0] === 'build' && !process.env.ATLAS_BUILD_LANGUAGE ? await languagePasses() : null;

if (passes === null) {
  const require = createRequire(import.meta.url);
  const astroRoot = dirname(require.resolve('astro/package.json'));
  const { cli } = await import(pathToFileURL(join(astroRoot, 'dist/cli/index.js')).href);
  await cli(process.argv);
} else {
  const { site, languages, siteDir } = passes;
  for (const l of languages) {
    console.log(`\nBuilding the ${l.language} pages at ${l.base} (${languages.indexOf(l) + 1} of ${languages.length})`);
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
      env: { ...process.env, ATLAS_BUILD_LANGUAGE: l.language },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  const { writeSitemap } = await import('../site/sitemap.mjs');
  const { writeServiceWorker } = await import('../site/offline-integration.mjs');
  writeSitemap(siteDir, { origin: site.url ?? null, basePath: site.basePath, log: console.log, languages });
  await writeServiceWorker(
    siteDir,
    languages.map((l) => (l.prefix === '' ? '' : `${l.prefix}/`)),
  );
  console.log(
    `Built ${languages.map((l) => l.language).join(' and ')} into ${siteDir}, sharing ${join(siteDir, 'data')}.`,
  );
}

/** The languages to build one by one, or null for a one-language site (one ordinary build). */
async function languagePasses() {
  const { dataDir, siteDir } = await import('../site/paths.mjs');
  const { siteLanguages } = await import('../site/site-languages.mjs');
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const { site } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const languages = siteLanguages(site);
  return languages.length > 1 ? { site, languages, siteDir } : null;
}
