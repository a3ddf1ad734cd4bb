/**
 * A config text that falls back to the default language keeps its `lang` inside a translated
 * sentence: the marking translator marks each such parameter, nested sentences keep the marks,
 * and the parts are plain text (markup in a config text stays text).
 */
import { describe, expect, it } from 'vitest';
import { markText, markedParts, markingTranslator, partsText } from '../../../../src/lib/i18n/config-text.ts';
import { createTranslator } from '../../../../src/lib/i18n/translator.ts';
import type { Messages } from '../../../../src/lib/i18n/catalogue.ts';

const t = createTranslator('en-GB', {
  'areas.boundaries': 'Boundaries: {layer}.',
  'areas.profile.intro': '{area} is one of the {count} {areas}.',
  'areas.profile.indicatorCompared': '{label} was {value} in {period}, {comparison} ({benchmarkValue}).',
  'indicators.compare.phrase.better': 'better than {benchmark}',
} as unknown as Messages);
const welsh = new Set(['Wardiau', 'Bwrdeistref Eastmere', '<b>Cyfradd</b>']);
const mt = markingTranslator(t, (text) => (welsh.has(text) ? 'cy' : undefined));

describe('config text in sentences', () => {
  it('marks a fallback parameter with its language and leaves the rest as text', () => {
    expect(markedParts(mt.t('areas.boundaries', { layer: 'Wardiau' }))).toEqual([
      { text: 'Boundaries: ' },
      { text: 'Wardiau', lang: 'cy' },
      { text: '.' },
    ]);
    expect(markedParts(mt.t('areas.boundaries', { layer: 'Wards' }))).toEqual([{ text: 'Boundaries: Wards.' }]);
  });

  it('keeps the marks of a phrase built by one message inside another', () => {
    const comparison = mt.t('indicators.compare.phrase.better', { benchmark: 'Bwrdeistref Eastmere' });
    const parts = markedParts(
      mt.t('areas.profile.indicatorCompared', {
        label: '<b>Cyfradd</b>',
        value: '44%',
        period: '2024/25',
        comparison,
        benchmarkValue: '41%',
      }),
    );
    expect(parts.filter((p) => p.lang === 'cy').map((p) => p.text)).toEqual(['<b>Cyfradd</b>', 'Bwrdeistref Eastmere']);
    expect(partsText(parts)).toBe('<b>Cyfradd</b> was 44% in 2024/25, better than Bwrdeistref Eastmere (41%).');
  });

  it('marks a text the page changed first (a layer name in lower case)', () => {
    const parts = markedParts(
      mt.t('areas.profile.intro', { area: 'Alderwick', count: 18, areas: markText('wardiau', 'cy') }),
    );
    expect(parts).toEqual([{ text: 'Alderwick is one of the 18 ' }, { text: 'wardiau', lang: 'cy' }, { text: '.' }]);
  });

  it("keeps the data's text as text: a name with markup, an ampersand or mark characters cannot end its part or choose a lang", () => {
    const name = 'Skole <script>alert("x")</script> & \uE003fr\uE004 barnehage';
    const parts = markedParts(t.t('areas.boundaries', { layer: markText(name, 'nb-NO') }));
    expect(parts).toEqual([
      { text: 'Boundaries: ' },
      { text: 'Skole <script>alert("x")</script> & fr barnehage', lang: 'nb-NO' },
      { text: '.' },
    ]);
    // A language tag is never taken from the text.
    const forged = markedParts(t.t('areas.boundaries', { layer: markText('\uE002fr\uE003Paris\uE004', 'nb-NO') }));
    expect(forged.filter((p) => p.lang !== undefined)).toEqual([{ text: 'frParis', lang: 'nb-NO' }]);
  });

  it('gives the plain translator text when nothing falls back', () => {
    expect(mt.t('areas.boundaries', { layer: 'Wards' })).toBe(t.t('areas.boundaries', { layer: 'Wards' }));
  });
});
