import { describe, expect, it } from 'vitest';
import {
  COMPARISON_COLOURS,
  comparedInPeriod,
  comparisonCell,
  comparisonKey,
  type ComparedArea,
} from '../../../../src/lib/indicators/comparison-text.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';

const untested = (compare: ComparedArea['compare']): ComparedArea => ({ compare, tested: false });
const tested = (compare: ComparedArea['compare']): ComparedArea => ({ compare, tested: true });

describe('comparisonKey', () => {
  it('gives one entry for every grey bar without limits, saying they were not tested', () => {
    const key = comparisonKey([untested('higher'), untested('lower'), untested('higher'), untested(null)]);
    expect(key).toEqual([
      { colour: COMPARISON_COLOURS.higher, label: 'Higher or lower than the benchmark (not tested for significance)' },
    ]);
  });

  it('names an area equal to the benchmark in that one entry', () => {
    const key = comparisonKey([untested('higher'), untested('same')]);
    expect(key.map((e) => e.label)).toEqual([
      'Higher, lower or the same as the benchmark (not tested for significance)',
    ]);
  });

  it('keeps better, similar and worse in that order when limits exist', () => {
    const key = comparisonKey([tested('worse'), tested('better'), tested('similar'), tested('worse')]);
    expect(key).toEqual([
      { colour: COMPARISON_COLOURS.better, label: 'Better' },
      { colour: COMPARISON_COLOURS.similar, label: 'Similar' },
      { colour: COMPARISON_COLOURS.worse, label: 'Worse' },
    ]);
  });

  it('words the grey entry by what its areas share: tested, or tested and untested', () => {
    expect(comparisonKey([tested('higher'), tested('lower')]).map((e) => e.label)).toEqual([
      'Significantly higher or lower than the benchmark (neither is better)',
    ]);
    expect(comparisonKey([tested('better'), tested('higher'), untested('lower')]).map((e) => e.label)).toEqual([
      'Better',
      'Higher or lower than the benchmark, not judged better or worse (the table says which were tested for significance)',
    ]);
  });

  it('has no entry for areas without a comparison', () => {
    expect(comparisonKey([untested(null), tested(null)])).toEqual([]);
  });

  it('speaks the page’s language', () => {
    expect(comparisonKey([untested('lower')], translatorFor('de-DE')).map((e) => e.label)).toEqual([
      'Höher oder niedriger als der Vergleichswert (nicht auf Signifikanz geprüft)',
    ]);
  });
});

describe('comparisonCell', () => {
  it.each([
    [untested('higher'), 'Higher (not tested for significance)'],
    [untested('lower'), 'Lower (not tested for significance)'],
    [untested('same'), 'Same (not tested for significance)'],
    [tested('higher'), 'Significantly higher'],
    [tested('lower'), 'Significantly lower'],
    [tested('better'), 'Better'],
    [tested('similar'), 'Similar'],
    [tested('worse'), 'Worse'],
    [untested(null), 'No comparison'],
  ])('says %o in the key’s words: %s', (area, text) => {
    expect(comparisonCell(area)).toBe(text);
  });

  it('speaks the page’s language', () => {
    expect(comparisonCell(untested('higher'), translatorFor('cy'))).toBe('Uwch (heb brofi am arwyddocâd)');
    expect(comparisonCell(tested('lower'), translatorFor('nl-NL'))).toBe('Significant lager');
  });
});

describe('comparedInPeriod', () => {
  const area = { compare: ['higher', 'lower'] as ComparedArea['compare'][], lower: [1, null], upper: [3, 4] };

  it('is tested only in a period with both limits, so the profile words it like the table', () => {
    expect(comparedInPeriod(area, 0)).toEqual({ compare: 'higher', tested: true });
    expect(comparisonCell(comparedInPeriod(area, 0))).toBe('Significantly higher');
    expect(comparisonCell(comparedInPeriod(area, 1))).toBe('Lower (not tested for significance)');
  });

  it('is untested without limits and has no comparison past the periods', () => {
    expect(comparedInPeriod({ ...area, lower: null, upper: null }, 0)).toEqual({ compare: 'higher', tested: false });
    expect(comparedInPeriod(area, 5)).toEqual({ compare: null, tested: false });
  });
});
