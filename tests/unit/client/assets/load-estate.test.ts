/**
 * The land scripts name categories in the page's language: the table file is shared by every
 * language of a bilingual site (its labels are the default language's), so the labels come from
 * the categories the page hands its script.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEstate } from '../../../../src/client/assets/load-estate.ts';
import type { AssetCategory, AssetsTable } from '../../../../src/lib/assets-files.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { registerTable } from '../../lib/assets/tables.ts';

const welsh: AssetCategory[] = [
  { id: 'permissioned', label: 'Â chaniatâd', colour: '#0b5cad', shape: 'square', available: false },
  { id: 'not-permissioned', label: 'Heb ganiatâd', colour: '#b3261e', shape: 'triangle', available: true },
];
const english = welsh.map((c, i) => ({ ...c, label: ['Permissioned', 'Not permissioned'][i] as string }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadEstate', () => {
  it('labels the categories as the page gives them, not as the shared table file does', async () => {
    const table: AssetsTable = { ...registerTable(), categories: welsh, status: [1, 0] };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(table)));
    const estate = await loadEstate(
      [{ id: 'brownfield', title: 'Brownfield land register', url: '/data/a.json', categories: english }],
      translatorFor('en-GB'),
    );
    expect(estate.categories.map((c) => c.label)).toEqual(['Permissioned', 'Not permissioned']);
  });

  it('names the default categories from the catalogue of the page language', async () => {
    const table = registerTable();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(table)));
    const estate = await loadEstate(
      [{ id: 'council', title: 'Tir y cyngor', url: '/data/b.json', categories: table.categories }],
      translatorFor('cy'),
    );
    const cy = translatorFor('cy');
    expect(estate.categories.find((c) => c.id === 'vacant')?.label).toBe(cy.t('assets.category.vacant'));
  });
});
