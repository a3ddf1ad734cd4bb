import { describe, expect, it } from 'vitest';
import { ChunkDecoder, type CsvEncoding } from '../../../../src/pipeline/ingest/chunk-decoder.ts';

const latin = (s: string): Buffer => Buffer.from([...s].map((c) => c.charCodeAt(0)));

/** Decodes `bytes` in chunks of `chunk` bytes (all at once by default). */
function decode(bytes: Buffer, encoding: CsvEncoding = 'auto', chunk = Math.max(bytes.length, 1)) {
  const warnings: string[] = [];
  const decoder = new ChunkDecoder(encoding, '/data/in/file.csv', warnings);
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += decoder.write(bytes.subarray(i, i + chunk));
  text += decoder.end();
  return { text, encoding: decoder.encoding, invalid: decoder.invalid, warnings };
}

describe('ChunkDecoder', () => {
  it('strips a UTF-8 byte order mark and reads the rest as UTF-8', () => {
    const r = decode(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('code,name\nE1,Café\n')]));
    expect(r).toEqual({ text: 'code,name\nE1,Café\n', encoding: 'utf-8', invalid: false, warnings: [] });
  });

  it('reads valid UTF-8 as UTF-8 without a warning', () => {
    const r = decode(Buffer.from('name,n\nDoña Ana £5 – ok,1\n'));
    expect(r).toEqual({ text: 'name,n\nDoña Ana £5 – ok,1\n', encoding: 'utf-8', invalid: false, warnings: [] });
  });

  it('keeps multi-byte characters whole when chunks cut them, at every chunk size', () => {
    const text = 'a,b\nñ€😀é,ü\n'.repeat(5);
    const bytes = Buffer.from(text);
    for (let chunk = 1; chunk <= 12; chunk++)
      expect(decode(bytes, 'auto', chunk)).toMatchObject({ text, invalid: false });
  });

  it('detects Windows-1252 (£ 0xA3, é 0xE9, ’ 0x92) and warns once, naming the file', () => {
    const r = decode(latin('name,price\nCaf\u00e9 Rouge,\u00a35\nbuilder\u0092s yard,1\n'));
    expect(r.text).toBe('name,price\nCafé Rouge,£5\nbuilder’s yard,1\n');
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings).toEqual([
      'file.csv is not valid UTF-8; read as Windows-1252 (detected). Declare `encoding` in the config to silence this.',
    ]);
  });

  it('detects Mac Roman (é 0x8E, ’ 0xD5, – 0xD0) and warns', () => {
    const r = decode(latin('name,note\nCaf\u008e,Don\u00d5t Know\nGarages \u00d0 75,x\n'));
    expect(r.text).toBe('name,note\nCafé,Don’t Know\nGarages – 75,x\n');
    expect(r.encoding).toBe('macintosh');
    expect(r.warnings[0]).toMatch(/read as Mac Roman \(detected\)/);
  });

  it('resolves auto on the first chunk holding a non-ASCII byte, not on the first chunk', () => {
    const r = decode(latin(`a,b\n${'x,1\n'.repeat(100)}Caf\u00e9,2\n`), 'auto', 64);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text.endsWith('Café,2\n')).toBe(true);
  });

  it('decodes declared encodings without detection or warning', () => {
    const bytes = latin('a,b\n\u008e\u00e9\u0092,1\n');
    expect(decode(bytes, 'macintosh')).toEqual({
      text: 'a,b\néÈí,1\n',
      encoding: 'macintosh',
      invalid: false,
      warnings: [],
    });
    expect(decode(bytes, 'windows-1252').text).toBe('a,b\nŽé’,1\n');
    expect(decode(bytes, 'latin1')).toEqual({
      text: 'a,b\n\u008e\u00e9\u0092,1\n',
      encoding: 'latin1',
      invalid: false,
      warnings: [],
    });
  });

  it('decodes bytes invalid in a declared UTF-8 file as U+FFFD and says so', () => {
    const r = decode(Buffer.from([...Buffer.from('name\nCaf'), 0xe9, ...Buffer.from('\n')]), 'utf-8');
    expect(r).toEqual({ text: 'name\nCaf\uFFFD\n', encoding: 'utf-8', invalid: true, warnings: [] });
  });

  it('marks a UTF-8 character left unfinished at the end of the file as invalid', () => {
    const r = decode(Buffer.from([...Buffer.from('a\nb'), 0xe2, 0x82]), 'utf-8');
    expect(r).toMatchObject({ text: 'a\nb\uFFFD', invalid: true });
  });

  it('warns when a byte order mark says UTF-8 but the config declares another encoding', () => {
    const r = decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'windows-1252');
    expect(r.text).toBe('a');
    expect(r.warnings).toEqual([
      'file.csv starts with a UTF-8 byte order mark but `encoding` says windows-1252; it was read as windows-1252 as declared.',
    ]);
  });

  it('refuses UTF-16 (either byte order) with a hint naming the file', () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toThrow(
      '/data/in/file.csv is UTF-16 encoded, which is not supported: save it as "CSV UTF-8".',
    );
    expect(() => decode(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toThrow(/UTF-16/);
  });
});
