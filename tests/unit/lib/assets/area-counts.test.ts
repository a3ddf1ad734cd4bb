import { describe, expect, it } from 'vitest';
import {
  AREA_TABLE_ROWS,
  areaCountRows,
  areaCountsCsv,
  shownAreaRows,
} from '../../../../src/lib/assets/area-counts.ts';

const categories = [{ label: 'Vacant' }, { label: 'Occupied' }];

/** `n` areas, area i holding i % 7 vacant and 1 occupied record, except every tenth holding none. */
function estate(n: number) {
  const areas = Array.from({ length: n }, (_, i) => ({ code: `E${String(i).padStart(5, '0')}`, name: `Area ${i}` }));
  const counts = areas.map((_, i) => (i % 10 === 0 ? Int32Array.of(0, 0) : Int32Array.of(i % 7, 1)));
  return { areas, counts };
}

describe('land page table by area', () => {
  it('keeps only areas holding a record, A to Z by name', () => {
    const rows = areaCountRows(
      [
        { code: 'B', name: 'Beta' },
        { code: 'Z', name: 'Empty' },
        { code: 'A', name: 'Alpha' },
      ],
      [Int32Array.of(1, 2), Int32Array.of(0, 0), Int32Array.of(0, 4)],
    );
    expect(rows.map((r) => [r.code, r.total])).toEqual([
      ['A', 4],
      ['B', 3],
    ]);
  });

  it('shows every area A to Z up to the cap', () => {
    const { areas, counts } = estate(50);
    const rows = areaCountRows(areas, counts);
    expect(shownAreaRows(rows)).toEqual(rows);
  });

  it('shows at most AREA_TABLE_ROWS of 3,000 areas, those with the most records first', () => {
    const { areas, counts } = estate(3000);
    const rows = areaCountRows(areas, counts);
    expect(rows).toHaveLength(2700);
    const shown = shownAreaRows(rows);
    expect(shown).toHaveLength(AREA_TABLE_ROWS);
    const fewestShown = shown.at(-1)?.total ?? 0;
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.total).toBeLessThanOrEqual(shown[i - 1]!.total);
    // No area left out holds more records than one shown.
    const shownCodes = new Set(shown.map((r) => r.code));
    for (const r of rows) if (!shownCodes.has(r.code)) expect(r.total).toBeLessThanOrEqual(fewestShown);
    // Deterministic: the same rows in any input order.
    expect(shownAreaRows([...rows].reverse())).toEqual(shown);
  });

  it('writes every area to the CSV with its counts, and neutralises text a spreadsheet would run', () => {
    const { areas, counts } = estate(3000);
    areas[1] = { code: '=HYPERLINK("x")', name: '+cmd' };
    const rows = areaCountRows(areas, counts);
    const lines = areaCountsCsv(rows, categories).trimEnd().split('\r\n');
    expect(lines[0]).toBe('area_code,area_name,Vacant,Occupied,all_records');
    expect(lines).toHaveLength(1 + 2700);
    expect(lines).toContain(`"'=HYPERLINK(""x"")",'+cmd,1,1,2`);
    expect(lines).toContain('E00013,Area 13,6,1,7');
    const total = lines.slice(1).reduce((n, l) => n + Number(l.split(',').at(-1)), 0);
    expect(total).toBe(counts.reduce((n, c) => n + c[0]! + c[1]!, 0));
  });
});
