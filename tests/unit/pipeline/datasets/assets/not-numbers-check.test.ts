import { describe, expect, it } from 'vitest';
import { createNotNumbersCheck, notNumbersFix } from '../../../../../src/pipeline/datasets/assets/not-numbers-check.ts';
import { datasetWarningText } from '../../../../../src/lib/data-reasons.ts';

describe('notNumbersFix', () => {
  it('names the decimal separator that reads the values', () => {
    expect(notNumbersFix(['-3,7169', '40,4279'], '.', true)).toBe('decimalComma');
    expect(notNumbersFix(['-3.7169', '40.4279'], ',', true)).toBe('decimalPoint');
    // In a grid, dots every three digits are thousands separators: a UTM northing of 4,470,157.
    expect(notNumbersFix(['434.685', '4.470.157'], '.', false)).toBe('decimalComma');
  });

  it('says when a spreadsheet wrote a separator between every three digits (the decimal point is lost)', () => {
    // Madrid's LATITUD and LONGITUD as re-saved: 40.3794417915994 and -3.76943899720024.
    expect(notNumbersFix(['-37.694.389.972.002.400', '4.037.944.179.159.940'], '.', true)).toBe('digitGroups');
    expect(notNumbersFix(['-3.716.950.806.640.090', '40.427.947.044.751'], '.', true)).toBe('digitGroups');
    expect(notNumbersFix(['1,234,567', '2'], ',', true)).toBe('digitGroups');
    // Not read by either separator, in a grid too.
    expect(notNumbersFix(['1.234.567', '2,5,0'], '.', false)).toBe('digitGroups');
  });

  it('knows no fix for text that is no number either way, or for blanks', () => {
    expect(notNumbersFix(['north', '51.2'], '.', true)).toBeNull();
    expect(notNumbersFix(['', ' '], '.', true)).toBeNull();
  });
});

describe('createNotNumbersCheck', () => {
  it('gives one warning per file with its row count, first line and values', () => {
    const check = createNotNumbersCheck('.', true);
    check.add('a.csv', 2, 'X, Y', ['-3,7', '40,4']);
    check.add('a.csv', 5, 'X, Y', ['x', 'y']);
    check.add('b.csv', 3, 'Location', ['(40.4; -3.7)']);
    const [a, b] = check.warnings();
    expect(a).toEqual({
      code: 'coordinatesNotNumbers',
      file: 'a.csv',
      rows: 2,
      columns: 'X, Y',
      line: 2,
      example: '-3,7, 40,4',
      fix: 'decimalComma',
    });
    expect(b).toMatchObject({ file: 'b.csv', rows: 1, fix: null });
    expect(a && datasetWarningText(a)).toBe(
      'a.csv: 2 rows have coordinates that are not numbers (X, Y on line 2: -3,7, 40,4), so they are kept but not placed. ' +
        'They read as numbers with a decimal comma: set decimalSeparator to ",".',
    );
    expect(b && datasetWarningText(b)).toMatch(/1 row has .* so it is kept but not placed\. Check that columns\.x/);
  });
});
