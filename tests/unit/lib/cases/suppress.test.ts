import { describe, expect, it } from 'vitest';
import { isSmallCount, suppressCount, suppressDerived } from '../../../../src/lib/cases/suppress.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';

describe('suppression (below 3: 1 and 2 hidden)', () => {
  it('hides 1 and 2, keeps 0 and 3 and up', () => {
    expect([0, 1, 2, 3, 10].map((c) => suppressCount(c, 3))).toEqual([0, SUPPRESSED, SUPPRESSED, 3, 10]);
  });

  it('keeps null (no data) distinct from suppressed', () => {
    expect(suppressCount(null, 3)).toBeNull();
  });

  it('leaves negative corrections alone', () => {
    expect(suppressCount(-2, 3)).toBe(-2);
    expect(isSmallCount(-2, 3)).toBe(false);
  });

  it('is off for 0 and 1', () => {
    expect(suppressCount(1, 0)).toBe(1);
    expect(suppressCount(1, 1)).toBe(1);
    expect(suppressCount(1, 2)).toBe(SUPPRESSED);
  });

  it('hides a derived figure when any source count is small', () => {
    expect(suppressDerived(12.5, 3, 40, 2)).toBe(SUPPRESSED);
    expect(suppressDerived(12.5, 3, 40, 0)).toBe(12.5);
    expect(suppressDerived(null, 3, 40)).toBeNull();
  });
});
