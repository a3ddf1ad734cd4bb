/** Deliberately flawed rows, and where they ended up, so README and tests can cite them. */

export interface MessyNote {
  problem: string;
  expected: string;
}

/** A data row as written, with a note when it is one of the deliberate flaws. */
export interface Row {
  fields: string[];
  messy?: MessyNote;
}

export interface MessyRow extends MessyNote {
  file: string;
  /** 1-based physical line in the file; line 1 is the header. */
  line: number;
  /** The first physical line of the record, exactly as written. */
  raw: string;
}

/** Where each flawed row landed in the written file (header = line 1; quoted line breaks count). */
export function locateMessyRows(
  file: string,
  rows: readonly Row[],
  toLine: (fields: readonly string[]) => string,
): MessyRow[] {
  const found: MessyRow[] = [];
  let line = 2;
  for (const row of rows) {
    const text = toLine(row.fields);
    if (row.messy) found.push({ file, line, raw: text.split('\n')[0] ?? '', ...row.messy });
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  }
  return found;
}
