/**
 * The header line of a CSV file alone, read as `readCsv` reads it (same
 * decoding and delimiter detection), so the config can be checked against every
 * file of a dataset before any row is read.
 */
import { readCsv, type CsvReadOptions } from './read-csv.ts';

class HeaderRead extends Error {}

/** The header of a CSV file: `names` normalised, `raw` as written. Stops reading after the header line. */
export async function readCsvHeader(
  path: string,
  options: CsvReadOptions,
): Promise<{ names: string[]; raw: string[] }> {
  let header: { names: string[]; raw: string[] } | null = null;
  try {
    await readCsv(path, options, {
      header(names, raw) {
        header = { names, raw };
        // Thrown out of the read loop, which closes the file: the rows are not needed.
        throw new HeaderRead();
      },
      row() {},
    });
  } catch (error) {
    if (!(error instanceof HeaderRead)) throw error;
  }
  if (header === null) throw new Error(`${path} is empty (no header line)`);
  return header;
}
