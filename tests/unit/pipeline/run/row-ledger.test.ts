import { describe, expect, it } from 'vitest';
import { RowLedger } from '../../../../src/pipeline/run/row-ledger.ts';

describe('RowLedger', () => {
  it('reports rows in as accepted plus rejected, with reasons largest first', () => {
    const ledger = new RowLedger();
    for (let i = 0; i < 5; i++) ledger.read();
    ledger.accept();
    ledger.accept();
    ledger.reject('a.csv', 3, 'count', 'count is negative', '-1');
    ledger.rejectUnknownCode('a.csv', 4, 'code', 'X1');
    ledger.rejectUnknownCode('a.csv', 5, 'code', 'X1');
    const r = ledger.report();
    expect(r).toMatchObject({ rowsIn: 5, accepted: 2, rejected: 3 });
    expect(r.rejectedByReason).toEqual([
      { reason: 'area code matches no area', count: 2, reasonCoded: { code: 'areaCodeUnknown' } },
      { reason: 'count is negative', count: 1 },
    ]);
    expect(r.unknownCodes).toEqual([{ code: 'X1', rows: 2 }]);
    expect(r.sampleRejections[0]).toEqual({
      file: 'a.csv',
      line: 3,
      column: 'count',
      reason: 'count is negative',
      value: '-1',
    });
  });

  it('keeps a coded reason beside its English text, in the rejection and the tally, and still adds up', () => {
    const ledger = new RowLedger();
    for (let i = 0; i < 4; i++) ledger.read();
    ledger.accept();
    ledger.reject('a.csv', 2, 'count', { code: 'countMissing' }, '');
    ledger.reject('a.csv', 3, '', { code: 'fieldCount', fields: 5, width: 4 }, '1,2,3,4,5');
    ledger.reject('a.csv', 4, '', 'a reason with no code', 'x');
    const r = ledger.report();
    expect(r.rowsIn).toBe(r.accepted + r.rejected);
    expect(r.sampleRejections.map((x) => [x.reason, x.reasonCoded])).toEqual([
      ['count is missing', { code: 'countMissing' }],
      ['row has 5 fields, the header has 4', { code: 'fieldCount', fields: 5, width: 4 }],
      ['a reason with no code', undefined],
    ]);
    expect(r.rejectedByReason).toEqual([
      { reason: 'a reason with no code', count: 1 },
      { reason: 'count is missing', count: 1, reasonCoded: { code: 'countMissing' } },
      {
        reason: 'row has 5 fields, the header has 4',
        count: 1,
        reasonCoded: { code: 'fieldCount', fields: 5, width: 4 },
      },
    ]);
  });

  it('keeps each warning once, its code beside its text in the same order (null for text)', () => {
    const ledger = new RowLedger();
    ledger.warn({ code: 'shortRows', file: 'a.csv', rows: 2 });
    ledger.warn('a.csv: declare the real `encoding` in the config.');
    ledger.warn({ code: 'shortRows', file: 'a.csv', rows: 2 });
    const r = ledger.report();
    expect(r.warnings).toEqual([
      'a.csv: 2 row(s) had fewer fields than the header; the missing trailing fields were read as empty.',
      'a.csv: declare the real "encoding" in the config.',
    ]);
    expect(r.warningsCoded).toEqual([{ code: 'shortRows', file: 'a.csv', rows: 2 }, null]);
  });

  it('refuses to report when a row was neither accepted nor rejected', () => {
    const ledger = new RowLedger();
    ledger.read();
    ledger.read();
    ledger.accept();
    expect(() => ledger.report()).toThrow(/2 rows in, 1 accepted, 0 rejected/);
  });

  it('counts duplicates and truncates long values', () => {
    const ledger = new RowLedger();
    ledger.read();
    ledger.rejectDuplicate('a.csv', 2, '', 'x'.repeat(500));
    const r = ledger.report();
    expect(r.duplicates).toBe(1);
    expect(r.sampleRejections[0]?.value.length).toBe(201);
  });

  it('sorts tied reasons alphabetically so reports are deterministic', () => {
    const ledger = new RowLedger();
    ledger.read();
    ledger.read();
    ledger.reject('a.csv', 2, 'b', 'zeta', '');
    ledger.reject('a.csv', 3, 'b', 'alpha', '');
    expect(ledger.report().rejectedByReason.map((r) => r.reason)).toEqual(['alpha', 'zeta']);
  });

  it('keeps warnings as plain text: code spans become quoted words, and a repeated warning is kept once', () => {
    const ledger = new RowLedger();
    ledger.warn('a.csv: declare the real `encoding` in the config.');
    ledger.warn('a.csv: declare the real `encoding` in the config.');
    expect(ledger.report().warnings).toEqual(['a.csv: declare the real "encoding" in the config.']);
  });

  it('hands every rejection to a sink, in order, and keeps only a sample of them in memory', () => {
    const seen: number[] = [];
    const ledger = new RowLedger((_file, line) => seen.push(line));
    for (let i = 0; i < 100; i++) {
      ledger.read();
      ledger.reject('a.csv', i + 2, 'count', 'count is missing', '');
    }
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(ledger.rejections).toHaveLength(25);
    expect(ledger.report()).toMatchObject({ rowsIn: 100, accepted: 0, rejected: 100 });
    expect(ledger.report().sampleRejections.map((r) => r.line)).toEqual(seen.slice(0, 25));
  });

  it('hands a sink each rejection as its fields, and keeps the sample as rejections without empty fields', () => {
    const seen: string[][] = [];
    const ledger = new RowLedger((...fields) => seen.push(fields.map(String)));
    ledger.identifyRowsWith((f) => ({ code: (f[0] ?? '').trim(), name: (f[1] ?? '').trim(), date: '' }));
    ledger.read([' A1 ', '', '2024-01-01']);
    ledger.reject('a.csv', 2, 'count', { code: 'countMissing' }, 'x'.repeat(201));
    ledger.read();
    ledger.rejectIdentified('a.csv', 3, 'cases', { code: 'cumulativeFell' }, '6: fell', 'B2', 'Beacon', '2024-01-02');
    ledger.read();
    ledger.rejectIdentified('a.csv', 4, 'fips', { code: 'areaCodeMissing' }, '', '', '', '2024-01-03');
    expect(seen).toEqual([
      ['a.csv', '2', 'count', 'count is missing', `${'x'.repeat(200)}…`, 'A1', '', ''],
      ['a.csv', '3', 'cases', 'cumulative count fell', '6: fell', 'B2', 'Beacon', '2024-01-02'],
      ['a.csv', '4', 'fips', 'area code is missing', '', '', '', '2024-01-03'],
    ]);
    const sample = ledger.report().sampleRejections;
    expect(sample[0]).toEqual({
      file: 'a.csv',
      line: 2,
      column: 'count',
      reason: 'count is missing',
      reasonCoded: { code: 'countMissing' },
      value: `${'x'.repeat(200)}…`,
      code: 'A1',
    });
    expect(sample[2]).toEqual({
      file: 'a.csv',
      line: 4,
      column: 'fips',
      reason: 'area code is missing',
      reasonCoded: { code: 'areaCodeMissing' },
      value: '',
      date: '2024-01-03',
    });
    expect(ledger.report().rejectedByReason.map((r) => r.reasonCoded?.code)).toEqual([
      'areaCodeMissing',
      'countMissing',
      'cumulativeFell',
    ]);
  });

  it('counts a file in cells once its cell columns are named: each row read is one per period column', () => {
    const ledger = new RowLedger();
    ledger.read(['R0', '1']);
    ledger.accept();
    ledger.countCells([
      { header: '2019/20', period: '2019/20' },
      { header: '2020/21', period: '2020/21' },
    ]);
    ledger.identifyRowsWith((f) => ({ code: f[0] ?? '' }));
    ledger.read(['A1', '5', '']);
    ledger.accept();
    ledger.reject('w.csv', 3, '2020/21', { code: 'valueMissing' }, '', '2020/21');
    ledger.read(['A2', '1', '2', '3']);
    ledger.rejectRow('w.csv', 4, { code: 'fieldCount', fields: 4, width: 3 }, 'A2,1,2,3');
    const r = ledger.report();
    expect(r).toMatchObject({ unit: 'cells', rowsIn: 5, accepted: 2, rejected: 3 });
    expect(r.sampleRejections.map((x) => [x.line, x.column, x.code, x.date, x.reason])).toEqual([
      [3, '2020/21', 'A1', '2020/21', 'value is missing'],
      [4, '2019/20', 'A2', '2019/20', 'row has 4 fields, the header has 3'],
      [4, '2020/21', 'A2', '2020/21', 'row has 4 fields, the header has 3'],
    ]);
  });

  it('rejects a whole row as one rejection, and says nothing of cells, while rows are counted', () => {
    const ledger = new RowLedger();
    ledger.read(['x']);
    ledger.rejectRow('a.csv', 2, { code: 'emptyRow' }, '');
    const r = ledger.report();
    expect(r.unit).toBeUndefined();
    expect(r).toMatchObject({ rowsIn: 1, rejected: 1 });
    expect(r.sampleRejections[0]).toMatchObject({ line: 2, column: '' });
  });
});
