import { describe, expect, it } from 'vitest';
import { countNoun, plural } from '../../../src/lib/plural.ts';

describe('plural and countNoun', () => {
  it.each([
    [0, '0 records are'],
    [1, '1 record is'],
    [3, '3 records are'],
  ])('says %d in the right number', (n, text) => {
    expect(`${countNoun(n, 'record', 'records')} ${plural(n, 'is', 'are')}`).toBe(text);
  });

  it("follows the locale's rules (French counts 0 and 1 as singular)", () => {
    expect(countNoun(0, 'bâtiment', 'bâtiments', 'fr-FR')).toBe('0 bâtiment');
    expect(countNoun(0, 'building', 'buildings', 'en-GB')).toBe('0 buildings');
  });
});
