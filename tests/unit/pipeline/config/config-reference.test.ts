import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  applyConfigReference,
  configReferenceTables,
  referenceRows,
  referenceTable,
} from '../../../../src/pipeline/config/config-reference.ts';
import {
  CONFIG_REFERENCE_PATH,
  regeneratedConfigReference,
} from '../../../../src/pipeline/config/write-config-reference.ts';

describe('data/CONFIG.md', () => {
  it('holds exactly the tables the schema generates', () => {
    const written = readFileSync(CONFIG_REFERENCE_PATH, 'utf8');
    expect(written, 'data/CONFIG.md differs from src/pipeline/config/schema.ts: run `npm run docs:config`').toBe(
      regeneratedConfigReference(),
    );
  });

  it('documents nested keys of every kind, each with its type', () => {
    const tables = configReferenceTables();
    expect([...tables.keys()]).toEqual([
      'top',
      'site',
      'areaLayers',
      'datasets',
      'kind:cases',
      'kind:assets',
      'kind:indicator',
    ]);
    expect(tables.get('kind:assets')).toContain('| `coordinates.snapWithin` | number 0–10,000, default `0` |');
    expect(tables.get('kind:cases')).toContain(
      '| `metrics.*.higherIs` | `bad` \\| `good` \\| `neutral`, default `bad` |',
    );
    expect(tables.get('site')).toContain('| `communityRights.links[].url` | URL |');
    expect(tables.get('datasets')).toContain('| `kind` | `"cases"` \\| `"assets"` \\| `"indicator"` |');
  });
});

describe('referenceRows', () => {
  const schema = z.strictObject({
    name: z.string().meta({ description: 'The name.' }),
    share: z.number().min(0).max(1).default(0.5).meta({ description: 'A share.' }),
    mode: z.enum(['a', '|']).default('a').meta({ description: 'How.', example: '|' }),
    tags: z.array(z.string()).optional().meta({ description: 'Tags.' }),
    box: z
      .strictObject({ size: z.number().int().min(1).meta({ description: 'Size.' }) })
      .meta({ description: 'A box.' }),
  });

  it('gives each key its type, default or optionality, and meaning with the example', () => {
    expect(referenceTable(referenceRows(schema))).toBe(
      [
        '| key | type | meaning |',
        '|---|---|---|',
        '| `name` | string | The name. |',
        '| `share` | number 0–1, default `0.5` | A share. |',
        '| `mode` | `a` \\| `\\|`, default `a` | How. Example: `"\\|"`. |',
        '| `tags` | list of strings, optional | Tags. |',
        '| `box` | object | A box. |',
        '| `box.size` | integer ≥ 1 | Size. |',
      ].join('\n'),
    );
  });

  it('names every key that has no description', () => {
    const bare = z.strictObject({ a: z.string(), b: z.strictObject({ c: z.number() }).meta({ description: 'B.' }) });
    expect(() => referenceRows(bare)).toThrow(
      /no description in src\/pipeline\/config\/schema\.ts: a, b\.c\. Add \.meta/,
    );
  });
});

describe('applyConfigReference', () => {
  const tables = new Map([['site', '| key |\n|---|']]);

  it('replaces the marked block and keeps the prose around it', () => {
    const doc = 'Intro.\n<!-- config-reference: site -->\nold table\n<!-- /config-reference -->\nAfter.\n';
    expect(applyConfigReference(doc, tables)).toBe(
      'Intro.\n<!-- config-reference: site -->\n| key |\n|---|\n<!-- /config-reference -->\nAfter.\n',
    );
  });

  it('says which block to add when a table has none', () => {
    expect(() => applyConfigReference('No blocks.\n', tables)).toThrow(
      'CONFIG.md has no block for site: add "<!-- config-reference: site -->"',
    );
  });
});
