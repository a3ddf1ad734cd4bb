/**
 * The comparison colours as a reader sees them: the neutral grey of higher / lower / same meets
 * 3:1 (WCAG 1.4.11) against every background it is drawn on, and stays far (CIELAB ΔE76 ≥ 20)
 * from better, similar and worse for normal vision and simulated protanopia, deuteranopia and
 * tritanopia (Machado, Oliveira and Fernandes 2009, severity 1, on linear RGB). The spine chart's
 * middle-half bar meets 3:1 against what it is drawn on, and every circle colour meets 3:1 against it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour } from '../../../../src/lib/colour-contrast.ts';
import { COMPARISON_COLOURS } from '../../../../src/lib/indicators/comparison-text.ts';

/** The first `#rrggbb` after `pattern` in a source file: a background as the site writes it. */
function colourIn(file: string, pattern: RegExp): string {
  const m = new RegExp(`${pattern.source}\\s*(#[0-9a-fA-F]{6})`).exec(readFileSync(file, 'utf8'));
  if (!m?.[1]) throw new Error(`no colour after ${String(pattern)} in ${file}`);
  return m[1];
}

const BACKGROUNDS = {
  page: colourIn('src/styles/global.css', /--bg:/),
  panel: colourIn('src/styles/global.css', /--panel:/),
  'map frame': colourIn('src/components/maps/AreaMapFrame.astro', /\.map-frame \{[^}]*background:/),
  'spine range bar': colourIn('src/components/indicators/SpineChart.astro', /<rect [^>]*fill="/),
};

const rgb = (hex: string): [number, number, number] => {
  const c = parseHexColour(hex);
  if (c === null) throw new Error(`not a colour: ${hex}`);
  return c;
};

const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIELAB (D65) of `hex` as seen through the simulation matrix `m`. */
function seenLab(hex: string, m: number[][]): [number, number, number] {
  const lin = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, k, i) => sum + k * (lin[i] ?? 0), 0),
      ),
    ),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

describe('the neutral grey of higher, lower and same', () => {
  const grey = COMPARISON_COLOURS.higher;

  it('is one colour for all three', () => {
    expect(COMPARISON_COLOURS.lower).toBe(grey);
    expect(COMPARISON_COLOURS.same).toBe(grey);
  });

  it.each(Object.entries(BACKGROUNDS))('has 3:1 contrast against the %s (%s)', (_, background) => {
    expect(contrastRatio(rgb(grey), rgb(background))).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(SIMULATIONS))('stays apart from better, similar and worse with %s', (vision) => {
    const m = SIMULATIONS[vision] as number[][];
    const g = seenLab(grey, m);
    for (const c of ['better', 'similar', 'worse'] as const) {
      const o = seenLab(COMPARISON_COLOURS[c], m);
      expect(Math.hypot(g[0] - o[0], g[1] - o[1], g[2] - o[2]), c).toBeGreaterThanOrEqual(20);
    }
  });
});

describe("the spine chart's middle-half bar", () => {
  const bar = colourIn('src/components/indicators/SpineChart.astro', /<rect x=\{x\(g\.q1\)\}[^>]*fill="/);

  it.each(Object.entries(BACKGROUNDS).filter(([name]) => name !== 'map frame'))(
    'has 3:1 contrast against the %s (%s) it is drawn on',
    (_, background) => {
      expect(contrastRatio(rgb(bar), rgb(background))).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(['better', 'similar', 'worse', 'higher'] as const)(
    'has 3:1 contrast against the %s circle drawn on it',
    (c) => {
      expect(contrastRatio(rgb(COMPARISON_COLOURS[c]), rgb(bar))).toBeGreaterThanOrEqual(3);
    },
  );
});
