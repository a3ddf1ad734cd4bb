/**
 * Loads the council's config file (TypeScript or JSON), validates it against the
 * schema and checks what the schema alone cannot (ids unique, layers named by
 * datasets exist, files exist). Errors name the key, the problem and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { configSchema, type AtlasConfig, type DatasetConfig } from './schema.ts';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export interface LoadedConfig {
  config: AtlasConfig;
  /** Absolute path of the config file. */
  path: string;
  /** Folder the config is in; every path in it is relative to this. */
  baseDir: string;
}

/** Reads, validates and cross-checks a config file. Throws `ConfigError` listing every problem. */
export async function loadConfig(configPath: string): Promise<LoadedConfig> {
  const path = resolve(configPath);
  if (!existsSync(path)) {
    throw new ConfigError(configPath, [`the file does not exist. Create it (see data/CONFIG.md) or set ATLAS_CONFIG.`]);
  }
  const raw = await readRaw(path);
  const parsed = configSchema.safeParse(raw);
  const shown = relative(process.cwd(), path) || path;
  if (!parsed.success) throw new ConfigError(shown, parsed.error.issues.map(describeIssue));
  const baseDir = dirname(path);
  const problems = crossCheck(parsed.data, baseDir);
  if (problems.length > 0) throw new ConfigError(shown, problems);
  return { config: parsed.data, path, baseDir };
}

async function readRaw(path: string): Promise<unknown> {
  if (extname(path) === '.json') return JSON.parse(readFileSync(path, 'utf8'));
  const mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  if (mod.default === undefined) {
    throw new ConfigError(path, ['the module has no default export. Write `export default { site: …, datasets: … }`.']);
  }
  return mod.default;
}

/** Formats a zod issue as "key.path: problem". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against data/CONFIG.md`;
  } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    message = `"${issue.discriminator}" must be one of the documented values (see data/CONFIG.md)`;
  } else if (issue.code === 'invalid_type' && message.includes('received undefined')) {
    message = `is required (${message.replace('Invalid input: ', '')})`;
  }
  return `${key || '(top level)'}: ${message}`;
}

function crossCheck(config: AtlasConfig, baseDir: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, d] of config.datasets.entries()) {
    const at = `datasets[${i}] (${d.id})`;
    if (ids.has(d.id)) problems.push(`${at}.id: "${d.id}" is used twice; dataset ids must be unique.`);
    ids.add(d.id);
    for (const f of datasetFiles(d)) {
      if (!existsSync(resolve(baseDir, f)))
        problems.push(`${at}.file: ${f} not found (paths are relative to ${baseDir}).`);
    }
    if (d.join.by !== 'none' && d.join.layer !== undefined && !(d.join.layer in config.areaLayers)) {
      const known = Object.keys(config.areaLayers);
      problems.push(
        `${at}.join.layer: no area layer "${d.join.layer}". ${known.length ? `Known layers: ${known.join(', ')}.` : 'Add it under areaLayers.'}`,
      );
    }
    if (d.kind === 'assets' && d.join.by === 'point' && (d.columns.x === undefined || d.columns.y === undefined)) {
      problems.push(`${at}.columns: join.by "point" needs columns.x and columns.y (the coordinate columns).`);
    }
    if (d.kind === 'cases' && d.rateBands.some((b, j) => j > 0 && b <= (d.rateBands[j - 1] ?? -Infinity))) {
      problems.push(`${at}.rateBands: bands must be strictly ascending, e.g. [10, 50, 100, 200].`);
    }
  }
  for (const [id, layer] of Object.entries(config.areaLayers)) {
    if (!existsSync(resolve(baseDir, layer.file))) problems.push(`areaLayers.${id}.file: ${layer.file} not found.`);
    if (layer.population && !existsSync(resolve(baseDir, layer.population.file))) {
      problems.push(`areaLayers.${id}.population.file: ${layer.population.file} not found.`);
    }
  }
  return problems;
}

/** The input files of a dataset, as configured. */
export function datasetFiles(d: DatasetConfig): string[] {
  return Array.isArray(d.file) ? d.file : [d.file];
}
