/**
 * Writes a deterministic, fictional land and buildings register of a given size, for measuring the
 * site search index of a large estate: names, street addresses, towns, postcodes, references and
 * UPRNs from small word lists, so words repeat as they do in real registers.
 *
 *   npx tsx tests/bench/generate-assets.ts <out.csv> [rows]   (default 100,000 rows)
 */
import { writeFileSync } from 'node:fs';

const KINDS = [
  'Land at',
  'Garage site',
  'Depot',
  'Library',
  'Community centre',
  'Car park',
  'Allotments',
  'Former school',
  'Office',
  'Public house',
  'Pavilion',
  'Play area',
];
const STREETS = [
  'High',
  'Church',
  'Station',
  'Mill',
  'Park',
  'Victoria',
  'Green',
  'Manor',
  'Kings',
  'Queens',
  'New',
  'School',
  'North',
  'South',
  'West',
  'London',
  'Bridge',
  'Castle',
  'Market',
  'Albert',
];
const SUFFIXES = ['Street', 'Road', 'Lane', 'Avenue', 'Close', 'Way', 'Drive', 'Crescent', 'Gardens', 'Terrace'];
const TOWNS = [
  'Eastmere',
  'Otterbrook',
  'Linnet Fields',
  'Pennock Hill',
  'Ashby Vale',
  'Cold Norton',
  'Harrowfield',
  'Wexcombe',
  'Saltmarsh',
  'Brackenbury',
  'Fenwick',
  'Lower Dunsby',
  'Upper Dunsby',
  'Marlow End',
  'Thornby',
  'Kestle',
  'Radbourne',
  'Hollins Cross',
  'Sedgeley',
  'Abbotsmead',
];

/** A register of `rows` assets as CSV text. */
export function generateAssets(rows: number): string {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const lines = ['Reference,UPRN,Name,Address,Town,Postcode,Status'];
  for (let i = 0; i < rows; i++) {
    const town = TOWNS[next(TOWNS.length)] as string;
    const street = `${next(200) + 1} ${STREETS[next(STREETS.length)]} ${SUFFIXES[next(SUFFIXES.length)]}`;
    const kind = KINDS[next(KINDS.length)] as string;
    const name = kind === 'Land at' ? `Land at ${street}` : `${town} ${kind}`;
    const postcode = `EM${next(40) + 1} ${next(10)}${'ABDEFGHJLNPQRSTUWXYZ'[next(20)]}${'ABDEFGHJLNPQRSTUWXYZ'[next(20)]}`;
    const status = ['Vacant', 'Under-used', 'Occupied'][next(3)] as string;
    lines.push(
      `G${String(i + 1).padStart(6, '0')},${100_000_000_000 + i * 7},"${name}","${street}",${town},${postcode},${status}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, rows = '100000'] = process.argv.slice(2);
  if (!out) throw new Error('usage: generate-assets.ts <out.csv> [rows]');
  writeFileSync(out, generateAssets(Number(rows)));
  console.log(`${out}: ${rows} fictional assets`);
}
