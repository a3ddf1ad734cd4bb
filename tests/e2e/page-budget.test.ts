/**
 * Page weight that does not grow with the number of areas: no built page over 500 KB of raw
 * HTML, on the demo site and, with ATLAS_E2E_NATIONAL=1, on a generated 3,000-area site
 * (tests/bench/generate-national.ts; its build takes many minutes on 2 cores, so it is opt-in
 * here and always part of `npm run bench`). Also checks the large site's lists and table are
 * split and capped as the pages say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, repoRoot } from './harness/build-site.ts';
import { htmlPageSizes, pagesOverBudget, PAGE_BUDGET_BYTES } from './harness/page-sizes.ts';
import { generateNationalCases } from '../bench/generate-national.ts';

describe('page budget: demo site', async () => {
  const site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });

  it(`has no page over ${PAGE_BUDGET_BYTES / 1024} KB of HTML`, () => {
    expect(htmlPageSizes(site.siteDir).length).toBeGreaterThan(10);
    expect(pagesOverBudget(site.siteDir)).toEqual([]);
  });
});

const national = process.env.ATLAS_E2E_NATIONAL === '1';
if (!national)
  console.log(
    'page budget: the generated 3,000-area site is skipped (set ATLAS_E2E_NATIONAL=1; npm run bench builds it).',
  );

describe.skipIf(!national)('page budget: generated 3,000-area site', async () => {
  const dir = join(repoRoot, '.atlas/bench/national');
  if (national && !existsSync(join(dir, 'cases.csv'))) await generateNationalCases(dir);
  const site = national
    ? await buildSite({
        config: 'tests/bench/configs/national-cases.config.ts',
        name: 'national-cases',
        runId: inject('e2eRunId'),
        waitMs: 60 * 60_000,
      })
    : null;
  const page = (path: string) => readFileSync(join(site?.siteDir ?? '', path, 'index.html'), 'utf8');
  const base = 'disease/national/generated-infection/';

  it(`has no page over ${PAGE_BUDGET_BYTES / 1024} KB of HTML`, () => {
    expect(htmlPageSizes(site?.siteDir ?? '').length).toBeGreaterThan(6000);
    expect(pagesOverBudget(site?.siteDir ?? '')).toEqual([]);
  });

  it('lists the areas on a page per letter, every area once, and caps the overview table at 100 rows', () => {
    const first = page(`${base}areas/`);
    const letters = [...first.matchAll(/href="\/disease\/national\/generated-infection\/areas\/([a-z]+)\/"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(letters.length).toBeGreaterThan(5);
    const listed = letters.flatMap((l) => [...page(`${base}areas/${l}/`).matchAll(/<li data-name=/g)]);
    // Letters with more than 400 areas have further parts; the generated names never do.
    expect(listed.length).toBe(3000);
    const overview = page(base);
    expect(overview.match(/<tr data-code=/g)?.length).toBe(100);
    expect(overview).toContain('100 of 3,000 areas are shown');
    // The comparison picker carries no option per area: it loads the index on use.
    expect(page(`${base}N0000001/`)).not.toMatch(/<option value="N\d+"/);
  });
});
