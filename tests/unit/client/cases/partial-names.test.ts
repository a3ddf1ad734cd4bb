/**
 * The disease scripts name a roll-up's partial sums in the page's language from what the data
 * files give (the area's own name and `partial`) and the noun the page hands them (`partOf`, the
 * child layer's label and forms, the form chosen by the number of its areas): the
 * area search's entries and the lines a comparison adds.
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAreaEntries } from '../../../../src/client/cases/area-index.ts';
import { chartData } from '../../../../src/client/cases/chart-data.ts';
import { messages as cases } from '../../../../src/lib/i18n/messages/de/cases.ts';
import { messages as areas } from '../../../../src/lib/i18n/messages/de/areas.ts';
import type { CasesSeries, CasesSeriesIndex } from '../../../../src/lib/cases-files.ts';

const index: CasesSeriesIndex = {
  code: ['C1', 'C2'],
  name: ['Northshire', 'Southshire'],
  series: ['s/C1.json', 's/C2.json'],
  partial: [null, { counted: 1, of: 2 }],
};
const series = (code: string, name: string, partial?: CasesSeries['partial']): CasesSeries => ({
  code,
  name,
  population: 100,
  start: '2024-01-01',
  counts: [1, 2],
  total7: [1, 3],
  ...(partial ? { partial } : {}),
});
const files: Record<string, unknown> = {
  '/data/index.json': index,
  '/data/s/C1.json': series('C1', 'Northshire'),
  '/data/s/C2.json': series('C2', 'Southshire', { counted: 1, of: 2 }),
};

describe('partial sums named by the disease scripts', () => {
  let dom: JSDOM;
  const saved = globalThis.document;
  beforeEach(() => {
    // The page's script messages as the build embeds them, in German, with the child layer's noun and its forms.
    const partOf = { label: 'Bezirke', forms: { de: { one: 'Bezirk', other: 'Bezirke' } } };
    const messages = { ...cases, ...areas };
    const block = JSON.stringify({ partOf, locale: 'de', messages }).replace(/</g, '\\u003c');
    dom = new JSDOM(
      `<!doctype html><html lang="de"><body><script type="application/json" id="cases-messages">${block}</script><div data-chart="compare" data-fixed="[]" data-index-url="/data/index.json" data-data-root="/data/"></div></body></html>`,
    );
    globalThis.document = dom.window.document;
    vi.stubGlobal('fetch', async (url: string) => ({ ok: url in files, status: 404, json: async () => files[url] }));
  });
  afterEach(() => {
    globalThis.document = saved;
    vi.unstubAllGlobals();
  });

  it('says the count in the area search, the whole sums named as written', async () => {
    expect(await loadAreaEntries('/data/index.json', true)).toEqual([
      { code: 'C1', name: 'Northshire' },
      { code: 'C2', name: 'Southshire (1 der 2 Bezirke)' },
    ]);
  });

  it('says it on a line a comparison adds', async () => {
    const el = dom.window.document.querySelector<HTMLElement>('[data-chart]') as HTMLElement;
    const data = await chartData(el, { range: 'all', scale: 'linear', areas: ['C1', 'C2'], week: null, area: '' });
    expect(data.kind === 'compare' ? data.lines.map((l) => l.name) : []).toEqual([
      'Northshire',
      'Southshire (1 der 2 Bezirke)',
    ]);
  });
});
