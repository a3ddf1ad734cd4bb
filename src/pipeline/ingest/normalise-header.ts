/**
 * Header names as the pipeline matches them against the configuration, so that
 * `"LA Reference  "`, `"la reference"` and `"LA  Reference"` are the same column.
 */

/**
 * Normalises CSV header names: strips a byte order mark, trims, collapses runs
 * of whitespace to one space and lower-cases. An empty name becomes `column N`
 * (N 1-based); a repeated name gets ` (2)`, ` (3)`… in order of appearance, so
 * every returned name is unique and the array has the same length as `raw`.
 */
export function normaliseHeader(raw: readonly string[]): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const base = normaliseName(raw[i] ?? '') || `column ${i + 1}`;
    let name = base;
    // A generated name can itself collide with a real header ("a (2)"), hence the loop.
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    out.push(name);
  }
  return out;
}

function normaliseName(name: string): string {
  return name
    .replace(/\uFEFF/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
