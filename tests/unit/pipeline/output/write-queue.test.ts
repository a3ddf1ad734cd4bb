import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../../../src/pipeline/output/write-queue.ts';
import { contentHash, createOutputWriter } from '../../../../src/pipeline/output/output-writer.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();

describe('WriteQueue', () => {
  it('has every file on disk, with its bytes and no temporary file, once flushed', () => {
    const dir = tempDir('atlas-queue-');
    const queue = new WriteQueue();
    try {
      // More files and bytes than one batch, so that several batches go to the worker.
      for (let i = 0; i < 300; i++) {
        const content = `${i}:${'x'.repeat(i * 10)}`;
        queue.write(join(dir, `f${i}.txt`), content, Buffer.byteLength(content), contentHash(content), false);
      }
      queue.flush();
      for (let i = 0; i < 300; i++) {
        expect(readFileSync(join(dir, `f${i}.txt`), 'utf8')).toBe(`${i}:${'x'.repeat(i * 10)}`);
        expect(existsSync(join(dir, `f${i}.txt.tmp`))).toBe(false);
      }
    } finally {
      queue.close();
    }
  });

  it('keeps a file that already holds the bytes its name promises, unless forced, and rewrites one that does not', () => {
    const dir = tempDir('atlas-queue-');
    const kept = join(dir, 'kept.json');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(kept, '{"a":1}');
    writeFileSync(wrong, '{"a":2}');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(kept, old, old);
    const queue = new WriteQueue();
    try {
      queue.write(kept, '{"a":1}', Buffer.byteLength('{"a":1}'), contentHash('{"a":1}'), false);
      queue.write(wrong, '{"a":1}', Buffer.byteLength('{"a":1}'), contentHash('{"a":1}'), false);
      queue.flush();
      expect(statSync(kept).mtimeMs).toBe(old.getTime());
      expect(readFileSync(wrong, 'utf8')).toBe('{"a":1}');
      queue.write(kept, '{"a":1}', Buffer.byteLength('{"a":1}'), contentHash('{"a":1}'), true);
      queue.flush();
      expect(statSync(kept).mtimeMs).not.toBe(old.getTime());
    } finally {
      queue.close();
    }
  });

  it('throws the first write error, naming the file, at the flush', () => {
    const dir = tempDir('atlas-queue-');
    const queue = new WriteQueue();
    const path = join(dir, 'no-such-folder', 'f.json');
    queue.write(path, '{}', Buffer.byteLength('{}'), contentHash('{}'), false);
    expect(() => queue.flush()).toThrow(`could not write ${path}`);
    expect(() => queue.close()).toThrow(/could not write/);
  });

  it('gives an output writer the same files and names as writing in place', () => {
    const queued = tempDir('atlas-queue-');
    const direct = tempDir('atlas-queue-');
    const queue = new WriteQueue();
    try {
      const a = createOutputWriter(queued, 'ds', { queue });
      const b = createOutputWriter(direct, 'ds');
      const names = [a.json('x', { n: 1, s: 'é' }), a.text('y', 'csv', 'a,b\r\n')];
      expect(names).toEqual([b.json('x', { n: 1, s: 'é' }), b.text('y', 'csv', 'a,b\r\n')]);
      queue.flush();
      for (const n of names) expect(readFileSync(join(queued, n))).toEqual(readFileSync(join(direct, n)));
    } finally {
      queue.close();
    }
  });
});
