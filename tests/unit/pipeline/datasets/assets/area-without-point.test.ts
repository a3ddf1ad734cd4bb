// Joined by point, a register's records with an address and no coordinates used to lose the area
// the register names (columns.area was read only without a point join): they are now counted in
// it, though not on the map. A record whose point lies outside every area keeps none.
import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets, testLayer } from './run-assets.ts';

describe('assets joined by point: the area column of records with no location', () => {
  const csv = ['Ref,X,Y,Ward', '1,0.5,50.5,A2', '2,,,A2', '3,,,a1', '4,5,50.5,A1', '5,,,Z9', '6,,,'].join('\n');
  const config = assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y', area: 'Ward' } });

  it("gives a record with no coordinates its column's area, and a placed one the area its point is in", async () => {
    const run = await runAssets(csv, config, testLayer());
    expect(run.quality).toMatchObject({ rowsIn: 6, accepted: 6, rejected: 0 });
    const areaOf = (i: number): string | undefined => run.table.dict.area[run.table.area[i] ?? -1]?.code;
    // Row 1's point is in A1, whatever its column says.
    expect(areaOf(0)).toBe('A1');
    expect(areaOf(1)).toBe('A2');
    expect(areaOf(2)).toBe('A1');
    // Row 4 has a point, outside every area: no area, not the column's.
    expect(areaOf(3)).toBeUndefined();
    expect(areaOf(4)).toBeUndefined();
    expect(areaOf(5)).toBeUndefined();
    expect(run.table.lon.slice(1, 3)).toEqual([null, null]);
    expect(run.fields).toMatchObject({ placed: 1, unplaced: 5 });
  });

  it('counts them in their areas and names an area the layer does not have in a warning', async () => {
    const run = await runAssets(csv, config, testLayer());
    const byArea = Object.fromEntries(run.summary.byArea.map((a) => [a.code, a.total]));
    expect(byArea).toMatchObject({ A1: 2, A2: 1 });
    expect(run.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'assetAreaUnknown', rows: 1, items: [{ value: 'Z9', count: 1 }] }),
    );
  });
});
