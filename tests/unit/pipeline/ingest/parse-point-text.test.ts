import { describe, expect, it } from 'vitest';
import { parsePointText } from '../../../../src/pipeline/ingest/parse-point-text.ts';

describe('parsePointText', () => {
  it.each([
    ['(39.29, -76.61)', 'y,x', { ok: true, x: -76.61, y: 39.29 }],
    ['52.1, -1.2', 'y,x', { ok: true, x: -1.2, y: 52.1 }],
    ['-1.2, 52.1', 'x,y', { ok: true, x: -1.2, y: 52.1 }],
    ['[-1.2, 52.1]', 'x,y', { ok: true, x: -1.2, y: 52.1 }],
    ['52.1 -1.2', 'y,x', { ok: true, x: -1.2, y: 52.1 }],
    ['POINT (-1.2 52.1)', 'x,y', { ok: true, x: -1.2, y: 52.1 }],
    ['530000;180000', 'x,y', { ok: true, x: 530000, y: 180000 }],
  ] as const)('reads %s in order %s', (text, order, want) => {
    expect(parsePointText(text, order)).toEqual(want);
  });

  it('reads decimal commas when the pair is split by ";"', () => {
    expect(parsePointText('52,1; -1,2', 'y,x', ',')).toEqual({ ok: true, x: -1.2, y: 52.1 });
  });

  it('is null when blank and gives a reason for anything but two numbers', () => {
    expect(parsePointText('  ', 'y,x')).toBeNull();
    expect(parsePointText('(39.29)', 'y,x')).toEqual({ ok: false, reason: 'not two coordinates' });
    expect(parsePointText('1, 2, 3', 'y,x')).toEqual({ ok: false, reason: 'not two coordinates' });
    expect(parsePointText('see map', 'y,x')).toEqual({ ok: false, reason: 'not two coordinates' });
  });
});
