import { describe, expect, it } from 'vitest';
import { countedUnit } from '../../../../src/lib/cases/counted-unit.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';

describe('countedUnit', () => {
  const en = translatorFor('en-GB');
  const cy = translatorFor('cy');

  it('counts the interface’s own word for cases by its number', () => {
    expect(countedUnit('cases', 1, '1', en)).toBe('1 case');
    expect(countedUnit('cases', 3, '3', en)).toBe('3 cases');
    expect(countedUnit('achosion', 3, '3', cy)).toBe('3 achos');
    expect(countedUnit('Fälle', 1, '1', translatorFor('de'))).toBe('1 Fall');
  });

  it('says a config label with forms in the form its number takes', () => {
    const forms = {
      'en-GB': { one: 'admission', other: 'admissions' },
      cy: {
        zero: 'derbyniad',
        one: 'derbyniad',
        two: 'derbyniad',
        few: 'derbyniad',
        many: 'derbyniad',
        other: 'derbyniad',
      },
    };
    expect(countedUnit({ unit: 'hospital admissions', forms }, 1, '1', en)).toBe('1 admission');
    expect(countedUnit({ unit: 'hospital admissions', forms }, 1200, '1,200', en)).toBe('1,200 admissions');
    expect(countedUnit({ unit: 'derbyniadau', forms }, 3, '3', cy)).toBe('3 derbyniad');
  });

  it('puts a config label without forms beside the number, right for every count', () => {
    expect(countedUnit('norovirus cases', 1, '1', en)).toBe('1 (norovirus cases)');
    expect(countedUnit('achosion norofeirws', 3, '3', cy)).toBe('3 (achosion norofeirws)');
  });
});
