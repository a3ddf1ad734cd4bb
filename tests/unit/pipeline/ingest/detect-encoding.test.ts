import { describe, expect, it } from 'vitest';
import {
  decodeSingleByte,
  detectEncoding,
  guessSingleByte,
  incompleteUtf8Tail,
} from '../../../../src/pipeline/ingest/detect-encoding.ts';

const latin = (s: string): Buffer => Buffer.from([...s].map((c) => c.charCodeAt(0)));

describe('detectEncoding', () => {
  it('says UTF-8 for valid UTF-8, also when the sample ends inside a multi-byte character', () => {
    expect(detectEncoding(Buffer.from('Doña Ana £5 – ok'))).toBe('utf-8');
    const euro = Buffer.from('price €');
    expect(detectEncoding(euro.subarray(0, euro.length - 1))).toBe('utf-8');
  });

  it('says Windows-1252 or Mac Roman for bytes that are not UTF-8', () => {
    expect(detectEncoding(latin('Caf\u00e9 Rouge,\u00a35,builder\u0092s yard'))).toBe('windows-1252');
    expect(detectEncoding(latin('Caf\u008e,Don\u00d5t Know,Garages \u00d0 75'))).toBe('macintosh');
  });
});

describe('guessSingleByte', () => {
  it.each([
    ['Council\u0092s', 'windows-1252'], // ’ in Windows-1252, Ò in Mac Roman
    ['Council\u00d5s', 'macintosh'], // ’ in Mac Roman, Õ (a capital inside a word) in Windows-1252
    ['caf\u00e9', 'windows-1252'], // é in Windows-1252, È in Mac Roman
    ['caf\u008e', 'macintosh'], // é in Mac Roman, Ž in Windows-1252
  ])('reads %j as %s', (sample, want) => {
    expect(guessSingleByte(latin(sample))).toBe(want);
  });

  it('prefers Windows-1252 on a tie', () => {
    expect(guessSingleByte(Buffer.from('plain ascii'))).toBe('windows-1252');
  });
});

describe('decodeSingleByte', () => {
  it('maps Windows-1252’s 0x80–0x9F punctuation, which Latin-1 leaves as control characters', () => {
    expect(decodeSingleByte(latin('\u0080\u0092\u0093\u0094'), 'windows-1252')).toBe('€’“”');
    expect(decodeSingleByte(latin('\u00d5\u00d0\u008e'), 'macintosh')).toBe('’–é');
  });
});

describe('incompleteUtf8Tail', () => {
  it.each([
    ['empty', [], 0],
    ['ASCII', [0x61], 0],
    ['a whole 2-byte character', [0xc3, 0xa9], 0],
    ['the first byte of 2', [0x61, 0xc3], 1],
    ['2 bytes of 3', [0xe2, 0x82], 2],
    ['a whole 3-byte character', [0xe2, 0x82, 0xac], 0],
    ['3 bytes of 4', [0xf0, 0x9f, 0x98], 3],
    ['a whole 4-byte character', [0xf0, 0x9f, 0x98, 0x80], 0],
  ])('%s: %j -> %i', (_name, bytes, want) => {
    expect(incompleteUtf8Tail(Uint8Array.from(bytes))).toBe(want);
  });
});
