// What a two-phase parallel read of a long cases file could save, at best (README, Benchmark: "The
// second core, a two-phase read"). Phase 1 scans the file's bytes into typed columns (line, area as
// an index into the range's own code list, day, count, and a flag for rows it declines), on one
// thread, or split at the first line start after the middle with a worker thread scanning the
// second half; phase 2 walks the columns in file order, remaps the second half's areas to
// first-seen global numbers and differences the cumulative counts (a fall or an earlier or
// repeated day is counted, not rejected). It is kinder to the parallel read than the data step
// could be: no SHA-256 of the file, no UTF-8 decoding, no ledger, no names, no rejections written,
// quoted rows only declined (and the file read on one thread when a quote comes before the split).
// Each run is a fresh process, one thread and two alternating, as the bench runs the data step.
//
//   node tests/bench/parallel-scan.mjs <file.csv> [runs] [areaColumn dateColumn countColumn]
//
// Defaults: 5 runs each, columns fips, date, cases (the NYT counties file); dates must be ISO.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const MAX_DIGITS = 9;

/**
 * Scans whole lines of `bytes` from `start` to `end` into typed columns. `at` gives the area, date
 * and count columns' positions. The area lookup first tries the area that followed the previous
 * row's area last time (files sorted by date repeat the same order of areas each day).
 */
function scan(bytes, start, end, at) {
  const capacity = Math.ceil((end - start) / 16) + 16;
  const line = new Int32Array(capacity);
  const area = new Int32Array(capacity);
  const day = new Int32Array(capacity);
  const count = new Int32Array(capacity);
  const declined = new Uint8Array(capacity);
  const codes = new Map();
  const codeList = [];
  let next = new Int32Array(1024).fill(-1);
  const starts = new Int32Array(at.width + 1);
  let rows = 0;
  let previousArea = -1;
  let previousDate = -1;
  let previousDay = 0;
  let p = start;
  while (p < end) {
    let fields = 1;
    starts[0] = p;
    let e = p;
    let quoted = false;
    for (; e < end; e++) {
      const b = bytes[e];
      if (b === LF) break;
      if (b === QUOTE) quoted = true;
      else if (b === COMMA && fields <= at.width) starts[fields++] = e + 1;
    }
    const lineEnd = e > p && bytes[e - 1] === CR ? e - 1 : e;
    if (fields <= at.width) starts[fields] = lineEnd + 1;
    let no = quoted || fields !== at.width;
    if (!no) {
      const codeStart = starts[at.area];
      const codeEnd = starts[at.area + 1] - 1;
      const length = codeEnd - codeStart;
      const guess = previousArea >= 0 ? next[previousArea] : -1;
      let same = guess >= 0 && codeList[guess].length === length;
      if (same) {
        const g = codeList[guess];
        for (let i = 0; i < length; i++) {
          if (bytes[codeStart + i] !== g.charCodeAt(i)) {
            same = false;
            break;
          }
        }
      }
      if (same) previousArea = guess;
      else {
        const code = bytes.latin1Slice(codeStart, codeEnd);
        let a = codes.get(code);
        if (a === undefined) {
          a = codeList.length;
          codeList.push(code);
          codes.set(code, a);
          if (a >= next.length) {
            const grown = new Int32Array(next.length * 2).fill(-1);
            grown.set(next);
            next = grown;
          }
        }
        if (previousArea >= 0) next[previousArea] = a;
        previousArea = a;
      }
      area[rows] = previousArea;
      const d = starts[at.date];
      let sameDate = previousDate >= 0 && starts[at.date + 1] - 1 - d === 10;
      for (let i = 0; sameDate && i < 10; i++) sameDate = bytes[d + i] === bytes[previousDate + i];
      if (!sameDate) {
        const digit = (i) => bytes[d + i] - 48;
        const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        const m = digit(5) * 10 + digit(6);
        const dd = digit(8) * 10 + digit(9);
        previousDay = Math.floor(Date.UTC(y, m - 1, dd) / 864e5);
        previousDate = d;
        no = Number.isNaN(previousDay);
      }
      day[rows] = previousDay;
      const countStart = starts[at.count];
      const countEnd = starts[at.count + 1] - 1;
      let v = 0;
      if (countEnd <= countStart || countEnd - countStart > MAX_DIGITS) no = true;
      for (let i = countStart; !no && i < countEnd; i++) {
        const g = bytes[i] - 48;
        if (g < 0 || g > 9) no = true;
        v = v * 10 + g;
      }
      count[rows] = v;
    }
    declined[rows] = no ? 1 : 0;
    line[rows] = rows;
    rows++;
    p = e + 1;
  }
  return { rows, line, area, day, count, declined, codeList };
}

/** Phase 2: the columns in file order, areas numbered as first seen, cumulative counts differenced. */
function walk(halves) {
  const global = new Map();
  let lastTotal = new Float64Array(4096);
  let lastDay = new Int32Array(4096).fill(-2147483648);
  const daily = [];
  let accepted = 0;
  let other = 0;
  let firstDay = Infinity;
  for (const h of halves) {
    const remap = h.codeList.map((code) => {
      let g = global.get(code);
      if (g === undefined) {
        g = global.size;
        global.set(code, g);
        daily.push(new Int32Array(512));
        if (g >= lastTotal.length) {
          const total = new Float64Array(lastTotal.length * 2);
          total.set(lastTotal);
          lastTotal = total;
          const days = new Int32Array(lastDay.length * 2).fill(-2147483648);
          days.set(lastDay);
          lastDay = days;
        }
      }
      return g;
    });
    for (let i = 0; i < h.rows; i++) {
      if (h.declined[i] === 1) {
        other++;
        continue;
      }
      const a = remap[h.area[i]];
      const d = h.day[i];
      const c = h.count[i];
      if (d <= lastDay[a] || c < lastTotal[a]) {
        other++;
        continue;
      }
      if (firstDay === Infinity) firstDay = d;
      const slot = (d - firstDay) & 511;
      daily[a][slot] += c - lastTotal[a];
      lastTotal[a] = c;
      lastDay[a] = d;
      accepted++;
    }
  }
  return { accepted, other, areas: global.size };
}

function positions(file, names) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(4096);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const header = head.subarray(0, n).toString('latin1').split('\n')[0].replace(/\r$/, '').split(',');
  const index = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name} (header: ${header.join(', ')})`);
    return i;
  };
  return { area: index(names[0]), date: index(names[1]), count: index(names[2]), width: header.length };
}

function oneRun(file, mode, at) {
  const started = performance.now();
  const bytes = readFileSync(file);
  const read = performance.now();
  const headerEnd = bytes.indexOf(LF) + 1;
  const middle = bytes.indexOf(LF, bytes.length >> 1) + 1;
  // Quote-aware: the second half starts at a record boundary only if no quote comes before it.
  const split = mode === 'two' && middle > 0 && bytes.subarray(0, middle).indexOf(QUOTE) < 0;
  return (async () => {
    let halves;
    let mainHalf = 0;
    let waited = 0;
    if (!split) halves = [scan(bytes, headerEnd, bytes.length, at)];
    else {
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { file, start: middle, end: bytes.length, at },
      });
      const second = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const t = performance.now();
      const first = scan(bytes, headerEnd, middle, at);
      mainHalf = performance.now() - t;
      halves = [first, await second];
      waited = performance.now() - t - mainHalf;
      await worker.terminate();
    }
    const scanned = performance.now();
    const result = walk(halves);
    const done = performance.now();
    return {
      mode: split ? 'two' : 'one',
      readMs: read - started,
      phase1Ms: scanned - read,
      mainHalfMs: mainHalf,
      waitedMs: waited,
      phase2Ms: done - scanned,
      totalMs: done - started,
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      rows: halves.reduce((s, h) => s + h.rows, 0),
      ...result,
    };
  })();
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

if (!isMainThread) {
  const { file, start, end, at } = workerData;
  // The worker reads only its half.
  const fd = openSync(file, 'r');
  const bytes = Buffer.allocUnsafe(end - start);
  readSync(fd, bytes, 0, bytes.length, start);
  closeSync(fd);
  const r = scan(bytes, 0, bytes.length, at);
  const buffers = [r.line.buffer, r.area.buffer, r.day.buffer, r.count.buffer, r.declined.buffer];
  parentPort.postMessage(r, buffers);
} else if (process.argv[2] === '--child') {
  const [, , , file, mode, ...names] = process.argv;
  console.log(JSON.stringify(await oneRun(file, mode, positions(file, names))));
} else {
  const [file, runsArg = '5', ...columns] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: parallel-scan.mjs <file.csv> [runs] [area date count]');
  const names = columns.length === 3 ? columns : ['fips', 'date', 'cases'];
  const runs = Number(runsArg);
  const load = [loadavg()[0]];
  const results = { one: [], two: [] };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['one', 'two']) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, mode, ...names], {
        encoding: 'utf8',
      });
      const r = JSON.parse(out);
      results[r.mode === mode ? mode : 'one'].push(r);
    }
  }
  load.push(loadavg()[0]);
  const f = (v) => (v / 1000).toFixed(3);
  for (const mode of ['one', 'two']) {
    const rs = results[mode];
    if (rs.length === 0) continue;
    const m = (k) => f(median(rs.map((r) => r[k])));
    const all = (k) => rs.map((r) => f(r[k])).join('/');
    console.log(
      `${mode === 'one' ? 'one thread ' : 'two threads'} phase 1 ${m('phase1Ms')} s (${all('phase1Ms')})` +
        (mode === 'two' ? `, main half ${m('mainHalfMs')} s, then waited ${m('waitedMs')} s` : '') +
        `, phase 2 ${m('phase2Ms')} s, read ${m('readMs')} s, total ${m('totalMs')} s (${all('totalMs')}), ` +
        `process CPU ${m('cpuMs')} s; ${rs[0].rows} rows, ${rs[0].accepted} taken, ${rs[0].areas} areas`,
    );
  }
  console.log(`load average ${load.map((l) => l.toFixed(1)).join(' -> ')}`);
}
