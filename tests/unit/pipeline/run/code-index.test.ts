import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeIndex } from '../../../../src/pipeline/run/code-index.ts';

describe('CodeIndex', () => {
  it('answers as a map would, whatever order the codes come in', () => {
    // Codes repeated in runs (files sorted by area), in cycles (sorted by date, then area), and at
    // random; codes that differ only by spaces, quotes, case or a prefix are different codes.
    const alphabet = [
      'E06000001',
      'E06000001 ',
      ' E06000001',
      '"E06000001"',
      'e06000001',
      'E0600000',
      'E060000011',
      '',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (sequence, cycles) => {
          const index = new CodeIndex();
          const map = new Map<string, number>();
          for (const code of Array.from({ length: cycles }, () => sequence).flat()) {
            const got = index.get(code);
            expect(got).toBe(map.get(code));
            if (got === undefined) {
              map.set(code, map.size);
              index.set(code, map.size - 1);
            }
          }
          expect(index.size).toBe(map.size);
        },
      ),
    );
  });

  it('gives several codes the same area (aliases) and tells them apart from unknown ones', () => {
    const index = new CodeIndex();
    index.set('E07000246', 0);
    index.set('E07000190', 0); // an older code for the same area
    index.set('E07000187', 1);
    const seen = ['E07000246', 'E07000190', 'E07000187', 'E07000190', 'E07000246', 'X', 'E07000187'].map((c) =>
      index.get(c),
    );
    expect(seen).toEqual([0, 0, 1, 0, 0, undefined, 1]);
  });

  it('follows a daily cycle of areas, and a changed cycle', () => {
    const index = new CodeIndex();
    const day1 = ['01001', '01003', '01005'];
    day1.forEach((c, i) => index.set(c, i));
    expect(day1.map((c) => index.get(c))).toEqual([0, 1, 2]);
    // One area missing one day, a new one the next, the order reversed after.
    expect(['01001', '01005'].map((c) => index.get(c))).toEqual([0, 2]);
    expect(index.get('01007')).toBeUndefined();
    index.set('01007', 3);
    expect(['01001', '01003', '01005', '01007'].map((c) => index.get(c))).toEqual([0, 1, 2, 3]);
    expect(['01007', '01005', '01003', '01001'].map((c) => index.get(c))).toEqual([3, 2, 1, 0]);
  });
});
