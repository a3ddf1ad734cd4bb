/**
 * Checks on the asset categories a config declares that need more than one
 * key: colours that must meet WCAG contrast where badges and markers are drawn,
 * and shapes that must tell categories apart across every assets dataset of a
 * site (the land pages show them on one map and in one legend).
 */
import { DEFAULT_ASSET_CATEGORIES, MARKER_SHAPES } from '../../lib/assets-files.ts';
import { contrastRatio, darkenToMeet, parseHexColour } from '../../lib/colour-contrast.ts';

/** The page background and the map's background: every category colour is drawn on both. */
const PAGE = [255, 255, 255] as const;
const MAP = [0xee, 0xf1, 0xf4] as const;
/** Badge and legend icons sit beside text, so they are held to the text ratio; markers to 3:1 (WCAG 1.4.11). */
const PAGE_RATIO = 4.5;
const MAP_RATIO = 3;

/** Why a category colour cannot be used, with a darker one of the same hue that can; null when it passes. */
export function colourProblem(colour: string): string | null {
  const rgb = parseHexColour(colour);
  if (rgb === null) return null; // the format rule reports it
  const page = contrastRatio(rgb, PAGE);
  const map = contrastRatio(rgb, MAP);
  if (page >= PAGE_RATIO && map >= MAP_RATIO) return null;
  const fix = darkenToMeet(rgb, [PAGE, MAP], PAGE_RATIO);
  const fails = [
    page < PAGE_RATIO ? `${page.toFixed(2)}:1 against the white page (needs ${PAGE_RATIO}:1)` : '',
    map < MAP_RATIO ? `${map.toFixed(2)}:1 against the map background #eef1f4 (needs ${MAP_RATIO}:1)` : '',
  ].filter(Boolean);
  return `"${colour}" is too light for badges and map markers: its contrast is ${fails.join(' and ')}. Use a darker colour, e.g. "${fix}" (the same hue, darkened to pass).`;
}

interface CategorySource {
  kind: string;
  id: string;
  categories?: readonly { id: string; shape: string }[];
}

const categoriesOf = (d: CategorySource): readonly { id: string; shape: string }[] =>
  d.categories !== undefined && d.categories.length > 0 ? d.categories : DEFAULT_ASSET_CATEGORIES;

/**
 * Where dataset `i`'s categories clash with those of an earlier assets dataset:
 * the same id with another shape, or another id with the same shape. Paths are
 * relative to the dataset.
 */
export function sharedShapeProblems(
  datasets: readonly CategorySource[],
  i: number,
): { path: (string | number)[]; message: string }[] {
  const d = datasets[i];
  if (d === undefined) return [];
  const own = categoriesOf(d);
  const declared = d.categories !== undefined && d.categories.length > 0;
  const used = new Set<string>();
  const earlier: { dataset: string; id: string; shape: string }[] = [];
  datasets.slice(0, i).forEach((o) => {
    if (o.kind !== 'assets') return;
    for (const c of categoriesOf(o)) {
      earlier.push({ dataset: o.id, id: c.id, shape: c.shape });
      used.add(c.shape);
    }
  });
  for (const c of own) used.add(c.shape);
  const free = MARKER_SHAPES.filter((s) => !used.has(s));
  const problems: { path: (string | number)[]; message: string }[] = [];
  own.forEach((c, j) => {
    const path = declared ? ['categories', j, 'shape'] : ['categories'];
    const clash = earlier.find((e) => (e.id === c.id) !== (e.shape === c.shape));
    if (clash === undefined) return;
    const what = declared ? `category "${c.id}"` : `the default category "${c.id}"`;
    problems.push({
      path,
      message:
        clash.id === c.id
          ? `${what} is a ${c.shape} here but a ${clash.shape} in dataset "${clash.dataset}"; the land pages show both on one map, so give it the same shape in both.`
          : `${what} has the shape ${c.shape}, which "${clash.id}" in dataset "${clash.dataset}" already has; the land pages show both on one map, so give each category its own shape${free.length > 0 ? ` (not used yet: ${free.join(', ')})` : ''}.`,
    });
  });
  return problems;
}
