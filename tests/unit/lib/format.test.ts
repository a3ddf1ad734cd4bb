import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/lib/format.ts';
import { SUPPRESSED } from '../../../src/lib/manifest.ts';

describe('createFormatter', () => {
  const en = createFormatter('en-GB');
  it('formats counts, suppressed values and missing values in words', () => {
    expect(en.count(12345)).toBe('12,345');
    expect(en.count(SUPPRESSED)).toBe('suppressed');
    expect(en.count(null)).toBe('no data');
  });
  it('prints a real -1 (a fall of one, a correction) as a number, never as suppressed', () => {
    expect(en.count(-1)).toBe('-1');
    expect(en.percent(SUPPRESSED)).toBe('suppressed');
  });
  it('formats signed percentages and calendar dates without time-zone drift', () => {
    expect(en.percent(12.345)).toBe('+12.3%');
    expect(en.percent(-4)).toBe('-4.0%');
    expect(en.date('2025-03-03')).toBe('3 March 2025');
  });
  it('follows the configured locale', () => {
    const de = createFormatter('de-DE');
    expect(de.count(12345)).toBe('12.345');
    expect(de.decimal(45.06)).toBe('45,1');
    expect(de.date('2025-03-03')).toBe('3. März 2025');
  });
  it("writes dates in the interface's language for a locale with no catalogue, numbers in the locale", () => {
    // nb-NO is shown in the en-GB catalogue: "3. mars 2025" would be Norwegian inside English text.
    const nb = createFormatter('nb-NO');
    expect(nb.date('2025-03-03')).toBe('3 March 2025');
    expect(nb.shortDate('2025-03-03')).toBe('3 Mar 2025');
    expect(nb.decimal(45.06)).toBe('45,1');
    expect(createFormatter('en-US').date('2025-03-03')).toBe('March 3, 2025');
  });
});
