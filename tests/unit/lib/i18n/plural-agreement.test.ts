/**
 * A plural message chooses its form by one number (`by`), so every counted noun in it must be
 * that number's: a second number with a noun of its own ("3 records from 1 source") is said by a
 * message of its own, given to the first as text. Checked on the English source by scanning its
 * definitions, on every translation by the number it chooses by, and by rendering the sentences
 * that used to pick their form by the wrong number with numbers that disagree.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, SOURCE_LANGUAGE, translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import type { Message, PluralMessage } from '../../../../src/lib/i18n/catalogue.ts';
import { matchSummary } from '../../../../src/lib/assets/match-summary.ts';
import { countCell } from '../../../../src/lib/cases/trend-rows.ts';
import { datasetWarningMessage } from '../../../../src/lib/data-reason-message.ts';
import type { DatasetWarning } from '../../../../src/lib/data-reasons.ts';
import { NO_FILTERS } from '../../../../src/lib/assets/filters.ts';

const source = CATALOGUES[SOURCE_LANGUAGE]?.messages as Record<string, Message>;
const plurals = Object.entries(source).filter((e): e is [string, PluralMessage] => typeof e[1] !== 'string');

// English nouns whose form follows a number, learnt from the source itself: the word right after
// a plural message's own number where its `other` form is its `one` form's plural ("record" / "records").
function countedNouns(): Set<string> {
  const nouns = new Set<string>();
  for (const [, m] of plurals) {
    const { one, other } = m.forms;
    if (one === undefined) continue;
    const after = (text: string): string | undefined =>
      new RegExp(`\\{${m.by ?? 'count'}\\} ([\\p{L}-]+)`, 'u').exec(text)?.[1];
    const [a, b] = [after(one), after(other)];
    // A noun's plural, not a verb's agreement ("is" / "are", "matches" / "match").
    const plural = (w: string): string[] => [`${w}s`, `${w}es`, w.replace(/y$/, 'ies')];
    if (a !== undefined && b !== undefined && a !== b && plural(a).includes(b)) nouns.add(a).add(b);
  }
  return nouns;
}

// A placeholder that holds the same number as `by`, formatted or as a slot for markup.
const SAME_NUMBER: Record<string, string> = {
  'common.accounting.read': 'count',
  'common.accounting.cells.read': 'count',
};

describe('plural messages agree with the number they count', () => {
  it('learns the counted nouns it looks for from the catalogue', () => {
    const nouns = countedNouns();
    for (const n of ['record', 'records', 'day', 'days', 'asset', 'assets', 'row', 'rows']) expect(nouns).toContain(n);
  });

  it('has no number in an en-GB plural message, other than the one it chooses by, followed by a counted noun', () => {
    const nouns = countedNouns();
    const problems: string[] = [];
    for (const [key, m] of plurals) {
      const by = m.by ?? 'count';
      for (const [form, text] of Object.entries(m.forms)) {
        // A placeholder, then up to two words before any punctuation or other placeholder.
        for (const hit of text.matchAll(/\{(\w+)\}((?: [\p{L}-]+){1,2})/gu)) {
          if (hit[1] === by || SAME_NUMBER[key] === hit[1]) continue;
          const words = (hit[2] as string).trim().split(' ');
          const noun = words.find((w) => nouns.has(w));
          if (noun !== undefined) problems.push(`${key} (${form}): {${hit[1]}} ${noun}, chosen by {${by}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    if (tag === SOURCE_LANGUAGE) continue;
    it(`chooses each ${tag} plural form by the number its en-GB message counts, or has one text for every number`, () => {
      const messages = catalogue.messages as Record<string, Message>;
      const problems = Object.entries(messages).flatMap(([key, m]) => {
        const en = source[key];
        if (typeof m === 'string' || en === undefined) return [];
        const by = m.by ?? 'count';
        const enBy = typeof en === 'string' ? null : (en.by ?? 'count');
        return by === enBy ? [] : [`${key}: by {${by}}, en-GB by {${enBy ?? 'nothing'}}`];
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('sentences with two counted numbers, each said for its own', () => {
  const say = (tag: string, key: 'assets.glance.records' | 'assets.land.lede', count: number, sources: number) => {
    const t = translatorFor(tag);
    return t.t(key, {
      count,
      sources: t.t('assets.noun.fromSources', { count: sources }),
      placed: 0,
      available: 'vacant',
    });
  };

  it.each([
    ['en-GB', 1, 3, '1 record from 3 sources; 0 on the map.'],
    ['en-GB', 3, 1, '3 records from one source; 0 on the map.'],
    ['cy', 1, 3, '1 cofnod o 3 ffynhonnell; 0 ar y map.'],
    ['cy', 2, 2, '2 gofnod o ddwy ffynhonnell; 0 ar y map.'],
    ['cy', 3, 1, '3 o gofnodion o un ffynhonnell; 0 ar y map.'],
    ['nl', 1, 3, '1 record uit 3 bronnen; 0 op de kaart.'],
    ['da', 3, 1, '3 poster fra én kilde; 0 på kortet.'],
    ['de', 1, 3, '1 Eintrag aus 3 Quellen; 0 auf der Karte.'],
    ['de', 3, 1, '3 Einträge aus einer Quelle; 0 auf der Karte.'],
  ])('says the estate at a glance in %s with %i records from %i sources', (tag, count, sources, text) => {
    expect(say(tag, 'assets.glance.records', count, sources)).toBe(text);
  });

  it('says the land lede for one record from three sources', () => {
    expect(say('en-GB', 'assets.land.lede', 1, 3)).toBe(
      '1 record of land and buildings from 3 sources, to find places that are vacant, study them, and act.',
    );
    expect(say('de', 'assets.land.lede', 1, 3)).toMatch(/^1 Eintrag zu Flächen und Gebäuden aus 3 Quellen,/);
  });

  it('says the records a match is among for their own number', () => {
    const counts = { matched: 1, all: 1, placed: 1, listed: 1, page: 1, pageSize: 50, inView: false };
    const summary = (tag: string, c: typeof counts) =>
      matchSummary(
        { ...c, filterWords: [], filters: NO_FILTERS } as Parameters<typeof matchSummary>[0],
        translatorFor(tag),
      );
    expect(summary('en-GB', counts)).toMatch(/^1 of 1 record matches; 1 on the map\./);
    expect(summary('en-GB', { ...counts, all: 3 })).toMatch(/^1 of 3 records matches;/);
    expect(summary('de', counts)).toMatch(/^1 von 1 Eintrag passt;/);
    expect(summary('de', { ...counts, matched: 2, all: 3 })).toMatch(/^2 von 3 Einträgen passen;/);
  });

  it('says the days a group count covers for their own number, not the areas’', () => {
    expect(countCell('12', 2, 1, translatorFor('en-GB'))).toBe('12 (includes reports for up to 2 days from 1 area)');
    expect(countCell('12', 3, 2, translatorFor('en-GB'))).toBe('12 (includes reports for up to 3 days from 2 areas)');
    expect(countCell('12', 2, 5, translatorFor('cy'))).toBe(
      '12 (yn cynnwys adroddiadau am hyd at 2 ddiwrnod o 5 ardal)',
    );
    expect(countCell('12', 2, 1, translatorFor('de'))).toBe('12 (enthält Meldungen für bis zu 2 Tage aus 1 Gebiet)');
  });

  it('says the placed assets some lie outside of for their own number', () => {
    const w: DatasetWarning = {
      code: 'outsideSite',
      file: 'a.csv',
      assets: 1,
      of: 1,
      bounds: '[0, 0, 1, 1]',
      layers: 'wards',
      fix: 'crs',
      crs: 'EPSG:27700',
    };
    expect(datasetWarningMessage('', w, translatorFor('en-GB'))).toMatch(
      /^a\.csv: 1 of the 1 placed asset lies outside the site's area layers/,
    );
    expect(datasetWarningMessage('', { ...w, of: 4 }, translatorFor('en-GB'))).toMatch(
      /^a\.csv: 1 of the 4 placed assets lies outside/,
    );
    expect(datasetWarningMessage('', w, translatorFor('de'))).toMatch(/^a\.csv: 1 von 1 platzierten Objekt liegt/);
    expect(datasetWarningMessage('', { ...w, assets: 2, of: 4 }, translatorFor('nl'))).toMatch(
      /^a\.csv: 2 van de 4 geplaatste objecten liggen/,
    );
  });
});

// Placeholders the code fills with a config label that is a noun (a layer's label, plural; a child
// or parent layer's; an asset category's): a number right before one counts it, and the label has
// one form for every number. A counted config noun is `{noun}` (or `{<number>Noun}`), which the
// code fills with the form its number takes (src/lib/i18n/counted-label.ts). A metric's `{unit}`
// or `{measure}` ("cases", a config label) is one too: "12 cases" is `{counted}`, which the code
// fills with the number and the unit's form for it (src/lib/cases/counted-unit.ts).
const CONFIG_NOUNS = new Set([
  'areas',
  'layer',
  'label',
  'layerLabel',
  'child',
  'parent',
  'childLabel',
  'parentLabel',
  'unit',
  'measure',
]);

/** Every `{number} {configNoun}` in `catalogue`'s messages, as "key (form): {n} {noun}". */
function countedConfigNouns(messages: Readonly<Record<string, Message>>): string[] {
  const problems: string[] = [];
  for (const [key, m] of Object.entries(messages)) {
    const forms = typeof m === 'string' ? { text: m } : m.forms;
    for (const [form, text] of Object.entries(forms)) {
      for (const hit of (text as string).matchAll(/\{(\w+)\} \{(\w+)\}/g)) {
        if (CONFIG_NOUNS.has(hit[2] as string)) problems.push(`${key} (${form}): {${hit[1]}} {${hit[2]}}`);
      }
    }
  }
  return problems;
}

// Messages whose `{noun}` is chosen by another number than the one their verb agrees with
// (match-summary.ts: "1 of 3 records matches", the noun by {all}); rendered in a test above.
const NOUN_BY: Record<string, string> = {
  'assets.count.matchOwn': 'all',
  'assets.count.matchFilteredOwn': 'all',
};

describe('config nouns counted by a number', () => {
  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    it(`has no ${tag} message that puts a config label right after a number, whatever the number`, () => {
      expect(countedConfigNouns(catalogue.messages as Record<string, Message>)).toEqual([]);
    });
  }

  it('finds a label or a metric unit counted by a number, as the catalogues had it', () => {
    expect(
      countedConfigNouns({
        a: '{area} is one of the {count} {areas}.',
        b: { by: 'total', forms: { one: 'the {count} of {total} {areas}', other: 'the {count} of {total} {areas}' } },
        c: { forms: { one: '{name}: {count} {noun}', other: '{name}: {count} {noun}' } },
        d: '{area}: {rate}, {count} {unit} in the 7 days to {date}.',
        e: 'Up {magnitude} {unit} on {period}',
      }),
    ).toEqual([
      'a (text): {count} {areas}',
      'b (one): {total} {areas}',
      'b (other): {total} {areas}',
      'd (text): {count} {unit}',
      'e (text): {magnitude} {unit}',
    ]);
  });

  it('fills each counted noun with the form its own number takes, in the en-GB source', () => {
    // `{x} {noun}` where the message counts by x (its `by`; `count` for a message of one text), or
    // `{x} {xNoun}`: the code chooses the noun's form by the same number.
    const problems: string[] = [];
    for (const [key, m] of Object.entries(source)) {
      const forms = typeof m === 'string' ? { text: m } : m.forms;
      const by = typeof m === 'string' ? 'count' : (m.by ?? 'count');
      for (const [form, text] of Object.entries(forms)) {
        for (const hit of (text as string).matchAll(/\{(\w+)\} \{(\w*[nN]oun)\}/g)) {
          const [, n, noun] = hit as unknown as [string, string, string];
          if (noun === `${n}Noun` || (noun === 'noun' && n === (NOUN_BY[key] ?? by))) continue;
          problems.push(`${key} (${form}): {${n}} {${noun}}, chosen by {${by}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
