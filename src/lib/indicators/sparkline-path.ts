/**
 * An SVG path for a small trend line (no axes) in a `width` × `height` box:
 * missing values break the line; a flat or single-value series sits mid-height.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return '';
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (hi === lo ? height / 2 : height - ((v - lo) / (hi - lo)) * height);
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${Math.round(i * step * 10) / 10},${Math.round(y(v) * 10) / 10}`;
    pen = true;
  });
  return d;
}
