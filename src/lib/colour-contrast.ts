/**
 * WCAG 2.2 contrast between two sRGB colours, for colours a config supplies
 * (category markers and badges). Pure; browser-safe.
 */

/** `[r, g, b]` (0–255) of `#rgb` or `#rrggbb`, or null when it is neither. */
export function parseHexColour(text: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (m === null) return null;
  const h = m[1] as string;
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.2 definition). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const lin = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const hex = (rgb: readonly number[]): string =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * The same hue darkened just enough to reach `ratio` against every colour of
 * `against` (all light), as `#rrggbb`: a suggestion for a colour that fails.
 */
export function darkenToMeet(rgb: readonly number[], against: readonly (readonly number[])[], ratio: number): string {
  for (let f = 1; f >= 0; f -= 0.01) {
    const c = rgb.map((v) => Math.floor(v * f));
    if (against.every((bg) => contrastRatio(c, bg) >= ratio)) return hex(c);
  }
  return '#000000';
}
