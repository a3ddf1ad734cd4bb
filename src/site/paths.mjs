// Where the pipeline writes and the site reads. Environment variables let tests
// and councils build several configurations side by side without touching files.
import { resolve } from 'node:path';

/** Folder the pipeline writes its JSON into (served as `<base>data/`). */
export const dataDir = resolve(process.env.ATLAS_DATA_DIR ?? '.atlas/data');
/** Folder the static site is written to. */
export const siteDir = resolve(process.env.ATLAS_SITE_DIR ?? 'dist');
/** The config file the pipeline reads. */
export const configPath = resolve(process.env.ATLAS_CONFIG ?? 'data/atlas.config.ts');
