/**
 * Loads the council's config file (TypeScript or JSON), validates it against the
 * schema (which also holds the rules between keys: unique ids, layers that
 * exist, coordinate columns in pairs) and checks what needs the file system:
 * that the files it names exist. Errors name the key, the problem and the fix.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import {
  configSchema,
  type AtlasConfig,
  type CasesDatasetConfig,
  type DatasetConfig,
  type Encoding,
  type RollUpConfig,
} from './schema.ts';
import { closestKey, keysAt } from './config-keys.ts';
import { importConfigModule } from './import-config-module.ts';
import { resolveConfigText } from './config-text.ts';
import { withDefaultTexts } from './default-texts.ts';
import type { ConfigTranslations } from '../../lib/i18n/config-text.ts';

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
  /** The config's texts in its other languages, by default-language text (`site.languages`). */
  translations: ConfigTranslations;
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
  const baseDir = dirname(path);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue, raw))),
    ...missingFiles(raw, baseDir),
  ];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(shown, problems);
  const { site } = parsed.data;
  const text = resolveConfigText(withDefaultTexts(parsed.data), site.languages ?? [site.locale]);
  if (text.problems.length > 0) throw new ConfigError(shown, text.problems);
  return { config: relativeFiles(text.config, baseDir), path, baseDir, translations: text.translations };
}

/**
 * The config with every input file path relative to its folder: file names reach the public pages
 * (the data quality section, the rejected-rows CSV, warnings, the manifest), and an absolute path
 * (`/home/someone/council/data/cases.csv`) would publish the folders of the machine that built
 * the site. Paths are still resolved against `baseDir`, so reading is unchanged.
 */
function relativeFiles<T>(config: T, baseDir: string): T {
  const shown = (p: string): string => (isAbsolute(p) ? relative(baseDir, p).split(sep).join('/') || p : p);
  const walk = (v: unknown, key: string | null): unknown => {
    if (key === 'file' || key === 'path') {
      if (typeof v === 'string') return shown(v);
      if (Array.isArray(v)) return v.map((item) => walk(item, 'file'));
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, null));
    if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return v;
    const inFile = key === 'file';
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, walk(x, inFile && k === 'path' ? 'path' : k === 'file' ? 'file' : null)]),
    );
  };
  return walk(config, null) as T;
}

async function readRaw(path: string): Promise<unknown> {
  if (extname(path) === '.json') return JSON.parse(readFileSync(path, 'utf8'));
  const mod = await importConfigModule(path);
  if (mod.default === undefined) {
    throw new ConfigError(path, ['the module has no default export. Write `export default { site: …, datasets: … }`.']);
  }
  return mod.default;
}

/**
 * Formats a zod issue as "key.path: problem". With the raw config, a dataset's
 * path names its id too (`datasets[2] (bus-stops).title`), so the reader need
 * not count list items.
 */
export function describeIssue(issue: z.core.$ZodIssue, raw?: unknown): string {
  const key = issuePath(issue.path, raw);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = unknownKeys(issue.keys, issue.path, raw);
  } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    message = `"${issue.discriminator}" must be one of the documented values (see data/CONFIG.md)`;
  } else if (issue.code === 'invalid_union' && raw !== undefined && valueAt(raw, issue.path) === undefined) {
    message = `is required (${acceptedForms(issue)})`;
  } else if (issue.code === 'invalid_union') {
    message = `is not one of the accepted forms: ${acceptedForms(issue)} (see data/CONFIG.md)`;
  } else if (issue.code === 'invalid_type' && message.includes('received undefined')) {
    message = `is required (${message.replace('Invalid input: ', '')})`;
  }
  return `${key || '(top level)'}: ${message}`;
}

const COLUMN_FORMS =
  'a header name ("Site Ref"), a list of alternatives (["Site Ref", "SiteRef"]), ' +
  '{ column: "Site Ref", required: false, pad: 5 }, or { concat: [{ column: "STATE", pad: 2 }, { column: "COUNTY", pad: 3 }], separator: "" }';
const TEXT_FORMS =
  'a text ("Recycling"), or one text per language of site.languages ({ cy: "Ailgylchu", "en-GB": "Recycling" })';
const FILE_FORMS =
  'a path ("cases.csv"), or a list of paths and { path, encoding, delimiter } items (["a.csv", { path: "b.csv", encoding: "windows-1252" }])';

/** The forms a key with several accepted shapes takes, for a value that matches none. */
function acceptedForms(issue: z.core.$ZodIssue): string {
  const keys = issue.path.filter((p): p is string => typeof p === 'string');
  const key = keys.at(-1) ?? '';
  if (keys.includes('columns') || key === 'codeColumn' || key === 'populationColumn') return COLUMN_FORMS;
  if (key === 'file' && keys.length <= 2) return FILE_FORMS;
  const expected = new Set<string>();
  const branches = 'errors' in issue ? (issue.errors as z.core.$ZodIssue[][]) : [];
  const types = branches.map((b) => (b[0]?.code === 'invalid_type' ? b[0].expected : null));
  if (types.length === 2 && types.includes('string') && types.includes('record')) return TEXT_FORMS;
  for (const branch of 'errors' in issue ? (issue.errors as z.core.$ZodIssue[][]) : []) {
    const first = branch[0];
    if (first?.code === 'invalid_type') expected.add(first.expected);
  }
  return expected.size > 0 ? [...expected].join(', ') : 'see the key in data/CONFIG.md';
}

// Names each unknown key with the allowed key it most likely meant, then lists the allowed keys.
function unknownKeys(keys: readonly string[], path: readonly PropertyKey[], raw: unknown): string {
  const allowed = raw === undefined ? undefined : keysAt(configSchema, path, raw);
  const named = keys.map((k) => {
    const near = closestKey(k, allowed ?? []);
    return near === undefined ? `"${k}"` : `"${k}" (did you mean "${near}"?)`;
  });
  const head = `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')}`;
  return allowed === undefined
    ? `${head}: check the spelling against data/CONFIG.md`
    : `${head}. Keys allowed here: ${allowed.join(', ')} (data/CONFIG.md describes each).`;
}

// The raw config's value at a zod issue's path (undefined where nothing is written).
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function issuePath(path: readonly PropertyKey[], raw: unknown): string {
  const key = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  const [top, index] = path;
  if (top !== 'datasets' || typeof index !== 'number') return key;
  const datasets = (raw as { datasets?: unknown } | null)?.datasets;
  const id = Array.isArray(datasets) ? (datasets[index] as { id?: unknown } | null)?.id : undefined;
  if (typeof id !== 'string' || id === '') return key;
  const head = `datasets[${index}]`;
  return `${head} (${id})${key.slice(head.length)}`;
}

// Read from the raw config so that missing files are reported with the schema's problems, not after them.
function missingFiles(raw: unknown, baseDir: string): string[] {
  const problems: string[] = [];
  const problemOf = (f: unknown): string | null =>
    typeof f === 'string' && f !== '' ? inputFileProblem(baseDir, f) : null;
  const { datasets, areaLayers } = (raw ?? {}) as { datasets?: unknown; areaLayers?: unknown };
  for (const [i, d] of (Array.isArray(datasets) ? datasets : []).entries()) {
    const { id, file } = (d ?? {}) as { id?: unknown; file?: unknown };
    const at = typeof id === 'string' ? `datasets[${i}] (${id})` : `datasets[${i}]`;
    for (const item of Array.isArray(file) ? file : [file]) {
      const f: unknown = typeof item === 'object' && item !== null ? (item as { path?: unknown }).path : item;
      const problem = problemOf(f);
      if (problem !== null) problems.push(`${at}.file: ${String(f)} ${problem}.`);
    }
    const { rollUp } = (d ?? {}) as { rollUp?: unknown };
    for (const [j, r] of (Array.isArray(rollUp) ? rollUp : []).entries()) {
      const lookup = (r as { via?: { file?: unknown } } | null)?.via?.file;
      if (problemOf(lookup) !== null)
        problems.push(`${at}.rollUp[${j}].via.file: ${lookup} not found (paths are relative to ${baseDir}).`);
    }
  }
  const layers = typeof areaLayers === 'object' && areaLayers !== null ? Object.entries(areaLayers) : [];
  for (const [id, layer] of layers) {
    const { file, population } = (layer ?? {}) as { file?: unknown; population?: { file?: unknown } };
    const fileProblem = problemOf(file);
    if (fileProblem !== null) problems.push(`areaLayers.${id}.file: ${String(file)} ${fileProblem}.`);
    const populationProblem = problemOf(population?.file);
    if (populationProblem !== null) {
      problems.push(`areaLayers.${id}.population.file: ${String(population?.file)} ${populationProblem}.`);
    }
  }
  return problems;
}

/** Id of a rolled-up dataset: its own `id`, or `<dataset id>-<layer>`. */
export function rollUpId(d: CasesDatasetConfig, r: RollUpConfig): string {
  return r.id ?? `${d.id}-${r.layer}`;
}

/** Why `file` (relative to `baseDir`) cannot be read as an input, or null when it is a regular file. */
function inputFileProblem(baseDir: string, file: string): string | null {
  const path = resolve(baseDir, file);
  if (!existsSync(path)) return `not found (paths are relative to ${baseDir})`;
  const st = statSync(path);
  if (st.isDirectory()) return 'is a folder, not a file: name the file inside it';
  // A device or pipe (e.g. /dev/zero) would be read forever.
  if (!st.isFile()) return 'is not a regular file (a device, pipe or socket): name a file saved on disk';
  return null;
}

/** The input files of a dataset, as configured. */
export function datasetFiles(d: DatasetConfig): string[] {
  return datasetInputs(d).map((f) => f.path);
}

/** One input file of a dataset with the encoding and delimiter it is read with. */
export interface DatasetInput {
  path: string;
  encoding: Encoding;
  delimiter: DatasetConfig['delimiter'];
  /** Columns the file lacks, with the value every row of it has (`{ path, values }`). */
  values: Readonly<Record<string, string>>;
}

/** The input files of a dataset, as configured; a file without its own encoding or delimiter takes the dataset's. */
export function datasetInputs(d: DatasetConfig): DatasetInput[] {
  const list = Array.isArray(d.file) ? d.file : [d.file];
  return list.map((f) =>
    typeof f === 'string'
      ? { path: f, encoding: d.encoding, delimiter: d.delimiter, values: {} }
      : {
          path: f.path,
          encoding: f.encoding ?? d.encoding,
          delimiter: f.delimiter ?? d.delimiter,
          values: f.values ?? {},
        },
  );
}
