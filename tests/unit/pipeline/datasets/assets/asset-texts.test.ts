/**
 * Free-text columns (`texts` in the config): what the data step writes for them, and that they
 * stay out of the table the land map fetches.
 */
import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets } from './run-assets.ts';
import { freeText } from '../../../../../src/pipeline/datasets/assets/free-text.ts';
import { missingSet } from '../../../../../src/pipeline/ingest/parse-values.ts';

describe('free text about each record', () => {
  const csv = [
    'Ref,Notes,Use,X,Y',
    `T1,"<script>alert(1)</script> Fish & chips\r\nUpstairs:   a hall\r\n\r\n\r\n\r\nSee https://example.org/a?b=1&c=2",Library,0.5,50.5`,
    'T2,,  ,0.5,50.5',
    'T3,n/a,"  Offices,   stores ",1.5,50.5',
  ].join('\n');
  const config = assetsConfig({
    columns: { id: 'Ref', x: 'X', y: 'Y' },
    texts: [
      { column: 'Notes', label: 'Notes' },
      { column: 'Use', label: 'Current use' },
    ],
  });

  it('writes each column under its label, as written but for spacing, and null for an empty or missing cell', async () => {
    const run = await runAssets(csv, config);
    expect(run.texts).toEqual({
      columns: [
        {
          label: 'Notes',
          values: [
            '<script>alert(1)</script> Fish & chips\nUpstairs: a hall\n\nSee https://example.org/a?b=1&c=2',
            null,
            null,
          ],
        },
        { label: 'Current use', values: ['Library', null, 'Offices, stores'] },
      ],
    });
    expect(run.fields.files['texts']).toMatch(/^test-assets\/texts\.[0-9a-f]+\.json$/);
  });

  it('keeps them out of the table the map fetches, and puts them last in the downloads', async () => {
    const run = await runAssets(csv, config);
    expect(JSON.stringify(run.table)).not.toContain('Fish & chips');
    const [header, first] = run.csv.split('\r\n');
    expect(header?.split(',').slice(-2)).toEqual(['notes', 'current_use']);
    expect(first?.endsWith(',Library')).toBe(true);
    expect(run.csv).toContain(
      '"<script>alert(1)</script> Fish & chips\nUpstairs: a hall\n\nSee https://example.org/a?b=1&c=2"',
    );
    const properties = (
      JSON.parse(run.geojson) as { features: { properties: Record<string, unknown> }[] }
    ).features.map((f) => f.properties['current_use']);
    expect(properties).toEqual(['Library', null, 'Offices, stores']);
  });

  it('writes no texts file for a dataset without free-text columns', async () => {
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' } }));
    expect(run.texts).toBeUndefined();
    expect(run.fields.files['texts']).toBeUndefined();
    expect(run.csv.split('\r\n')[0]).not.toContain('notes');
  });
});

describe('freeText', () => {
  const missing = missingSet([]);
  it.each([
    ['  one  line  ', 'one line'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['\n\nfirst\n\n\n\nsecond\n\n', 'first\n\nsecond'],
    ['tab\there\u00a0and there', 'tab here and there'],
    ['<b>&amp;</b>', '<b>&amp;</b>'],
    ['', null],
    ['   \n  ', null],
    ['N/A', null],
  ])('reads %j as %j', (raw, text) => {
    expect(freeText(raw, missing)).toBe(text);
  });
});
