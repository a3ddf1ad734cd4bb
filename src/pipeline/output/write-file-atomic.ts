/**
 * Writes a file so that its name only ever holds complete content: the bytes go
 * to `<path>.tmp` first and are renamed over `path`, which is atomic on one file
 * system. A run killed mid-write leaves at most a `.tmp` file, never a short file
 * under the real name.
 */
import { renameSync, writeFileSync } from 'node:fs';

/** Suffix of the temporary file a write goes through (cleanup removes leftovers). */
export const TEMP_SUFFIX = '.tmp';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temp = `${path}${TEMP_SUFFIX}`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}
