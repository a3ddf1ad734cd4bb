import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTRA_ROW, enhanceAreaTableSort } from '../../../../src/client/cases/area-table-sort.ts';
import type { AreaTableRow } from '../../../../src/lib/cases/area-table-rows.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { messages } from '../../../../src/lib/i18n/messages/en-GB/cases.ts';

// A capped table of 2 rows over 4 areas, as AreaTable.astro builds it (highest rates first).
const HTML = `<div class="area-table"><table data-area-table data-cap="2" data-area-count="4">
  <caption>Areas <span data-sort-caption></span></caption>
  <thead><tr>
    <th data-col="name"><span class="label">Area</span><button data-sort="name" hidden>Area</button></th>
    <th data-col="total"><span class="label">7-day total</span></th>
    <th data-col="rate"><span class="label">Rate</span></th>
    <th data-col="rank" aria-sort="ascending"><span class="label">Rank</span></th>
  </tr></thead><tbody></tbody></table></div>`;

const rows: AreaTableRow[] = [
  { code: 'A', name: 'Ashby', total: 10, rate: 50, rank: 1 },
  { code: 'B', name: 'Bourne', total: 8, rate: 40, rank: 2 },
  { code: 'C', name: 'Corby', total: 6, rate: 30, rank: 3 },
  { code: 'D', name: 'Deeping', total: 4, rate: 20, rank: 4 },
];

describe('capped area table', () => {
  let dom: JSDOM;
  const saved = globalThis.document;
  beforeEach(() => {
    // The page's script messages, as the build embeds them.
    const block = JSON.stringify({ locale: 'en-GB', messages }).replace(/</g, '\\u003c');
    dom = new JSDOM(
      `<!doctype html><html lang="en-GB"><body><script type="application/json" id="cases-messages">${block}</script>${HTML}</body></html>`,
    );
    globalThis.document = dom.window.document;
  });
  afterEach(() => {
    globalThis.document = saved;
  });

  const setUp = (chosen: { code: string }) => {
    const table = dom.window.document.querySelector('table') as HTMLTableElement;
    const resort = enhanceAreaTableSort(table, {
      rows: () => rows,
      href: (code) => `/areas/${code}/`,
      fmt: createFormatter('en-GB'),
      chosen: () => chosen.code,
    });
    const shown = () =>
      [...table.tBodies[0]!.rows].map((tr) => `${tr.dataset['code']}${tr.hasAttribute(EXTRA_ROW) ? '+' : ''}`);
    const caption = () => table.querySelector('[data-sort-caption]')?.textContent ?? '';
    return { table, resort, shown, caption };
  };

  it('adds the chosen area under the window, marked, and the caption still counts the window', () => {
    const chosen = { code: 'D' };
    const { table, resort, shown, caption } = setUp(chosen);
    resort();
    expect(shown()).toEqual(['A', 'B', 'D+']);
    expect(caption()).toBe(': the first 2 of 4 by rank, ascending, and below them the area chosen on the map');
    const extra = table.querySelector(`[${EXTRA_ROW}]`) as HTMLTableRowElement;
    // The row's header cell is the area's name alone, as in every row: the mark is the link's description.
    expect(extra.cells[0]?.textContent).toBe('Deeping');
    const link = extra.cells[0]?.querySelector('a');
    const described = dom.window.document.getElementById(link?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('chosen on the map');
    expect(described?.closest('table')).toBeNull();
    expect(extra.cells[2]?.dataset['v']).toBe('20');
  });

  it('adds no row for an area the window holds, or for none, and drops an added row when the choice moves', () => {
    const chosen = { code: 'D' };
    const { resort, shown, caption } = setUp(chosen);
    resort();
    chosen.code = 'B';
    resort();
    expect(shown()).toEqual(['A', 'B']);
    expect(caption()).toBe(': the first 2 of 4 by rank, ascending');
    chosen.code = '';
    resort();
    expect(shown()).toEqual(['A', 'B']);
  });
});
