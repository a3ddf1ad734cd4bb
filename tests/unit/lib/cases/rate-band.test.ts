import { describe, expect, it } from 'vitest';
import { rateBand } from '../../../../src/lib/cases/rate-band.ts';
import { rateBandLabels } from '../../../../src/lib/cases/rate-band-labels.ts';
import { bandColours } from '../../../../src/lib/cases/band-colours.ts';

const bands = [10, 50, 100, 200, 400, 800];

describe('rateBand', () => {
  it('puts a rate in the band whose lower bound it reaches', () => {
    expect(rateBand(0, bands)).toBe(0);
    expect(rateBand(9.9, bands)).toBe(0);
    expect(rateBand(10, bands)).toBe(1);
    expect(rateBand(49.9, bands)).toBe(1);
    expect(rateBand(50, bands)).toBe(2);
    expect(rateBand(799.9, bands)).toBe(5);
    expect(rateBand(800, bands)).toBe(6);
    expect(rateBand(12345, bands)).toBe(6);
  });

  it('has no band for a missing or negative rate', () => {
    expect(rateBand(null, bands)).toBeNull();
    expect(rateBand(-1, bands)).toBeNull();
    expect(rateBand(Number.NaN, bands)).toBeNull();
  });
});

describe('rateBandLabels', () => {
  it('labels every band, the last open-ended', () => {
    expect(rateBandLabels(bands, String)).toEqual([
      'Below 10',
      '10 to 49.9',
      '50 to 99.9',
      '100 to 199.9',
      '200 to 399.9',
      '400 to 799.9',
      '800 and over',
    ]);
    expect(rateBandLabels([2.5, 5], String)).toEqual(['Below 2.5', '2.5 to 4.9', '5 and over']);
  });
});

describe('bandColours', () => {
  it('gives n distinct colours from light to dark', () => {
    const c = bandColours(7);
    expect(c).toHaveLength(7);
    expect(new Set(c).size).toBe(7);
    expect(c[0]).toBe('#fde725');
    expect(c[6]).toBe('#440154');
    const lum = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
    };
    for (let i = 1; i < c.length; i++) expect(lum(c[i] as string)).toBeLessThan(lum(c[i - 1] as string));
  });
});
