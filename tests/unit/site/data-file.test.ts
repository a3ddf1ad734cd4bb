import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFile } from '../../../src/site/data-file.mjs';

const dataDir = resolve('/srv/atlas/data');

describe('dataFile', () => {
  it('maps a request to the file below the data folder', () => {
    expect(dataFile(dataDir, 'cases/summary.0123456789.json')).toBe(join(dataDir, 'cases/summary.0123456789.json'));
    expect(dataFile(dataDir, 'areas/E05%20x.json')).toBe(join(dataDir, 'areas/E05 x.json'));
    // An absolute path in the request is read as relative to the data folder.
    expect(dataFile(dataDir, '%2fetc%2fpasswd')).toBe(join(dataDir, 'etc/passwd'));
  });

  it.each([
    ['a parent folder', '../secret.txt'],
    ['an encoded parent folder', '..%2fsecret.txt'],
    ['a sibling folder sharing the prefix', '..%2fdata-private%2fkeys.json'],
    ['an encoded backslash', '..%5csecret.txt'],
    ['a NUL byte', 'x%00.json'],
    ['the build cache', '.cache/notifications.json'],
    ['a malformed escape', '%E0%A4%A.json'],
    ['the folder itself', ''],
  ])('refuses %s', (_name, request) => {
    expect(dataFile(dataDir, request)).toBeNull();
  });
});
