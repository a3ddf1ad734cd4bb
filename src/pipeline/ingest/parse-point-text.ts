/**
 * Both coordinates in one column, as city open-data portals export a location:
 * `(39.29, -76.61)`, `52.1, -1.2`, `52.1 -1.2`, `[-1.2, 52.1]` or `POINT (-1.2 52.1)`.
 * The order is the config's (`coordinates.order`), never guessed from the values.
 */
/** Which of the two numbers comes first: `x,y` (longitude or easting first) or `y,x`. */
export type PointOrder = 'x,y' | 'y,x';

export type PointTextResult = { ok: true; x: number; y: number } | { ok: false; reason: string } | null;

const NUMBER = '[-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?';

/**
 * Reads two numbers from `raw`; null when blank. With decimal separator ",", the two
 * numbers must be separated by ";" or spaces (`52,1; -1,2`). Returns a reason when the
 * text does not hold exactly two numbers.
 */
export function parsePointText(raw: string, order: PointOrder, decimal: '.' | ',' = '.'): PointTextResult {
  let text = raw.trim();
  if (text === '') return null;
  text = text.replace(/^POINT\s*(?:Z\s*|M\s*|ZM\s*)?/i, '');
  text = text.replace(/^[([{]\s*/, '').replace(/\s*[)\]}]$/, '');
  const separator = decimal === ',' ? '\\s*;\\s*|\\s+' : '\\s*[,;]\\s*|\\s+';
  const pattern = new RegExp(`^(${NUMBER})(?:${separator})(${NUMBER})$`);
  const match = pattern.exec(text);
  if (match === null) return { ok: false, reason: 'not two coordinates' };
  const read = (s: string): number => Number(decimal === ',' ? s.replace(',', '.') : s);
  const first = read(match[1] as string);
  const second = read(match[2] as string);
  if (!Number.isFinite(first) || !Number.isFinite(second)) return { ok: false, reason: 'not two coordinates' };
  return order === 'x,y' ? { ok: true, x: first, y: second } : { ok: true, x: second, y: first };
}
