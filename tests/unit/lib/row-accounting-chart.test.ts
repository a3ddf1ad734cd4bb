import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/lib/format.ts';
import { translatorFor } from '../../../src/lib/i18n/catalogues.ts';
import type { QualityReport } from '../../../src/lib/manifest.ts';
import {
  rowAccountingBars,
  rowAccountingChartOptions,
  rowAccountingCompressed,
  rowAccountingDescription,
} from '../../../src/lib/row-accounting-chart.ts';
import { renderPlot } from '../../../src/site/render-plot.ts';
import { expectGoldenSvg } from '../golden-svg.ts';

const fmt = createFormatter('en-GB');
const t = translatorFor('en-GB');
const report = (accepted: number, reasons: [string, number][]): QualityReport => {
  const rejected = reasons.reduce((n, [, c]) => n + c, 0);
  return {
    files: [],
    rowsIn: accepted + rejected,
    accepted,
    rejected,
    rejectedByReason: reasons.map(([reason, count]) => ({ reason, count })),
    unknownCodes: [],
    unknownCodeHints: [],
    duplicates: 0,
    warnings: [],
    sampleRejections: [],
  };
};

describe('row accounting chart', () => {
  it('has a bar for the accepted rows and one per rejection reason, in order', () => {
    expect(
      rowAccountingBars(
        report(90, [
          ['not a date', 7],
          ['unknown area', 3],
        ]),
        t,
      ),
    ).toEqual([
      { outcome: 'Accepted', count: 90, accepted: true },
      { outcome: 'Rejected: not a date', count: 7, accepted: false },
      { outcome: 'Rejected: unknown area', count: 3, accepted: false },
    ]);
  });

  it('compresses the axis only when rejections are fewer than 1 in 50 accepted rows', () => {
    expect(rowAccountingCompressed(report(90, [['not a date', 10]]))).toBe(false);
    expect(rowAccountingCompressed(report(5_000, [['not a date', 100]]))).toBe(false);
    expect(rowAccountingCompressed(report(5_001, [['not a date', 100]]))).toBe(true);
    expect(rowAccountingCompressed(report(5_000, []))).toBe(false);
  });

  it('counts a dataset of wide files in cells: the sentence and the axis say cells, in each language', () => {
    const q: QualityReport = { ...report(278, [['value is missing', 2]]), unit: 'cells' };
    expect(rowAccountingDescription(q, t)).toBe(
      '280 cells read: 278 accepted and 2 rejected. The table below gives each rejection reason.',
    );
    expect(rowAccountingDescription(q, translatorFor('de'))).toMatch(/^280 Zellen gelesen: 278 akzeptiert/);
    const options = rowAccountingChartOptions(Plot, q, fmt, t) as { x: { label: string } };
    expect(options.x.label).toBe('Cells');
    expect((rowAccountingChartOptions(Plot, report(5, []), fmt, t) as { x: { label: string } }).x.label).toBe('Rows');
  });

  it('gives the rows the config left out a bar of their own, and says them in the sentence, in each language', () => {
    const q: QualityReport = { ...report(90, [['not a date', 2]]), rowsIn: 100, leftOut: 8 };
    expect(rowAccountingBars(q, t).at(-1)).toEqual({
      outcome: 'Left out by the configuration',
      count: 8,
      accepted: false,
      leftOut: true,
    });
    expect(rowAccountingDescription(q, t)).toBe(
      '100 rows read: 90 accepted and 2 rejected. The table below gives each rejection reason. Left out by the configuration, neither accepted nor rejected: 8.',
    );
    expect(rowAccountingDescription(q, translatorFor('nl'))).toMatch(/Weggelaten door de configuratie.*: 8\.$/);
    // A filter that left nothing out adds no bar.
    expect(rowAccountingBars({ ...q, rowsIn: 92, leftOut: 0 }, t)).toHaveLength(2);
  });

  it('says the tally in one sentence', () => {
    expect(rowAccountingDescription(report(1_200, [['not a date', 34]]), t)).toBe(
      '1,234 rows read: 1,200 accepted and 34 rejected. The table below gives each rejection reason.',
    );
  });

  it.each([
    [
      'row-accounting-linear',
      report(90, [
        ['not a date', 7],
        ['unknown area', 3],
      ]),
    ],
    [
      'row-accounting-compressed',
      report(12_000, [
        ['not a date', 40],
        ['unknown area', 2],
      ]),
    ],
  ])('draws %s as the dataset page does', (name, q) => {
    const svg = renderPlot(rowAccountingChartOptions(Plot, q, fmt, t), { id: 'r', title: 'Rows', desc: 'Rows.' });
    expectGoldenSvg(import.meta.url, name, svg);
  });
});
