/**
 * The lines above the printable shortlist's table, which the build writes for the address without
 * filters and the browser again for the address it is given: the same words for the same list (or
 * the table below them moves when the script runs), and an address counts as filtered exactly when
 * it sets one of the parameters that filter.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { LONG_LIST, ROWS_PER_PAGE, shortlistSummary } from '../../../../src/lib/assets/shortlist-summary.ts';
import { FILTER_PARAMS, LAND_STATE, filtersOf, readLandState } from '../../../../src/lib/assets/filter-url.ts';
import { isUnfiltered } from '../../../../src/lib/assets/filters.ts';

const en = translatorFor('en-GB');
const fmt = createFormatter('en-GB');

describe('the shortlist summary', () => {
  it('says the count, that there are no filters and, for a long list, its printed pages', () => {
    expect(shortlistSummary(9319, [], undefined, en, fmt)).toEqual({
      heading: 'Shortlist: 9,319 records',
      filters: ['No filters: everything is listed.'],
      long: `9,319 records is about ${Math.ceil(9319 / ROWS_PER_PAGE)} printed pages. Narrow the filters on the map page for a shorter list.`,
    });
    expect(shortlistSummary(1, [], undefined, en, fmt).heading).toBe('Shortlist: 1 record');
  });

  it('notes the pages only over LONG_LIST records, and lists the filters given', () => {
    expect(shortlistSummary(LONG_LIST, ['Status: Vacant'], undefined, en, fmt)).toEqual({
      heading: `Shortlist: ${LONG_LIST} records`,
      filters: ['Status: Vacant'],
      long: '',
    });
    expect(shortlistSummary(LONG_LIST + 1, ['Status: Vacant'], undefined, en, fmt).long).toMatch(
      /^301 records is about 14 /,
    );
  });

  it('says the count with the dataset’s own noun when it names its records', () => {
    const s = shortlistSummary(400, [], 'vacant buildings', en, fmt);
    expect(s.heading).toBe('Shortlist: 400 vacant buildings');
    expect(s.long).toMatch(/^400 vacant buildings is about 19 printed pages/);
  });
});

describe('the parameters that filter the shortlist', () => {
  const valid: Record<string, string> = {
    status: 'vacant',
    source: 'nlud',
    area: 'E07000078',
    tenure: 'Freehold',
    holding: 'Car Parks',
    owner: 'Council',
    min: '2',
    max: '5',
    q: 'mill',
    asset: 'nlud/380500145',
    page: '3',
    sort: 'size',
  };

  it('are the address parameters that change the records listed, and no others', () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(LAND_STATE).sort());
    for (const [key, value] of Object.entries(valid)) {
      const filtered = !isUnfiltered(filtersOf(readLandState(new URLSearchParams({ [key]: value }))));
      expect(filtered, key).toBe((FILTER_PARAMS as readonly string[]).includes(key));
    }
  });
});
