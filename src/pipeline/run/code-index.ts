/**
 * Area code -> area index for the row handlers, with a shortcut for the orders files come in:
 * sorted by area (the row before had the same code) or by date, then area (the row after area i
 * had the same code as the row after area i the day before). Both are checked by comparing the
 * row's code with one remembered string before the map is asked, which skips hashing a new
 * string on most rows. Codes are compared exactly (the caller trims them); the answers are the
 * map's, whichever way they are found.
 */
export class CodeIndex {
  private readonly index = new Map<string, number>();
  /** By area index: the code of the row that followed that area's last row, and its area. */
  private readonly nextCode: string[] = [];
  private readonly nextArea: number[] = [];
  private lastCode = '';
  private lastArea = -1;

  /** Number of codes added. */
  get size(): number {
    return this.index.size;
  }

  /** The index given to `code`, or undefined when it has none. */
  get(code: string): number | undefined {
    const last = this.lastArea;
    if (last >= 0) {
      if (code === this.lastCode) return last;
      const next = this.nextArea[last] as number;
      if (next >= 0 && code === this.nextCode[last]) return this.follow(last, code, next);
    }
    const found = this.index.get(code);
    if (found === undefined) return undefined;
    return this.follow(last, code, found);
  }

  /**
   * As `get`, for the code written at `text[start, end)`: the two remembered codes are compared in
   * place, so a string is made only when the map has to be asked.
   */
  getAt(text: string, start: number, end: number): number | undefined {
    const last = this.lastArea;
    if (last >= 0) {
      if (spanIs(text, start, end, this.lastCode)) return last;
      const next = this.nextArea[last] as number;
      if (next >= 0) {
        const code = this.nextCode[last] as string;
        if (spanIs(text, start, end, code)) return this.follow(last, code, next);
      }
    }
    return this.get(text.slice(start, end));
  }

  /** Gives `code` the index `area` (0 or more; several codes may share one); the code must be new. */
  set(code: string, area: number): void {
    this.index.set(code, area);
    while (this.nextArea.length <= area) {
      this.nextArea.push(-1);
      this.nextCode.push('');
    }
    this.follow(this.lastArea, code, area);
  }

  // Remembers that `code` (area `area`) came after the area `last`, and returns `area`.
  private follow(last: number, code: string, area: number): number {
    if (last >= 0 && last !== area) {
      this.nextArea[last] = area;
      this.nextCode[last] = code;
    }
    this.lastArea = area;
    this.lastCode = code;
    return area;
  }
}

/** Whether `text[start, end)` is `value`. */
export function spanIs(text: string, start: number, end: number, value: string): boolean {
  if (end - start !== value.length) return false;
  for (let i = 0; i < value.length; i++) if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
}
