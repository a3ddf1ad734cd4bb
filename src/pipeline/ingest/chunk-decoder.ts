/**
 * Bytes -> text for one file, chunk by chunk: strips a byte order mark, resolves `auto` on the
 * first chunk holding a non-ASCII byte (see detect-encoding.ts), keeps multi-byte characters whole
 * across chunk boundaries, and notes when decoding produced U+FFFD.
 */
import { basename } from 'node:path';
import { isAscii } from 'node:buffer';
import { datasetWarningText, type DatasetWarning } from '../../lib/data-reasons.ts';
import {
  decodeSingleByte,
  detectEncoding,
  ENCODING_NAMES,
  incompleteUtf8Tail,
  type SingleByteEncoding,
} from './detect-encoding.ts';

/** An encoding as the config declares it; `auto` detects. */
export type CsvEncoding = 'auto' | 'utf-8' | SingleByteEncoding;

/** U+FFFD in UTF-8. */
const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

export class ChunkDecoder {
  /** The encoding the text is read as (`utf-8` until `auto` has seen a non-ASCII byte). */
  encoding: string;
  /** True once decoding produced U+FFFD (bytes invalid in the encoding). */
  invalid = false;
  /**
   * True once the file held U+FFFD as a valid UTF-8 character (EF BF BD): a character already lost
   * when the file was written, which no declared encoding can bring back, so not an invalid byte.
   */
  literal = false;
  private mode: 'sniff' | 'utf-8' | SingleByteEncoding;
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  private utf8Pending = false;
  /** The last two bytes of the previous UTF-8 chunk, where a U+FFFD's bytes may begin. */
  private carry: Buffer = Buffer.alloc(0);
  private first = true;

  /**
   * Warnings (detected encoding, a BOM that contradicts the declared encoding) are pushed to
   * `warnings` as text and, with their codes, to `coded` when given.
   */
  constructor(
    private readonly declared: CsvEncoding,
    private readonly path: string,
    private readonly warnings: string[],
    private readonly coded: DatasetWarning[] = [],
  ) {
    this.mode = declared === 'auto' ? 'sniff' : declared;
    this.encoding = declared === 'auto' ? 'utf-8' : declared;
  }

  /** The text of `chunk`; throws (naming the file) when the file starts with a UTF-16 byte order mark. */
  write(chunk: Buffer): string {
    let buf = chunk;
    if (this.first) {
      this.first = false;
      buf = this.stripBom(buf);
    }
    let mode = this.mode;
    if (mode === 'sniff') {
      // Until the first non-ASCII byte every candidate encoding decodes identically.
      if (isAscii(buf)) return buf.toString('latin1');
      mode = this.mode = this.decide(buf);
    }
    if (mode === 'utf-8') {
      // A chunk may end inside a multi-byte character; the streaming decoder then holds its first bytes.
      if (!this.utf8Pending && isAscii(buf)) return buf.toString('latin1');
      const text = this.utf8.decode(buf, { stream: true });
      this.utf8Pending = incompleteUtf8Tail(buf) > 0;
      if (!this.invalid && text.indexOf('\uFFFD') !== -1) this.noteReplacements(text, buf);
      this.carry = buf.subarray(Math.max(0, buf.length - 2));
      return text;
    }
    if (mode === 'latin1' || isAscii(buf)) return buf.toString('latin1');
    const text = decodeSingleByte(buf, mode);
    if (!this.invalid && text.indexOf('\uFFFD') !== -1) this.invalid = true;
    return text;
  }

  /** Text still held at the end of the file (an unfinished UTF-8 character decodes as U+FFFD). */
  end(): string {
    if (this.mode !== 'utf-8') return '';
    const text = this.utf8.decode();
    if (text.indexOf('\uFFFD') !== -1) this.invalid = true;
    return text;
  }

  /**
   * Tells the U+FFFD the decoder wrote for invalid bytes from those the file spelled as EF BF BD:
   * the decoder emits a character once its last byte is read, so the characters of this chunk's
   * text are the sequences ending in it (begun in the previous chunk's last two bytes or in it).
   */
  private noteReplacements(text: string, buf: Buffer): void {
    const bytes = this.carry.length === 0 ? buf : Buffer.concat([this.carry, buf]);
    let written = 0;
    for (let i = bytes.indexOf(REPLACEMENT_BYTES); i !== -1; i = bytes.indexOf(REPLACEMENT_BYTES, i + 3)) written++;
    let decoded = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) decoded++;
    if (written > 0) this.literal = true;
    if (decoded > written) this.invalid = true;
  }

  private stripBom(buf: Buffer): Buffer {
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
      throw new Error(`${this.path} is UTF-16 encoded, which is not supported: save it as "CSV UTF-8".`);
    }
    const utf16 = utf16WithoutBom(buf);
    if (utf16 !== null) {
      throw new Error(
        `${this.path} is UTF-16 encoded (${utf16}, without a byte order mark), which is not supported: save it as "CSV UTF-8".`,
      );
    }
    if (buf[0] !== 0xef || buf[1] !== 0xbb || buf[2] !== 0xbf) return buf;
    if (this.mode === 'sniff') {
      this.mode = 'utf-8';
    } else if (this.mode !== 'utf-8') {
      this.warn({ code: 'bomContradicts', file: basename(this.path), encoding: this.declared });
    }
    return buf.subarray(3);
  }

  private decide(sample: Buffer): 'utf-8' | 'windows-1252' | 'macintosh' {
    const detected = detectEncoding(sample);
    if (detected === 'utf-8') return detected;
    this.encoding = detected;
    this.warn({ code: 'notUtf8', file: basename(this.path), encoding: ENCODING_NAMES[detected] ?? detected });
    return detected;
  }

  private warn(warning: DatasetWarning): void {
    this.warnings.push(datasetWarningText(warning));
    this.coded.push(warning);
  }
}

/**
 * UTF-16 text without a byte order mark shows as NUL bytes in every other position (ASCII
 * characters are one byte and a zero): `little-endian` when the zeros come second, else `big-endian`.
 * Null when the start of the file does not look like that.
 */
function utf16WithoutBom(buf: Buffer): 'little-endian' | 'big-endian' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'little-endian';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'big-endian';
  return null;
}
