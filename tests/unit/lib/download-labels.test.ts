import { describe, expect, it } from 'vitest';
import { downloadLabel } from '../../../src/lib/download-labels.ts';
import { translatorFor } from '../../../src/lib/i18n/catalogues.ts';

describe('downloadLabel', () => {
  it.each([
    ['assets-csv', 'The whole dataset, as a spreadsheet'],
    ['source-rows', 'Each asset’s row as published in the source'],
    ['texts', 'The register’s free text about each asset'],
    ['cases/summary', 'Summary (cases)'],
    ['summary-influenza-lab-confirmed', 'Summary (influenza lab confirmed)'],
    ['monthly-measles', 'Monthly counts (measles)'],
    ['indicators/physical-activity', 'Indicator figures (physical activity)'],
    ['weekly-totals', 'Weekly totals'],
  ])('names %s for a reader', (name, label) => {
    expect(downloadLabel(name, translatorFor('en-GB'))).toBe(label);
  });

  it('names a known file in the site language', () => {
    expect(downloadLabel('assets-csv', translatorFor('de'))).toBe('Der ganze Datensatz als Tabellenblatt');
    expect(downloadLabel('cases/summary', translatorFor('nl'))).toBe('Samenvatting (cases)');
  });
});
