/**
 * Finds a configured column in a file's header. Names match ignoring case and
 * runs of spaces first; failing that, ignoring spaces, hyphens and underscores
 * altogether (`Site Reference`, `site-reference`, `SITE_REFERENCE`, `SiteReference`).
 * Alternatives are tried in the order the config gives them.
 */

/** The alternatives of a column reference's `column`, as a list. */
export function headerNames(column: string | readonly string[]): string[] {
  return typeof column === 'string' ? [column] : [...column];
}

/** Case- and space-insensitive name: trimmed, runs of whitespace as one space, lower case, no byte order mark. */
export function strictKey(name: string): string {
  return name
    .replace(/\uFEFF/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Also ignores every space, hyphen and underscore. */
export function looseKey(name: string): string {
  return strictKey(name).replace(/[\s_-]+/g, '');
}

export interface FoundColumn {
  /** Index in the header; -1 when no alternative matches. */
  index: number;
  /** Every column the chosen alternative matched (more than one: the header repeats a name). */
  matches: number[];
}

/** The first alternative that matches (strictly, then loosely); the first of several matching columns is used. */
export function findColumn(names: readonly string[], rawHeader: readonly string[]): FoundColumn {
  const strict = rawHeader.map(strictKey);
  const loose = rawHeader.map(looseKey);
  for (const name of names) {
    for (const [keys, key] of [
      [strict, strictKey(name)],
      [loose, looseKey(name)],
    ] as const) {
      if (key === '') continue;
      const matches: number[] = [];
      keys.forEach((k, i) => {
        if (k === key) matches.push(i);
      });
      if (matches.length > 0) return { index: matches[0] ?? -1, matches };
    }
  }
  return { index: -1, matches: [] };
}
