/**
 * A real Spanish register of public buildings: five of the Ayuntamiento de Madrid's municipal
 * libraries (tests/fixtures/real/madrid-bibliotecas/), a `;`-separated Windows-1252 file placed from
 * its ETRS89 / UTM 30N columns. Its LATITUD and LONGITUD columns were re-saved by a spreadsheet with
 * a `.` between every three digits: mapped to them, no library can be placed, and the warning says
 * why and what to map instead. Positions are checked against the degrees those columns held, read
 * back by hand (the digits, with the decimal point put back after 40 and -3).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsTable, AssetTexts } from '../../src/lib/assets-files.ts';
import { textRuns } from '../../src/lib/assets/text-links.ts';

const dir = 'tests/fixtures/real/madrid-bibliotecas';
const csv = '201747-0-bibliobuses-bibliotecas.csv';

/** Each library's PK, name and the degrees its mangled LATITUD/LONGITUD held, from the raw bytes. */
function readRaw() {
  const text = new TextDecoder('windows-1252').decode(readFileSync(join(dir, csv)));
  const lines = text.split('\r\n').filter((l) => l !== '');
  const header = (lines[0] ?? '').split(';');
  const col = (name: string) => header.indexOf(name);
  // No quoted field of this file holds a `;` before the coordinate columns' counterparts are read
  // from the end of the line: the last eight fields are never quoted.
  return lines.slice(1).map((line) => {
    const f = line.split(';');
    const tail = f.slice(f.length - (header.length - col('COORDENADA-X')));
    const digits = (v: string) => v.replaceAll('.', '');
    const lat = Number(`${digits(tail[2] ?? '').slice(0, 2)}.${digits(tail[2] ?? '').slice(2)}`);
    const lonDigits = digits(tail[3] ?? '').replace('-', '');
    const lon = -Number(`${lonDigits.slice(0, 1)}.${lonDigits.slice(1)}`);
    return { pk: f[0] ?? '', name: f[1] ?? '', x: Number(tail[0]), y: Number(tail[1]), lat, lon };
  });
}

describe('Madrid municipal libraries, placed from ETRS89 / UTM 30N', () => {
  const raw = readRaw();
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;
  let texts: AssetTexts;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-madrid-'));
    const result: BuildResult = await buildData({ configPath: join(dir, 'madrid-bibliotecas.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    table = JSON.parse(readFileSync(join(dataDir, entry.files.assets ?? ''), 'utf8')) as AssetsTable;
    texts = JSON.parse(readFileSync(join(dataDir, entry.files['texts'] ?? ''), 'utf8')) as AssetTexts;
  }, 120_000);

  it('reads the Windows-1252 file with its CRLF line ends: 5 rows in, 5 accepted, all placed', () => {
    expect(raw.map((r) => r.pk)).toEqual(['25526', '1774', '1770', '1773', '1771']);
    expect(entry.quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
    expect(entry.quality.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 5 });
    expect(entry.quality.warnings).toEqual([]);
    expect(table.id).toEqual(raw.map((r) => r.pk));
    expect(table.name[0]).toBe('Biblioteca Pública Antonio Mingote (Latina)');
    expect(table.name[4]).toBe('Biblioteca Pública José Acuña (Moncloa - Aravaca)');
    expect(table.address[0]).toBe('CALLE RAFAEL FINAT, 51');
    expect(table.postcode[0]).toBe('28044');
  });

  it('puts each library within 2 m of the degrees the file gave (434685, 4470157 is 40.37944 N, 3.76944 W)', () => {
    expect(raw[0]).toMatchObject({ x: 434685, y: 4470157 });
    expect(raw[0]?.lat).toBeCloseTo(40.3794418, 6);
    expect(raw[0]?.lon).toBeCloseTo(-3.769439, 6);
    raw.forEach((r, i) => {
      // 0.00002° is about 2 m at 40° N; the table keeps 5 decimals.
      expect(Math.abs((table.lat[i] ?? 0) - r.lat), r.name).toBeLessThan(0.00002);
      expect(Math.abs((table.lon[i] ?? 0) - r.lon), r.name).toBeLessThan(0.00002);
    });
  });

  it('writes the opening hours, description, transport and page of each library (texts) as the file has them', () => {
    const fields = quotedFields();
    const at = (name: string) => (fields[0] ?? []).indexOf(name);
    const column = (name: string) =>
      fields.slice(1).map((f) => (f[at(name)] ?? '').replace(/\s+/g, ' ').trim() || null);
    expect(texts.columns.map((c) => c.label)).toEqual([
      'Horario',
      'Descripción',
      'Transporte',
      'Página de la biblioteca',
    ]);
    expect(texts.columns.map((c) => c.values)).toEqual(
      ['HORARIO', 'DESCRIPCION', 'TRANSPORTE', 'CONTENT-URL'].map(column),
    );
    // Two libraries have no description: nothing to show.
    expect(texts.columns[1]?.values.filter((v) => v === null)).toHaveLength(2);
    // The entity the file writes as text stays text; the page address is a link.
    expect(texts.columns[2]?.values[4]).toContain('Arg&amp;uuml;elles');
    const page = texts.columns[3]?.values[0] ?? '';
    expect(textRuns(page)).toEqual([{ text: page, href: page }]);
    expect(page.startsWith('http://www.madrid.es/')).toBe(true);
  });
});

describe('Madrid libraries mapped to the re-saved LATITUD and LONGITUD columns', () => {
  // With a decimal comma (as a `;` file suggests) the values read as huge numbers; either way they are no degrees.
  it.each(['.', ','])(
    'keeps every library unplaced, with decimalSeparator %j, naming the file, the columns, a value, its line and what to map instead',
    async (separator) => {
      const work = mkdtempSync(join(tmpdir(), 'atlas-madrid-latlon-'));
      copyFileSync(join(dir, csv), join(work, csv));
      const config = readFileSync(join(dir, 'madrid-bibliotecas.config.ts'), 'utf8')
        .replace("defaultStatus: 'occupied',", `defaultStatus: 'occupied', decimalSeparator: '${separator}',`)
        .replace("x: 'COORDENADA-X',", "x: 'LONGITUD',")
        .replace("y: 'COORDENADA-Y',", "y: 'LATITUD',")
        .replace("crs: 'EPSG:25830', ", '')
        .replace("'../../../../src/", `'${process.cwd()}/src/`);
      expect(config).toContain("x: 'LONGITUD'");
      expect(config).toContain(`decimalSeparator: '${separator}'`);
      expect(config).not.toContain("crs: 'EPSG:25830'");
      writeFileSync(join(work, 'latlon.config.ts'), config);
      const built = await buildData({ configPath: join(work, 'latlon.config.ts'), dataDir: join(work, 'out') });
      const q = (built.manifest.datasets[0] as AssetsDatasetEntry).quality;
      expect(q).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
      expect(q.warningsCoded).toContainEqual({
        code: 'coordinatesNotNumbers',
        file: csv,
        rows: 5,
        columns: 'LONGITUD, LATITUD',
        line: 2,
        example: '-37.694.389.972.002.400, 4.037.944.179.159.940',
        fix: 'digitGroups',
      });
      expect(q.warnings).toContain(
        `${csv}: 5 rows have coordinates that are not numbers (LONGITUD, LATITUD on line 2: -37.694.389.972.002.400, 4.037.944.179.159.940), so they are kept but not placed. ` +
          'The values have a separator between every three digits, as a spreadsheet writes numbers when it saves a file again with its own separators, so where the decimal point was is lost and they cannot be read. ' +
          "Map columns.x and columns.y to other coordinate columns of the file (a grid such as UTM, with coordinates.crs), or use the publisher's original file.",
      );
    },
  );
});

/** The file's fields, `;`-separated with `"` quotes (its opening hours hold `;`), from the raw bytes. */
function quotedFields(): string[][] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(join(dir, csv)));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}
