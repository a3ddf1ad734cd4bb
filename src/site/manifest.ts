/**
 * Build-time access to the pipeline's output for pages: the manifest, any data
 * file it names, and the URL that file is served at. Runs in Node (Astro
 * frontmatter); browser code gets URLs from the page, never this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, DatasetEntry } from '../lib/manifest.ts';
import { siteSections as sectionsOf, type DatasetKind, type SiteSection } from '../lib/dataset-kinds.ts';
import { dataDir } from './paths.mjs';
import { buildLanguage } from './site-languages.mjs';
import { translateConfigText } from '../lib/i18n/config-text.ts';
import { translatorFor } from '../lib/i18n/catalogues.ts';
import { rollUpWords } from '../lib/cases/roll-up-words.ts';

let cached: Manifest | undefined;

/**
 * The manifest written by `npm run data`, in the language being built: on a site of several
 * languages, `site.locale` is the page's language and the config's texts are in it where the
 * config translates them (see src/lib/i18n/config-text.ts), and a roll-up's title and description
 * are phrased in it (see src/lib/cases/roll-up-words.ts).
 */
export function loadManifest(): Manifest {
  if (cached) return cached;
  const path = join(dataDir, 'manifest.json');
  if (!existsSync(path))
    throw new Error(`${path} not found: run \`npm run data\` first (\`npm run build\` does both).`);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const { language } = buildLanguage(raw.site);
  const translated = translateConfigText(raw, language, raw.site.locale, raw.site.translations ?? {});
  const site = { ...translated.site, locale: language };
  if (raw.site.translations !== undefined) site.translations = raw.site.translations;
  const t = translatorFor(language);
  const datasets = translated.datasets.map((d) =>
    d.rollUp === undefined ? d : { ...d, ...rollUpWords(d, translated.datasets, translated.layers, t) },
  );
  cached = { ...translated, datasets, site };
  return cached;
}

const fileCache = new Map<string, unknown>();

/** Parsed JSON of a data file, by its path relative to the data root (cached per build). */
export function readData<T>(relPath: string): T {
  let v = fileCache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(dataDir, relPath), 'utf8'));
    fileCache.set(relPath, v);
  }
  return v as T;
}

/** Text of a data file (CSV), by its path relative to the data root. */
export function readDataText(relPath: string): string {
  return readFileSync(join(dataDir, relPath), 'utf8');
}

/**
 * Public URL of a data file, honouring the configured base path. Every language of a site
 * reads the one copy of the data at the site root.
 */
export function dataUrl(relPath: string): string {
  return `${loadManifest().site.basePath}data/${relPath}`;
}

/** URL of a page path (without leading slash), honouring the base path. */
export function pageUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** Datasets of one kind, in config order. */
export function datasetsOfKind<K extends DatasetEntry['kind']>(kind: K): Extract<DatasetEntry, { kind: K }>[] {
  return loadManifest().datasets.filter((d): d is Extract<DatasetEntry, { kind: K }> => d.kind === kind);
}

/** The sections this site has: kinds with pages of their own and at least one dataset. */
export function siteSections(): SiteSection[] {
  return sectionsOf(loadManifest().datasets);
}

/**
 * `getStaticPaths` of a section's fixed pages (named `[...section].astro`): the
 * one page when the site has a dataset of `kind`, nothing when it has none, so a
 * site without land and buildings has no empty land pages.
 */
export function sectionPaths(kind: DatasetKind): { params: { section: undefined } }[] {
  return loadManifest().datasets.some((d) => d.kind === kind) ? [{ params: { section: undefined } }] : [];
}
