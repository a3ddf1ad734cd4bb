/**
 * The demo's dataset pages offer the file of rejected rows only where rows were rejected: a
 * dataset with none says so in words instead of linking an empty CSV.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sourceTranslator } from '../../src/lib/i18n/source-translator.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';

describe('rejected rows link: demo', () => {
  let site: BuiltSite;
  let manifest: Manifest;

  beforeAll(async () => {
    site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
  }, 25 * 60_000);

  it('has datasets with and without rejected rows, so both cases are checked', () => {
    expect(manifest.datasets.some((d) => d.quality.rejected === 0)).toBe(true);
    expect(manifest.datasets.some((d) => d.quality.rejected > 0)).toBe(true);
  });

  it('links the rejected rows only when there are some, and otherwise says there are none', () => {
    const t = sourceTranslator();
    for (const d of manifest.datasets) {
      const html = readFileSync(join(site.siteDir, 'datasets', d.id, 'index.html'), 'utf8');
      const none = t.t(
        d.quality.unit === 'cells' ? 'common.accounting.cells.noneRejected' : 'common.accounting.noneRejected',
      );
      const linked = html.includes(`download="${d.id}-rejected-rows.csv"`);
      expect({ linked, saysNone: html.includes(none) }, d.id).toEqual({
        linked: d.quality.rejected > 0,
        saysNone: d.quality.rejected === 0,
      });
    }
  });
});
