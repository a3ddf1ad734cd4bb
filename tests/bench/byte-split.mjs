// What splitting a cases file's rows on its bytes instead of its decoded text could save (README,
// Benchmark: "A byte-level reader, measured and dropped"). Each variant walks the same 64 KB chunks
// (cut at line ends) of the file, finds each row's field offsets, and does the fast path's byte or
// character work on the area, date and count fields: compares the area code and the date with the
// previous row's, and parses the count's digits. Variants:
//   text       chunk decoded to a string (latin1, as the decoder does for ASCII), String indexOf
//   bufIndexOf the chunk's bytes, Buffer indexOf for the delimiter and line break
//   byteLoop   the chunk's bytes, one loop over them (as tests/bench/parallel-scan.mjs scans)
// Each variant runs in a fresh process (JIT cold, as the bench runs the data step), alternating.
//
//   node tests/bench/byte-split.mjs <file.csv> [runs] [areaColumn dateColumn countColumn]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const CHUNK = 64 * 1024;

function chunks(bytes) {
  const out = [];
  let start = bytes.indexOf(10) + 1; // after the header
  while (start < bytes.length) {
    let end = start + CHUNK >= bytes.length ? bytes.length : bytes.lastIndexOf(10, start + CHUNK) + 1;
    if (end <= start) end = bytes.indexOf(10, start) + 1 || bytes.length;
    out.push([start, end]);
    start = end;
  }
  return out;
}

function sameText(text, start, end, prev) {
  if (end - start !== prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (text.charCodeAt(start + i) !== prev.charCodeAt(i)) return false;
  return true;
}

function sameBytes(bytes, start, end, prev, prevStart, prevEnd) {
  if (end - start !== prevEnd - prevStart) return false;
  for (let i = 0; i < end - start; i++) if (bytes[start + i] !== prev[prevStart + i]) return false;
  return true;
}

function runText(bytes, cols, width) {
  const spans = new Int32Array(2 * width + 2);
  let rows = 0;
  let sum = 0;
  let newCodes = 0;
  let newDates = 0;
  let prevDate = '';
  const ids = new Map();
  const codeText = [];
  const next = [-1];
  let prevId = 0;
  codeText.push('\u0000');
  for (const [s, e] of chunks(bytes)) {
    const text = bytes.latin1Slice(s, e);
    const len = text.length;
    let pos = 0;
    let nd = text.indexOf(',');
    let nb = text.indexOf('\n');
    while (pos < len) {
      let n = 0;
      let i = pos;
      for (;;) {
        if (nd !== -1 && nd < i) nd = text.indexOf(',', i);
        if (nb !== -1 && nb < i) nb = text.indexOf('\n', i);
        spans[2 * n] = i;
        if (nd !== -1 && nd < nb && n < width) {
          spans[2 * n + 1] = nd;
          n++;
          i = nd + 1;
          continue;
        }
        spans[2 * n + 1] = nb === -1 ? len : nb;
        pos = nb === -1 ? len : nb + 1;
        break;
      }
      rows++;
      const [a, d, c] = cols;
      // As CodeIndex: the code that followed the previous row's code last time, else the map.
      const guess = next[prevId];
      if (guess >= 0 && sameText(text, spans[2 * a], spans[2 * a + 1], codeText[guess])) prevId = guess;
      else {
        const code = text.slice(spans[2 * a], spans[2 * a + 1]);
        let id = ids.get(code);
        if (id === undefined) {
          id = codeText.length;
          ids.set(code, id);
          codeText.push(code);
          next.push(-1);
        }
        if (prevId >= 0) next[prevId] = id;
        prevId = id;
        newCodes++;
      }
      if (!sameText(text, spans[2 * d], spans[2 * d + 1], prevDate)) {
        prevDate = text.slice(spans[2 * d], spans[2 * d + 1]);
        newDates++;
      }
      let count = 0;
      for (let k = spans[2 * c]; k < spans[2 * c + 1]; k++) count = count * 10 + text.charCodeAt(k) - 48;
      sum += count;
    }
  }
  return { rows, sum, newCodes, newDates };
}

function runBytes(bytes, cols, width, loop) {
  const spans = new Int32Array(2 * width + 2);
  let rows = 0;
  let sum = 0;
  let newCodes = 0;
  let newDates = 0;
  // The previous row's code and date bytes, copied (a chunk's bytes are reused by the next read).
  const ids = new Map();
  const codeBytes = new Uint8Array(1 << 20);
  const codeAt = new Int32Array(1 << 16);
  const next = [-1, -1];
  let prevId = 0;
  const prevDate = new Uint8Array(64);
  let prevDateLen = -1;
  for (const [s, e] of chunks(bytes)) {
    const buf = bytes.subarray(s, e);
    const len = buf.length;
    let pos = 0;
    while (pos < len) {
      let n = 0;
      if (loop) {
        spans[0] = pos;
        let i = pos;
        for (; i < len; i++) {
          const b = buf[i];
          if (b === 10) break;
          if (b === 44 && n < width) {
            spans[2 * n + 1] = i;
            n++;
            spans[2 * n] = i + 1;
          }
        }
        spans[2 * n + 1] = i;
        pos = i + 1;
      } else {
        let i = pos;
        const nb0 = buf.indexOf(10, pos);
        const nb = nb0 === -1 ? len : nb0;
        for (;;) {
          const nd = buf.indexOf(44, i);
          spans[2 * n] = i;
          if (nd !== -1 && nd < nb && n < width) {
            spans[2 * n + 1] = nd;
            n++;
            i = nd + 1;
            continue;
          }
          spans[2 * n + 1] = nb;
          pos = nb + 1;
          break;
        }
      }
      rows++;
      const [a, d, c] = cols;
      const as = spans[2 * a];
      const ae = spans[2 * a + 1];
      // As CodeIndex, on bytes: each code's bytes kept at codeAt[id]..codeAt[id + 1] in codeBytes.
      const guess = next[prevId];
      if (guess >= 0 && sameBytes(buf, as, ae, codeBytes, codeAt[guess], codeAt[guess + 1])) prevId = guess;
      else {
        // A string only for a code not predicted, to ask the map.
        const code = buf.latin1Slice(as, ae);
        let id = ids.get(code);
        if (id === undefined) {
          id = ids.size + 1;
          ids.set(code, id);
          codeBytes.set(buf.subarray(as, ae), codeAt[id]);
          codeAt[id + 1] = codeAt[id] + (ae - as);
          next.push(-1);
        }
        if (prevId >= 0) next[prevId] = id;
        prevId = id;
        newCodes++;
      }
      const ds = spans[2 * d];
      const de = spans[2 * d + 1];
      if (!sameBytes(buf, ds, de, prevDate, 0, prevDateLen)) {
        prevDate.set(buf.subarray(ds, de));
        prevDateLen = de - ds;
        newDates++;
      }
      let count = 0;
      for (let k = spans[2 * c]; k < spans[2 * c + 1]; k++) count = count * 10 + buf[k] - 48;
      sum += count;
    }
  }
  return { rows, sum, newCodes, newDates };
}

function child(file, variant, names) {
  const bytes = readFileSync(file);
  const header = bytes.latin1Slice(0, bytes.indexOf(10)).replace(/\r$/, '').split(',');
  const cols = names.map((n) => header.indexOf(n));
  if (cols.some((c) => c < 0)) throw new Error(`columns ${names.join(', ')} not all in ${header.join(', ')}`);
  const width = header.length;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result =
    variant === 'text' ? runText(bytes, cols, width) : runBytes(bytes, cols, width, variant === 'byteLoop');
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ variant, wall, cpu: (cpu.user + cpu.system) / 1e6, ...result }) + '\n');
}

const [, , file, runsArg, ...rest] = process.argv;
if (process.env.BYTE_SPLIT_VARIANT !== undefined) {
  child(file, process.env.BYTE_SPLIT_VARIANT, rest);
} else {
  if (file === undefined) throw new Error('usage: node tests/bench/byte-split.mjs <file.csv> [runs] [area date count]');
  const runs = Number(runsArg ?? 5);
  const names = rest.length === 3 ? rest : ['fips', 'date', 'cases'];
  const variants = ['text', 'bufIndexOf', 'byteLoop'];
  const seen = Object.fromEntries(variants.map((v) => [v, []]));
  const load = [loadavg()[0]];
  for (let r = 0; r < runs; r++) {
    for (const v of variants) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), file, '1', ...names], {
        env: { ...process.env, BYTE_SPLIT_VARIANT: v },
      });
      seen[v].push(JSON.parse(out.toString()));
    }
  }
  load.push(loadavg()[0]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const v of variants) {
    const first = seen[v][0];
    console.log(
      `${v.padEnd(10)} wall ${median(seen[v].map((x) => x.wall)).toFixed(3)} s, CPU ${median(seen[v].map((x) => x.cpu)).toFixed(3)} s (median of ${runs}); rows ${first.rows}, count sum ${first.sum}, new codes ${first.newCodes}, new dates ${first.newDates}`,
    );
  }
  console.log(`load average ${load.map((l) => l.toFixed(1)).join(' -> ')}`);
}
