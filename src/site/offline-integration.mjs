// Writes the service worker into the built site: src/client/offline/service-worker.ts
// bundled as one classic script at `<base>sw.js`, carrying this build's id (a hash of
// every other file of the build, so any change to the site is a new release and kept
// pages are fetched afresh). Runs after the content security policy is added, since
// that changes the pages.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../client/offline/service-worker.ts', import.meta.url));
const SW_FILE = 'sw.js';

/**
 * The build id: SHA-256 of every file's path and bytes below `dir` (the service worker
 * itself left out), in sorted order, so the same site gives the same id.
 * @param {string} dir
 */
export function buildId(dir) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  const hash = createHash('sha256');
  for (const f of files.filter((f) => f !== SW_FILE).sort()) {
    hash.update(`${f}\0`);
    hash.update(readFileSync(join(dir, f)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The service worker's code for a build: `languages` are the path segments of the site's
 * languages below its root (`['']` for a one-language site, `['', 'en/']` for two).
 * @param {string} id
 * @param {readonly string[]} [languages]
 */
export async function serviceWorkerCode(id, languages = ['']) {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __ATLAS_BUILD__: JSON.stringify(id), __ATLAS_LANGUAGES__: JSON.stringify(languages) },
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`bundling ${ENTRY} gave no output`);
  return file.text;
}

/**
 * Writes `sw.js` into the built site `siteDir`, once every file of it (every language) is there.
 * @param {string} siteDir
 * @param {readonly string[]} [languages] as for `serviceWorkerCode`
 */
export async function writeServiceWorker(siteDir, languages = ['']) {
  writeFileSync(join(siteDir, SW_FILE), await serviceWorkerCode(buildId(siteDir), languages));
}

export function atlasOffline() {
  return {
    name: 'civic-atlas-offline',
    hooks: {
      'astro:build:done': async (/** @type {{ dir: URL }} */ { dir }) => {
        await writeServiceWorker(fileURLToPath(dir));
      },
    },
  };
}
