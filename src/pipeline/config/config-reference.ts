/**
 * The reference tables of `data/CONFIG.md`, generated from the config schema:
 * one row per key (nested keys dotted, list items as `[]`, map values as `*`),
 * its type and default from the zod types, its meaning from the key's
 * `.meta({ description, example })`. Each table sits between marker comments,
 * `<!-- config-reference: site -->` … `<!-- /config-reference -->`, so the prose
 * around them is written by hand. `write-config-reference.ts` writes the file;
 * a unit test fails when it differs from what this module produces.
 */
import { z } from 'zod';
import { areaLayerSchema, configSchema, siteSchema } from './schema.ts';
import { PIPELINE_KINDS } from '../datasets/dataset-kinds.ts';

/** One documented key. */
export interface ReferenceRow {
  key: string;
  type: string;
  meaning: string;
}

/** The parts of JSON Schema that zod writes for this schema, plus our `typeLabel` meta. */
interface JsonNode {
  type?: string;
  typeLabel?: string;
  description?: string;
  example?: unknown;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonNode;
  prefixItems?: JsonNode[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  additionalProperties?: JsonNode | boolean;
}

const START = /<!-- config-reference: (\S+) -->/g;
const END = '<!-- /config-reference -->';
// zod writes these bounds for `.int()`; they say nothing to a reader.
const SAFE = Number.MAX_SAFE_INTEGER;

function jsonSchema(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
}

/**
 * Rows for every key of an object schema, depth first. `descend: false` lists
 * only the top-level keys. Throws one Error naming every key without a description.
 */
export function referenceRows(schema: z.ZodType, options: { descend?: boolean } = {}): ReferenceRow[] {
  const undescribed: string[] = [];
  const rows = objectRows(jsonSchema(schema), '', options.descend ?? true, undescribed);
  if (undescribed.length > 0) {
    throw new Error(
      `These config keys have no description in src/pipeline/config/schema.ts: ${undescribed.join(', ')}. ` +
        `Add .meta({ description: "…" }) to each (the text becomes its row in data/CONFIG.md).`,
    );
  }
  return rows;
}

function objectRows(node: JsonNode, prefix: string, descend: boolean, undescribed: string[]): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const required = new Set(node.required ?? []);
  for (const [name, prop] of Object.entries(node.properties ?? {})) {
    const key = `${prefix}${name}`;
    if (prop.description === undefined) undescribed.push(key);
    rows.push({ key, type: typeText(prop, required.has(name), key), meaning: meaningText(prop) });
    if (!descend || prop.typeLabel !== undefined) continue;
    const record = typeof prop.additionalProperties === 'object' ? prop.additionalProperties : undefined;
    if (prop.properties !== undefined) rows.push(...objectRows(prop, `${key}.`, true, undescribed));
    else if (prop.items?.properties !== undefined) rows.push(...objectRows(prop.items, `${key}[].`, true, undescribed));
    else if (record?.properties !== undefined) rows.push(...objectRows(record, `${key}.*.`, true, undescribed));
  }
  return rows;
}

function typeText(node: JsonNode, required: boolean, key: string): string {
  const base = node.typeLabel ?? baseType(node, key);
  if ('default' in node) {
    const d = node.default;
    const shown = typeof d === 'string' && node.enum?.includes(d) ? code(d) : `\`${literal(d)}\``;
    return `${base}, default ${shown}`;
  }
  return required ? base : `${base}, optional`;
}

function baseType(node: JsonNode, key: string): string {
  if (node.typeLabel !== undefined) return node.typeLabel;
  if (node.const !== undefined) return `\`${literal(node.const)}\``;
  if (node.enum !== undefined) return node.enum.map((v) => code(String(v))).join(' \\| ');
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives !== undefined) return [...new Set(alternatives.map((a) => baseType(a, key)))].join(' or ');
  switch (node.type) {
    case 'string':
      return node.format === 'uri' ? 'URL' : node.format === 'date' ? 'date (YYYY-MM-DD)' : 'string';
    case 'integer':
    case 'number':
      return `${node.type}${range(node)}`;
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'array': {
      if (node.prefixItems !== undefined) return `[${node.prefixItems.map((n) => baseType(n, key)).join(', ')}]`;
      const item = node.items === undefined ? 'values' : plural(baseType(node.items, key));
      return `list of ${item}${(node.minItems ?? 0) > 1 ? ` (at least ${node.minItems})` : ''}`;
    }
  }
  throw new Error(`config reference: cannot name the type of ${key}; give it .meta({ typeLabel: "…" }) in the schema.`);
}

function range(node: JsonNode): string {
  const min = node.minimum !== undefined && node.minimum > -SAFE ? node.minimum : undefined;
  const max = node.maximum !== undefined && node.maximum < SAFE ? node.maximum : undefined;
  if (min !== undefined && max !== undefined) return ` ${number(min)}–${number(max)}`;
  if (min !== undefined) return ` ≥ ${number(min)}`;
  if (max !== undefined) return ` ≤ ${number(max)}`;
  return '';
}

function number(n: number): string {
  return n >= 10_000 ? n.toLocaleString('en-GB') : String(n);
}

function plural(type: string): string {
  return type.replace(/^(string|number|integer|boolean|object|column|path|URL)\b/, '$1s');
}

/** An enum value as shown in a table cell: a tab as `\t`, a pipe escaped. */
function code(value: string): string {
  return `\`${value === '\t' ? '\\t' : value.replace(/\|/g, '\\|')}\``;
}

/** A value as it would be written in the config, on one line. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`,
    );
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function meaningText(node: JsonNode): string {
  const text = (node.description ?? '').replace(/\s+/g, ' ').trim();
  const example = node.example === undefined ? '' : ` Example: \`${literal(node.example)}\`.`;
  return cell(`${text}${example}`);
}

function cell(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|');
}

/** A Markdown table of rows. */
export function referenceTable(rows: readonly ReferenceRow[]): string {
  const lines = ['| key | type | meaning |', '|---|---|---|'];
  for (const r of rows) lines.push(`| \`${r.key}\` | ${r.type} | ${r.meaning} |`);
  return lines.join('\n');
}

/**
 * Every table CONFIG.md holds, by block name: `top`, `site`, `areaLayers`,
 * `datasets` (keys every kind has) and `kind:<kind>` (the keys of one kind).
 */
export function configReferenceTables(): Map<string, string> {
  const tables = new Map<string, string>();
  tables.set('top', referenceTable(referenceRows(configSchema, { descend: false })));
  tables.set('site', referenceTable(referenceRows(siteSchema)));
  tables.set('areaLayers', referenceTable(referenceRows(areaLayerSchema)));
  const kinds = Object.entries(PIPELINE_KINDS).map(([kind, { schema }]) => ({ kind, rows: referenceRows(schema) }));
  // A key is common when every kind documents it, and everything under it, identically.
  const topKey = (key: string) => key.split(/[.[]/)[0] ?? key;
  const block = (rows: readonly ReferenceRow[], key: string) =>
    JSON.stringify(rows.filter((r) => topKey(r.key) === key));
  const everywhere = (key: string) => {
    const [first, ...rest] = kinds.map((k) => block(k.rows, key));
    return first !== '[]' && rest.every((b) => b === first);
  };
  const common = (kinds[0]?.rows ?? []).filter((r) => r.key !== 'kind' && everywhere(topKey(r.key)));
  const kindRow: ReferenceRow = {
    key: 'kind',
    type: kinds.map((k) => `\`"${k.kind}"\``).join(' \\| '),
    meaning: cell(
      `What the dataset holds, and so which of the keys below apply: ${kinds
        .map((k) => `\`${k.kind}\`, ${k.rows.find((r) => r.key === 'kind')?.meaning.replace(/\.$/, '') ?? ''}`)
        .join('; ')}.`,
    ),
  };
  tables.set('datasets', referenceTable([kindRow, ...common]));
  for (const { kind, rows } of kinds) {
    tables.set(`kind:${kind}`, referenceTable(rows.filter((r) => r.key !== 'kind' && !everywhere(topKey(r.key)))));
  }
  return tables;
}

/**
 * Replaces each marked block of `markdown` with its table. Throws when a table has
 * no block (a new kind needs one) or a block names no table.
 */
export function applyConfigReference(markdown: string, tables: ReadonlyMap<string, string>): string {
  const names = [...markdown.matchAll(START)].map((m) => m[1] ?? '');
  const unknown = names.filter((n) => !tables.has(n));
  if (unknown.length > 0) {
    throw new Error(`CONFIG.md has blocks for ${unknown.join(', ')}, which the schema has no table for; remove them.`);
  }
  const absent = [...tables.keys()].filter((n) => !names.includes(n));
  if (absent.length > 0) {
    throw new Error(
      `CONFIG.md has no block for ${absent.join(', ')}: add "<!-- config-reference: ${absent[0]} -->" and "${END}" on their own lines where the table belongs.`,
    );
  }
  return markdown.replace(
    /<!-- config-reference: (\S+) -->\n[\s\S]*?<!-- \/config-reference -->/g,
    (_, name: string) => `<!-- config-reference: ${name} -->\n${tables.get(name) ?? ''}\n${END}`,
  );
}
