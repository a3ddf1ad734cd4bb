import { describe, expect, it } from 'vitest';
import {
  FreeAreaSpellings,
  LayerSpellings,
  codeFor,
  repairDoubleEncoding,
  spellingKey,
  withoutFootnoteMarks,
} from '../../../../src/pipeline/run/area-spellings.ts';
import type { LoadedLayer } from '../../../../src/pipeline/run/loaded-layer.ts';

describe('spellingKey', () => {
  it('ignores case, spaces, hyphens, apostrophes, full stops and accents', () => {
    expect(spellingKey('Mid Cambridge')).toBe(spellingKey('Mid-Cambridge'));
    expect(spellingKey('MID  CAMBRIDGE')).toBe(spellingKey('midcambridge'));
    expect(spellingKey("St. Mary's")).toBe(spellingKey('St Marys'));
    expect(spellingKey('Høje-Taastrup')).toBe(spellingKey('Hoje Taastrup'));
    expect(spellingKey('Súdwest-Fryslân')).toBe(spellingKey('Sudwest Fryslan'));
  });

  it('keeps apart names that differ in anything else', () => {
    expect(spellingKey('Bergen (L.)')).not.toBe(spellingKey('Bergen (NH.)'));
    expect(spellingKey('Vesthimmerland')).not.toBe(spellingKey('Vesthimmerlands'));
    expect(spellingKey('01001')).not.toBe(spellingKey('1001'));
  });
});

describe('repairDoubleEncoding', () => {
  it('undoes UTF-8 read as Windows-1252 and saved again', () => {
    expect(repairDoubleEncoding('SÃºdwest-FryslÃ¢n')).toBe('Súdwest-Fryslân');
    expect(repairDoubleEncoding('KÃ¸benhavn')).toBe('København');
  });

  it('leaves text alone that only looks so in part, or not at all', () => {
    expect(repairDoubleEncoding('Fryslân')).toBe('Fryslân');
    expect(repairDoubleEncoding('Ã and more')).toBe('Ã and more');
  });
});

describe('withoutFootnoteMarks', () => {
  it('drops the footnote marks statistics tables put after a name', () => {
    expect(withoutFootnoteMarks('Orkney Islands\u2020')).toBe('Orkney Islands');
    expect(withoutFootnoteMarks('Fife *')).toBe('Fife');
    expect(withoutFootnoteMarks('Moray\u00b9\u00b2')).toBe('Moray');
    expect(withoutFootnoteMarks('Highland\u2021')).toBe('Highland');
  });

  it('leaves a name with no marks after it, a lost character, or nothing but marks', () => {
    expect(withoutFootnoteMarks('Orkney Islands')).toBe('Orkney Islands');
    expect(withoutFootnoteMarks('Orkney Islands\uFFFD')).toBe('Orkney Islands\uFFFD');
    expect(withoutFootnoteMarks('\u2020')).toBe('\u2020');
    expect(withoutFootnoteMarks('A*B')).toBe('A*B');
  });

  it('gives an area read first with a mark its name without it, the later spellings counted as read so', () => {
    const free = new FreeAreaSpellings();
    expect(free.resolve('Orkney Islands\u2020')).toEqual({ code: 'orkney-islands', name: 'Orkney Islands' });
    expect(free.resolve('Orkney Islands\uFFFD')).toEqual({ code: 'orkney-islands', name: 'Orkney Islands' });
    expect(free.resolve('Fife*')).toEqual({ code: 'Fife', name: 'Fife' });
    expect(free.warning()).toMatchObject({
      items: [
        { value: 'Fife*', as: 'Fife', count: 1 },
        { value: 'Orkney Islands\u2020', as: 'Orkney Islands', count: 1 },
        { value: 'Orkney Islands\uFFFD', as: 'Orkney Islands', count: 1 },
      ],
    });
  });
});

describe('codeFor', () => {
  it('keeps a safe code as written and makes one from a name that cannot name a file', () => {
    expect(codeFor('GM0363')).toBe('GM0363');
    expect(codeFor("'s-Gravenhage (gemeente)")).toBe('s-gravenhage-gemeente');
    expect(codeFor('Mid Cambridge')).toBe('mid-cambridge');
  });

  it('makes none for a reserved name', () => {
    expect(codeFor('areas')).toBeNull();
  });
});

describe('FreeAreaSpellings', () => {
  it('gives every spelling of one area the first spelling’s code and name, and counts the others by row', () => {
    const s = new FreeAreaSpellings();
    expect(s.resolve('Mid Cambridge')).toEqual({ code: 'mid-cambridge', name: 'Mid Cambridge' });
    expect(s.resolve('Mid-Cambridge')).toEqual({ code: 'mid-cambridge', name: 'Mid Cambridge' });
    expect(s.resolve('Mid-Cambridge')?.code).toBe('mid-cambridge');
    expect(s.resolve('Mid Cambridge')?.code).toBe('mid-cambridge');
    expect(s.resolve('Cambridgeport')?.code).toBe('Cambridgeport');
    expect(s.warning()).toEqual({
      code: 'spellingsMerged',
      spellings: 1,
      items: [{ value: 'Mid-Cambridge', as: 'Mid Cambridge', count: 2 }],
      more: 0,
    });
  });

  it('gives no warning when every row spells its area one way', () => {
    const s = new FreeAreaSpellings();
    s.resolve('E06000001');
    s.resolve('E06000001');
    expect(s.warning()).toBeNull();
  });
});

describe('LayerSpellings', () => {
  const layer = (codes: string[]): LoadedLayer =>
    ({ features: codes.map((code) => ({ code, name: code })) }) as unknown as LoadedLayer;

  it('finds the area whose code is spelled otherwise, and counts the spelling', () => {
    const s = new LayerSpellings(layer(['Mid-Cambridge', 'Cambridgeport']));
    expect(s.resolve('Mid Cambridge')).toBe(0);
    expect(s.resolve('cambridge port')).toBe(1);
    expect(s.resolve('Riverside')).toBe(-1);
    expect(s.warning()).toMatchObject({
      spellings: 2,
      items: [
        { value: 'Mid Cambridge', as: 'Mid-Cambridge', count: 1 },
        { value: 'cambridge port', as: 'Cambridgeport', count: 1 },
      ],
    });
  });

  it('matches neither of two areas that share a spelling key', () => {
    const s = new LayerSpellings(layer(['West Minster', 'Westminster']));
    expect(s.resolve('WESTMINSTER')).toBe(-1);
    expect(s.warning()).toBeNull();
  });
});
