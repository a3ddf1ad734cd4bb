/**
 * The land pages' text in every language: the scripts are handed every key they look up
 * (a missing one would throw in the browser), the default categories are named in the
 * page's language while configured ones stay as written, and the live count and filter
 * words read as whole sentences of the language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { ASSET_ACTION_KEYS, LAND_PAGE_KEYS, SHORTLIST_KEYS } from '../../../../src/lib/assets/script-keys.ts';
import { DEFAULT_ASSET_CATEGORIES } from '../../../../src/lib/assets-files.ts';
import { localDefaults, shapeWords } from '../../../../src/lib/assets/status-style.ts';
import { matchSummary } from '../../../../src/lib/assets/match-summary.ts';
import { describeFilters, NO_FILTERS } from '../../../../src/lib/assets/filters.ts';
import { buildEstate } from '../../../../src/lib/assets/estate.ts';
import { buildNomination } from '../../../../src/lib/assets/nomination.ts';
import { createTranslator } from '../../../../src/lib/i18n/translator.ts';
import { pickMessages } from '../../../../src/lib/i18n/translator.ts';
import { KNOWN_REASONS, unplacedReason } from '../../../../src/lib/assets/unplaced-reason.ts';
import { councilTable } from './tables.ts';

/** The catalogue keys a source file names literally. */
function keysIn(path: string): string[] {
  const text = readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
  return [...new Set([...text.matchAll(/'(assets\.[\w.-]+)'/g)].map((m) => m[1] as string))];
}

describe('the keys each land script is handed', () => {
  const cases: [string, readonly string[]][] = [
    ['src/client/assets/land-page.ts', LAND_PAGE_KEYS],
    ['src/client/assets/facets.ts', LAND_PAGE_KEYS],
    ['src/client/assets/results-list.ts', LAND_PAGE_KEYS],
    ['src/client/assets/selected-summary.ts', LAND_PAGE_KEYS],
    ['src/lib/assets/match-summary.ts', LAND_PAGE_KEYS],
    ['src/lib/assets/filters.ts', LAND_PAGE_KEYS],
    ['src/client/assets/shortlist-page.ts', SHORTLIST_KEYS],
    ['src/lib/assets/filters.ts', SHORTLIST_KEYS],
    ['src/lib/assets/shortlist-summary.ts', SHORTLIST_KEYS],
    ['src/client/assets/asset-actions.ts', ASSET_ACTION_KEYS],
    ['src/lib/assets/nomination.ts', ASSET_ACTION_KEYS],
  ];
  for (const [file, keys] of cases) {
    it(`include every key ${file} looks up`, () => {
      const found = keysIn(file);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((k) => !keys.includes(k))).toEqual([]);
    });
  }

  it('are all in every catalogue', () => {
    for (const c of Object.values(CATALOGUES))
      for (const k of [...LAND_PAGE_KEYS, ...SHORTLIST_KEYS, ...ASSET_ACTION_KEYS])
        expect(c.messages[k], k).toBeDefined();
  });

  it('are enough for the browser to name the estate and describe the filters (a translator over them alone)', () => {
    const cy = createTranslator('cy', pickMessages(CATALOGUES['cy']!.messages, LAND_PAGE_KEYS));
    const table = councilTable();
    const e = buildEstate([
      { id: 'c', title: 'Council', table: { ...table, categories: localDefaults(table.categories, cy) } },
    ]);
    const words = describeFilters(
      e,
      { ...NO_FILTERS, status: ['vacant'], sizeMin: 2, q: 'neuadd' },
      {
        status: 'Statws',
        source: 'Ffynhonnell',
        area: 'Ardal',
        tenure: 'T',
        holding: 'H',
        owner: 'O',
        size: 'Maint',
        q: 'Chwilio',
      },
      cy,
    );
    expect(words).toEqual(['Statws: Gwag', 'Maint: o leiaf 2', 'Chwilio: “neuadd”']);
  });
});

describe('category names', () => {
  it('names the default categories in the page’s language and keeps configured labels as written', () => {
    const configured = {
      id: 'not-permissioned',
      label: 'Not permissioned',
      colour: '#000000',
      shape: 'star' as const,
      available: true,
    };
    const de = localDefaults([...DEFAULT_ASSET_CATEGORIES, configured], translatorFor('de'));
    expect(de.map((c) => c.label)).toEqual([
      'Leer stehend',
      'Untergenutzt',
      'Genutzt',
      'Status unbekannt',
      'Not permissioned',
    ]);
    // A configured label that happens to reuse a default id is data too.
    expect(localDefaults([{ ...configured, id: 'vacant', label: 'Empty' }], translatorFor('de'))[0]?.label).toBe(
      'Empty',
    );
    expect(localDefaults(DEFAULT_ASSET_CATEGORIES, translatorFor('en-GB')).map((c) => c.label)).toEqual(
      DEFAULT_ASSET_CATEGORIES.map((c) => c.label),
    );
    expect(shapeWords({ shape: 'triangle-down' }, translatorFor('nl'))).toBe('omgekeerde driehoek');
  });
});

describe('the live count', () => {
  const counts = {
    matched: 1234,
    all: 5000,
    placed: 1200,
    listed: 1234,
    page: 2,
    pageSize: 20,
    inView: false,
    filterWords: [],
  };
  it('is one sentence of the language, with its number formats', () => {
    expect(matchSummary(counts, translatorFor('de'))).toBe(
      '1.234 von 5.000 Einträgen passen; 1.200 auf der Karte. Angezeigt: 21–40 von 1.234.',
    );
    expect(matchSummary(counts, translatorFor('en-GB'))).toBe(
      '1,234 of 5,000 records match; 1,200 on the map. Listing 21–40 of 1,234.',
    );
  });
  it.each([
    ['en-GB', '1 of 5,000 records matches;', '2 of 5,000 records match;', '1 of 5,000 properties matches'],
    ['nl', '1 van 5.000 records voldoet;', '2 van 5.000 records voldoen;', '1 van 5.000 panden voldoet'],
    ['de', '1 von 5.000 Einträgen passt;', '2 von 5.000 Einträgen passen;', '5.000 Liegenschaften: 1 passend'],
    ['da', '1 af 5.000 poster passer;', '2 af 5.000 poster passer;', '1 af 5.000 ejendomme passer'],
    ['cy', '1 o 5,000 cofnod yn cyfateb;', '2 o 5,000 cofnod yn cyfateb;', '5,000 eiddo: 1 yn cyfateb'],
  ])('agrees in %s with how many match, not how many there are', (language, one, two, own) => {
    const t = translatorFor(language);
    const words = {
      labels: {},
      forms: {
        cy: { zero: 'eiddo', one: 'eiddo', two: 'eiddo', few: 'eiddo', many: 'eiddo', other: 'eiddo' },
        'en-GB': { one: 'property', other: 'properties' },
        nl: { one: 'pand', other: 'panden' },
        da: { one: 'ejendom', other: 'ejendomme' },
        de: { one: 'Liegenschaft', other: 'Liegenschaften' },
      },
    };
    expect(matchSummary({ ...counts, matched: 1 }, t)).toContain(one);
    expect(matchSummary({ ...counts, matched: 2 }, t)).toContain(two);
    expect(matchSummary({ ...counts, matched: 1, filterWords: ['x'] }, t)).toContain(one.replace(/;$/, ''));
    expect(matchSummary({ ...counts, matched: 1 }, t, words)).toContain(own);
  });
  it("says the dataset's own noun when its words name the records, in the plural form of the whole count", () => {
    const words = {
      labels: {},
      forms: {
        cy: { zero: 'eiddo', one: 'eiddo', two: 'eiddo', few: 'eiddo', many: 'eiddo', other: 'eiddo' },
        'en-GB': { one: 'property', other: 'properties' },
        de: { one: 'Liegenschaft', other: 'Liegenschaften' },
      },
    };
    expect(matchSummary(counts, translatorFor('cy'), words)).toBe(
      '5,000 eiddo: 1,234 yn cyfateb; 1,200 ar y map. Yn rhestru 21–40 o 1,234.',
    );
    expect(matchSummary(counts, translatorFor('en-GB'), words)).toBe(
      '1,234 of 5,000 properties match; 1,200 on the map. Listing 21–40 of 1,234.',
    );
    expect(
      matchSummary({ ...counts, matched: 1, all: 1, placed: 1, listed: 1, page: 1 }, translatorFor('en-GB'), words),
    ).toBe('1 of 1 property matches; 1 on the map. Listing 1–1 of 1.');
    // German says the noun in the nominative, the only case a dataset's forms give.
    expect(matchSummary({ ...counts, filterWords: ['Status: leer'] }, translatorFor('de'), words)).toBe(
      '5.000 Liegenschaften: 1.234 passend (Status: leer); 1.200 auf der Karte. Angezeigt: 21–40 von 1.234.',
    );
    // Singular and plural words ("asset"/"assets") name them too; words without them keep the interface's noun.
    const two = { labels: {}, asset: 'building', assets: 'buildings' };
    expect(matchSummary(counts, translatorFor('en-GB'), two)).toMatch(/^1,234 of 5,000 buildings match;/);
    expect(matchSummary(counts, translatorFor('en-GB'), { labels: { status: 'State' } })).toMatch(
      /^1,234 of 5,000 records match;/,
    );
  });
});

describe('the nomination draft', () => {
  it('is written in the page’s language, the configured sections kept as given', () => {
    const doc = buildNomination(
      {
        siteTitle: 'Atlas',
        council: 'Cyngor',
        rightsHeading: 'Hawliau',
        sections: [{ heading: 'Section from config', hint: 'Hint' }],
        asset: {
          label: 'Neuadd',
          reference: 'R1',
          uprn: '',
          address: '',
          postcode: '',
          area: '',
          lon: null,
          lat: null,
          status: 'Gwag',
          tenure: '',
          holdingType: '',
          size: '',
          owner: '',
          dataset: 'Cofrestr',
          publisher: 'Cyngor',
          provenance: 'a.csv, llinell 2',
          pageUrl: 'https://example.org/',
          dates: [],
        },
      },
      translatorFor('cy'),
    );
    expect(doc.title).toBe('Drafft enwebiad: Neuadd');
    expect(doc.factsHeading).toBe('Yr hyn y mae’r gofrestr yn ei ddweud');
    expect(doc.facts.map((f) => f.label)).toEqual([
      'Enw',
      'Cyfeirnod y gofrestr',
      'Statws yn y gofrestr',
      'Ffynhonnell',
      'Tudalen',
    ]);
    expect(doc.sections).toEqual([{ heading: 'Section from config', hint: 'Hint' }]);
  });
});

describe('why a record is not on the map', () => {
  it('knows every reason the data step writes, and says each in the page’s language', async () => {
    const { UNPLACED } = await import('../../../../src/pipeline/datasets/assets/assets-processor.ts');
    for (const reason of Object.values(UNPLACED)) expect(KNOWN_REASONS).toContain(reason);
    const en = translatorFor('en-GB');
    for (const reason of [...KNOWN_REASONS, 'not inside any of the wards', '52.1, -1.5 is not inside any of the wards'])
      expect(unplacedReason(reason, en)).toBe(reason);
    const nl = translatorFor('nl');
    expect(unplacedReason('no coordinates', nl)).toBe('geen coördinaten');
    expect(unplacedReason('not inside any of the wards', nl)).toBe('ligt in geen van de wards');
    expect(unplacedReason('52.1, -1.5 is not inside any of the wards', nl)).toBe(
      '52.1, -1.5 ligt in geen van de wards',
    );
    expect(unplacedReason('a reason from elsewhere', nl)).toBe('a reason from elsewhere');
  });

  it('says values that cannot be degrees in the page’s language, with the file’s column names', async () => {
    const { notDegreesDetail } = await import('../../../../src/pipeline/datasets/assets/assets-processor.ts');
    const detail = notDegreesDetail('Easting, Northing', 395266, 222127.5);
    expect(unplacedReason(detail, translatorFor('en-GB'))).toBe(detail);
    expect(unplacedReason(detail, translatorFor('de'))).toBe(
      'Easting, Northing: 395266, 222127.5 können keine geografische Länge und Breite sein (außerhalb von ±180/±90); setzen Sie coordinates.crs auf das System der Datei',
    );
  });
});
