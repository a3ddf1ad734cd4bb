import * as aq from 'arquero';

/** Areas grouped by parent, from the layer's parent property. */
export interface ParentGroup {
  code: string;
  /** Indices of the member areas, ascending. */
  members: number[];
}

/**
 * Groups area indices by parent code with Arquero (`groupby` + `array_agg`),
 * keeping only areas that have data. Parents sorted by code. A single parent
 * holding every area with data is dropped: it is the same as the total.
 */
export function groupByParent(parents: readonly (string | null)[], hasData: readonly boolean[]): ParentGroup[] {
  const index: number[] = [];
  const parent: string[] = [];
  parents.forEach((p, i) => {
    if (p !== null && p !== '' && hasData[i] === true) {
      index.push(i);
      parent.push(p);
    }
  });
  if (index.length === 0) return [];
  const grouped = aq
    .table({ index, parent })
    .groupby('parent')
    .rollup({ members: aq.op.array_agg('index') })
    .orderby('parent');
  const codes = grouped.array('parent') as string[];
  const members = grouped.array('members') as number[][];
  const groups = codes.map((code, k) => ({ code, members: [...(members[k] ?? [])].sort((a, b) => a - b) }));
  const withData = hasData.filter(Boolean).length;
  if (groups.length === 1 && groups[0]?.members.length === withData) return [];
  return groups;
}
