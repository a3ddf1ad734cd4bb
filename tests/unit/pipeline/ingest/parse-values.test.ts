import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MISSING,
  dateReason,
  codeMissingSet,
  isMissingValue,
  missingSet,
  parseDate,
  parseInteger,
  parseNumber,
} from '../../../../src/pipeline/ingest/parse-values.ts';
import { isoDay } from '../../../../src/lib/day-number.ts';

const missing = missingSet([]);

describe('missingSet', () => {
  it('holds the defaults plus extra values, trimmed and lower-cased', () => {
    const set = missingSet([' Suppressed ', 'X']);
    for (const v of DEFAULT_MISSING) expect(set.has(v)).toBe(true);
    expect(set.has('suppressed')).toBe(true);
    expect(set.has('x')).toBe(true);
  });
});

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    ['  42 ', 42],
    ['+7', 7],
    ['-3.25', -3.25],
    ['0.1', 0.1],
    ['.5', 0.5],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1.5E+3', 1500],
    ['2e-2', 0.02],
    ['-0', 0],
    ['12345678901234567890', 1.2345678901234567e19],
    ['0.30000000000000004', 0.30000000000000004],
  ])('reads %j as %d with decimal "."', (raw, value) => {
    expect(parseNumber(raw, missing, '.')).toBe(value);
  });

  it.each([
    ['1.234,5', 1234.5],
    ['1,5', 1.5],
    ['1 234,5', 1234.5],
    ['-1.000.000', -1000000],
  ])('reads %j as %d with decimal ","', (raw, value) => {
    expect(parseNumber(raw, missing, ',')).toBe(value);
  });

  it.each(['', '  ', '..', '-', 'NaN', 'nan', 'N/A', 'na', 'NULL'])('treats %j as missing (null)', (raw) => {
    expect(parseNumber(raw, missing, '.')).toBeNull();
  });

  it.each([
    'abc',
    '12%',
    '£5',
    '1,23',
    '1,2345',
    '12,34,567',
    '1.2.3',
    '1e',
    '--1',
    '1 2',
    'Infinity',
    '0x10',
    '1,234 567',
    '5 .',
  ])('rejects %j (NaN)', (raw) => {
    expect(parseNumber(raw, missing, '.')).toBeNaN();
  });

  it('rejects a point-decimal number when the decimal separator is a comma', () => {
    expect(parseNumber('1.5', missing, ',')).toBeNaN();
  });

  it('checks configured missing values that look like numbers before parsing', () => {
    const custom = missingSet(['-999']);
    expect(parseNumber('-999', custom, '.')).toBeNull();
    expect(parseNumber('-998', custom, '.')).toBe(-998);
  });

  it('gives the same double as Number() for long decimals', () => {
    for (const raw of ['3.141592653589793', '123456.789012345678', '9007199254740993', '0.000001234']) {
      expect(parseNumber(raw, missing, '.')).toBe(Number(raw));
    }
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers, rejects fractions', () => {
    expect(parseInteger('1,234', missing, '.')).toBe(1234);
    expect(parseInteger('7.0', missing, '.')).toBe(7);
    expect(parseInteger('7.5', missing, '.')).toBeNaN();
    expect(parseInteger('..', missing, '.')).toBeNull();
    expect(parseInteger('x', missing, '.')).toBeNaN();
  });
});

describe('parseDate', () => {
  const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

  it.each([
    ['2021-02-28', '2021-02-28'],
    ['2020-02-29', '2020-02-29'],
    [' 2021-03-04 ', '2021-03-04'],
    ['2021-03-04T10:00:00Z', '2021-03-04'],
    ['2021-03-04 00:00:00', '2021-03-04'],
    ['04/03/2021', '2021-03-04'],
    ['4/3/2021', '2021-03-04'],
    ['04-03-2021', '2021-03-04'],
    ['04.03.2021', '2021-03-04'],
    ['26/02/2014 00:00', '2014-02-26'],
    ['20210304', '2021-03-04'],
    ['2021/03/04', '2021-03-04'],
    ['1970-01-01', '1970-01-01'],
    ['1969-12-31', '1969-12-31'],
  ])('auto reads %j as %s', (raw, iso) => {
    expect(parseDate(raw, 'auto', missing)).toBe(day(iso));
  });

  it.each([
    '31/02/2021',
    '2021-02-30',
    '2021-13-01',
    '29/02/2021',
    '00/01/2021',
    '04/03/21',
    '2021-3-4',
    'yesterday',
    '04/03-2021',
    '2021-03-04x',
    '202103045',
  ])('auto rejects %j (NaN)', (raw) => {
    expect(parseDate(raw, 'auto', missing)).toBeNaN();
  });

  it('returns null for missing values', () => {
    expect(parseDate('', 'auto', missing)).toBeNull();
    expect(parseDate(' - ', 'iso', missing)).toBeNull();
    expect(parseDate('N/A', 'dmy', missing)).toBeNull();
  });

  it('honours the declared layout', () => {
    expect(parseDate('03/04/2021', 'mdy', missing)).toBe(day('2021-03-04'));
    expect(parseDate('03/04/2021', 'dmy', missing)).toBe(day('2021-04-03'));
    expect(parseDate('12/31/2021', 'dmy', missing)).toBeNaN();
    expect(parseDate('04/03/2021', 'iso', missing)).toBeNaN();
    expect(parseDate('2021-03-04', 'dmy', missing)).toBeNaN();
    expect(parseDate('20210304', 'yyyymmdd', missing)).toBe(day('2021-03-04'));
    expect(parseDate('2021-03-04', 'yyyymmdd', missing)).toBeNaN();
  });

  it('reads year-first dates with / or . (Esri and ArcGIS Hub exports) in auto and ymd', () => {
    // The HPSC's county file writes `2021/04/06 00:00:00+00`: a four-digit year first is never a day.
    expect(parseDate('2021/04/06 00:00:00+00', 'auto', missing)).toBe(day('2021-04-06'));
    expect(parseDate('2021.04.06', 'auto', missing)).toBe(day('2021-04-06'));
    expect(parseDate('2021/4/6', 'auto', missing)).toBe(day('2021-04-06'));
    expect(parseDate('2021/04/06', 'ymd', missing)).toBe(day('2021-04-06'));
    expect(parseDate('2021-04-06T10:00:00Z', 'ymd', missing)).toBe(day('2021-04-06'));
    expect(parseDate('2021.4.6', 'ymd', missing)).toBe(day('2021-04-06'));
    // One separator, used twice; a real month and day; nothing after the day but a time.
    expect(parseDate('2021/04-06', 'auto', missing)).toBeNaN();
    expect(parseDate('2021/13/01', 'auto', missing)).toBeNaN();
    expect(parseDate('2021/02/30', 'ymd', missing)).toBeNaN();
    expect(parseDate('2021/04/061', 'ymd', missing)).toBeNaN();
    expect(parseDate('06/04/2021', 'ymd', missing)).toBeNaN();
    // The strict layouts stay strict.
    expect(parseDate('2021/04/06', 'iso', missing)).toBeNaN();
    expect(parseDate('2021/04/06', 'dmy', missing)).toBeNaN();
  });

  it('gives the same answer when the same string repeats (cache) and when arguments change', () => {
    expect(parseDate('01/02/2021', 'dmy', missing)).toBe(day('2021-02-01'));
    expect(parseDate('01/02/2021', 'dmy', missing)).toBe(day('2021-02-01'));
    expect(parseDate('01/02/2021', 'mdy', missing)).toBe(day('2021-01-02'));
    expect(parseDate('01/02/2021', 'mdy', missingSet(['01/02/2021']))).toBeNull();
  });
});

describe('codeMissingSet', () => {
  it("makes an area code missing only when blank or one of the dataset's own missingValues", () => {
    const codes = codeMissingSet(['Unknown']);
    // NA is Navarra's ISO 3166-2 code (and Namibia's): the built-in markers are not codes' markers.
    for (const code of ['NA', 'na', 'null', 'N/A', '-', '..', 'NaN'])
      expect(isMissingValue(code, codes), code).toBe(false);
    expect(isMissingValue('', codes)).toBe(true);
    expect(isMissingValue(' unknown ', codes)).toBe(true);
    // Numbers and dates keep the built-in markers.
    expect(isMissingValue('NA', missingSet([]))).toBe(true);
  });
});

describe('isoDay and dateReason', () => {
  it('formats day numbers as ISO dates, round-tripping parseDate', () => {
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(-1)).toBe('1969-12-31');
    expect(isoDay(18_321)).toBe('2020-02-29');
    for (let d = -600_000; d < 800_000; d += 997) {
      expect(parseDate(isoDay(d), 'iso', missing)).toBe(d);
    }
  });

  it('names the expected layouts', () => {
    expect(dateReason('auto')).toBe('not a date (expected YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY)');
    expect(dateReason('ymd')).toBe('not a date (expected YYYY-MM-DD or YYYY/MM/DD)');
    expect(dateReason('iso')).toMatch(/YYYY-MM-DD/);
    expect(dateReason('mdy')).toMatch(/MM\/DD\/YYYY/);
  });
});
