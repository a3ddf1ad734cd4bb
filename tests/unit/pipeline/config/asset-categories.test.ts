import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/pipeline/config/load-config.ts';
import { contrastRatio, parseHexColour } from '../../../../src/lib/colour-contrast.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();
const site = { title: 'T', council: 'C' };

const brownfield = (over: Record<string, unknown> = {}) => ({
  id: 'brownfield',
  kind: 'assets',
  title: 'Brownfield land',
  file: 'sites.csv',
  columns: { id: 'SiteReference', x: 'GeoX', y: 'GeoY', status: 'PlanningStatus' },
  join: { by: 'none' },
  source: { publisher: 'P', licence: 'OGL' },
  categories: [
    { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square' },
    { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'triangle', available: true },
    { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'diamond' },
  ],
  statusMap: { permissioned: 'permissioned', 'not permissioned': 'not-permissioned' },
  defaultStatus: 'pending-decision',
  ...over,
});

function configFile(config: unknown): string {
  const dir = tempDir('atlas-categories-');
  writeFileSync(join(dir, 'sites.csv'), 'SiteReference,GeoX,GeoY,PlanningStatus\n');
  const path = join(dir, 'atlas.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

async function problems(config: unknown): Promise<string[]> {
  try {
    await loadConfig(configFile(config));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('asset categories in the config', () => {
  it('accepts declared categories, with available defaulting to false', async () => {
    const { config } = await loadConfig(configFile({ site, datasets: [brownfield()] }));
    const d = config.datasets[0];
    expect(d?.kind === 'assets' && d.categories.map((c) => [c.id, c.available])).toEqual([
      ['permissioned', false],
      ['not-permissioned', true],
      ['pending-decision', false],
    ]);
  });

  it('fails a colour too light for badges or markers, naming the key and a darker colour that passes', async () => {
    const list = await problems({
      site,
      datasets: [
        brownfield({
          categories: [
            { id: 'permissioned', label: 'Permissioned', colour: '#ffcc00', shape: 'square' },
            { id: 'pending-decision', label: 'Pending', colour: '#7a7a7a', shape: 'diamond' },
          ],
          statusMap: {},
        }),
      ],
    });
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(
      /^datasets\[0\] \(brownfield\)\.categories\[0\]\.colour: "#ffcc00" is too light for badges and map markers: its contrast is 1\.\d\d:1 against the white page \(needs 4\.5:1\) and 1\.\d\d:1 against the map background #eef1f4 \(needs 3:1\)\. Use a darker colour, e\.g\. "#[0-9a-f]{6}"/,
    );
    // #7a7a7a is 4.29:1 on white: it fails the page ratio only.
    expect(list[1]).toMatch(
      /categories\[1\]\.colour: "#7a7a7a" .* 4\.29:1 against the white page \(needs 4\.5:1\)\. Use/,
    );
    for (const message of list) {
      const fix = /e\.g\. "(#[0-9a-f]{6})"/.exec(message)?.[1] ?? '';
      const rgb = parseHexColour(fix);
      expect(rgb).not.toBeNull();
      expect(contrastRatio(rgb!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rgb!, [0xee, 0xf1, 0xf4])).toBeGreaterThanOrEqual(3);
    }
  });

  it('requires a shape per category, known ids in statusMap and statusRules, and a defaultStatus', async () => {
    const list = await problems({
      site,
      datasets: [
        brownfield({
          categories: [
            { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square' },
            { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'square' },
          ],
          statusMap: { yes: 'permissioned', no: 'refused' },
          statusRules: [{ column: 'PlanningStatus', values: ['x'], status: 'vacant' }],
          defaultStatus: undefined,
        }),
      ],
    });
    expect(list).toEqual([
      'datasets[0] (brownfield).categories[1].shape: "square" is already the shape of categories[0] ("permissioned"); give each category its own shape so markers never differ by colour alone. Shapes not used yet: triangle, diamond, circle, triangle-down, pentagon, hexagon, star, cross.',
      'datasets[0] (brownfield).statusMap.no: "refused" is not a category; use one of: permissioned, not-permissioned.',
      'datasets[0] (brownfield).statusRules[0].status: "vacant" is not a category; use one of: permissioned, not-permissioned.',
      'datasets[0] (brownfield).defaultStatus: categories are declared, so say which one rows with no status (or a value not in statusMap) get: defaultStatus: "not-permissioned" (one of: permissioned, not-permissioned).',
    ]);
  });

  it('keeps the four default categories when none are declared, and names them when a value is wrong', async () => {
    const d = brownfield({
      categories: undefined,
      statusMap: { empty: 'vacant', x: 'derelict' },
      defaultStatus: undefined,
    });
    expect(await problems({ site, datasets: [d] })).toEqual([
      'datasets[0] (brownfield).statusMap.x: "derelict" is not a category; use one of: vacant, under-used, occupied, unknown (or declare categories).',
    ]);
  });

  it('refuses two datasets of one site whose categories share a shape (one map, one legend)', async () => {
    const council = brownfield({ id: 'council', categories: undefined, statusMap: {}, defaultStatus: undefined });
    const list = await problems({ site, datasets: [council, brownfield()] });
    expect(list).toEqual([
      'datasets[1] (brownfield).categories[0].shape: category "permissioned" has the shape square, which "occupied" in dataset "council" already has; the land pages show both on one map, so give each category its own shape (not used yet: triangle-down, pentagon, hexagon, star, cross).',
      'datasets[1] (brownfield).categories[1].shape: category "not-permissioned" has the shape triangle, which "vacant" in dataset "council" already has; the land pages show both on one map, so give each category its own shape (not used yet: triangle-down, pentagon, hexagon, star, cross).',
      'datasets[1] (brownfield).categories[2].shape: category "pending-decision" has the shape diamond, which "under-used" in dataset "council" already has; the land pages show both on one map, so give each category its own shape (not used yet: triangle-down, pentagon, hexagon, star, cross).',
    ]);
    const apart = brownfield({
      categories: [
        { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'hexagon' },
        { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'star' },
        { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'pentagon' },
      ],
    });
    expect(await problems({ site, datasets: [council, apart] })).toEqual([]);
  });

  it('limits asset pages to declared categories, and names the ones that do not exist', async () => {
    const { config } = await loadConfig(
      configFile({ site, datasets: [brownfield({ assetPages: { categories: ['not-permissioned'] } })] }),
    );
    const d = config.datasets[0];
    expect(d?.kind === 'assets' ? d.assetPages : null).toEqual({ categories: ['not-permissioned'] });
    expect(await problems({ site, datasets: [brownfield({ assetPages: { categories: ['vacant'] } })] })).toEqual([
      'datasets[0] (brownfield).assetPages.categories[0]: "vacant" is not a category of this dataset; use one of: permissioned, not-permissioned, pending-decision.',
    ]);
  });
});
