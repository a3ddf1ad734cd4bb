/**
 * A progress line for long steps: a bar, percent, rows/s and MB/s (cells and cells/s for a
 * dataset of wide files, counted cell by cell). On a terminal it redraws in place; in logs (CI)
 * it prints a line every few seconds.
 */
import type { ProgressSink } from '../run/process-dataset.ts';

const WIDTH = 24;
const LOG_INTERVAL_MS = 5000;

export interface ProgressBar extends ProgressSink {
  done(): void;
}

export function createProgressBar(
  label: string,
  totalBytes: number,
  stream: NodeJS.WriteStream = process.stderr,
  unit: 'rows' | 'cells' = 'rows',
): ProgressBar {
  const started = performance.now();
  const tty = stream.isTTY;
  let last = 0;
  let lastBytes = 0;
  let lastRows = 0;
  const line = (bytes: number, rows: number): string => {
    const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
    const share = totalBytes > 0 ? Math.min(bytes / totalBytes, 1) : 1;
    const filled = Math.round(share * WIDTH);
    const rate = Math.round(rows / seconds).toLocaleString('en-GB');
    const mbs = (bytes / 1e6 / seconds).toFixed(1);
    return `${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en-GB')} ${unit}  ${rate} ${unit}/s  ${mbs} MB/s`;
  };
  return {
    update(bytes, rows) {
      lastBytes = bytes;
      lastRows = rows;
      const now = performance.now();
      if (now - last < (tty ? 100 : LOG_INTERVAL_MS)) return;
      last = now;
      stream.write(tty ? `\r${line(bytes, rows)}` : `${line(bytes, rows)}\n`);
    },
    done() {
      stream.write(tty ? `\r${line(totalBytes, lastRows)}\n` : `${line(Math.max(lastBytes, totalBytes), lastRows)}\n`);
    },
  };
}
