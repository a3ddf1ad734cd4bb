/**
 * Writes a deterministic synthetic daily-cases CSV of a given row count for the
 * benchmark: 2 diseases x N areas x days, streamed to disk (never held in memory).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes `rows` data rows to `path`; returns the bytes written. */
export async function generateCases(path: string, rows: number): Promise<number> {
  const areas = 2000;
  const diseases = ['Influenza', 'Norovirus'];
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string): Promise<void> => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('date,area_code,disease,cases\n');
  const start = Date.UTC(2015, 0, 1);
  let seed = 42;
  let written = 0;
  let chunk = '';
  for (let day = 0; written < rows; day++) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (let a = 0; a < areas && written < rows; a++) {
      for (const disease of diseases) {
        if (written >= rows) break;
        seed = (seed * 1103515245 + 12345) % 2147483648;
        chunk += `${date},A${String(a).padStart(6, '0')},${disease},${seed % 40}\n`;
        written++;
      }
      if (chunk.length > 1 << 16) {
        await write(chunk);
        chunk = '';
      }
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return bytes;
}
