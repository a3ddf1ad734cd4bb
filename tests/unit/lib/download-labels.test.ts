import { describe, expect, it } from 'vitest';
import { downloadLabel } from '../../../src/lib/download-labels.ts';

describe('downloadLabel', () => {
  it.each([
    ['assets-csv', 'All assets, as a spreadsheet'],
    ['source-rows', 'Each asset’s row as published in the source'],
    ['cases/summary', 'Summary (cases)'],
    ['weekly-totals', 'Weekly totals'],
  ])('names %s for a reader', (name, label) => {
    expect(downloadLabel(name)).toBe(label);
  });
});
