/**
 * `npm run docs:config`: rewrites the reference tables in data/CONFIG.md from the
 * config schema, leaving the prose between them as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { applyConfigReference, configReferenceTables } from './config-reference.ts';

/** data/CONFIG.md of this repository. */
export const CONFIG_REFERENCE_PATH = resolve(import.meta.dirname, '../../../data/CONFIG.md');

/** The file's text with its tables regenerated. */
export function regeneratedConfigReference(path = CONFIG_REFERENCE_PATH): string {
  return applyConfigReference(readFileSync(path, 'utf8'), configReferenceTables());
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const before = readFileSync(CONFIG_REFERENCE_PATH, 'utf8');
  const after = regeneratedConfigReference();
  const shown = relative(process.cwd(), CONFIG_REFERENCE_PATH);
  if (after === before) {
    console.log(`${shown} is up to date with the schema.`);
  } else {
    writeFileSync(CONFIG_REFERENCE_PATH, after);
    console.log(`${shown}: reference tables rewritten from src/pipeline/config/schema.ts.`);
  }
}
