import { describe, expect, it } from 'vitest';
import { DATASET_KIND_IDS, kindInfo, siteSections } from '../../../src/lib/dataset-kinds.ts';

describe('siteSections', () => {
  it('lists a section only for kinds the site has a dataset of, in registry order', () => {
    expect(siteSections([{ kind: 'assets' }, { kind: 'cases' }, { kind: 'assets' }]).map((s) => s.label)).toEqual([
      'Disease tracking',
      'Buildings and land',
    ]);
    expect(siteSections([{ kind: 'assets' }]).map((s) => [s.kind, s.route])).toEqual([['assets', 'land/']]);
  });

  it('lists nothing for a kind without pages of its own, or for no datasets', () => {
    expect(siteSections([])).toEqual([]);
    const pageless = DATASET_KIND_IDS.filter((k) => kindInfo(k).section === undefined);
    expect(siteSections(pageless.map((kind) => ({ kind })))).toEqual([]);
  });

  it('gives every section a distinct route ending in a slash', () => {
    const routes = DATASET_KIND_IDS.flatMap((k) => kindInfo(k).section?.route ?? []);
    expect(new Set(routes).size).toBe(routes.length);
    for (const r of routes) expect(r).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
  });
});
