/**
 * Orders for the asset list, computed once per estate as a rank per asset so
 * that re-sorting the matches after each filter change is a cheap integer sort.
 */
import { assetAt, compareText, labelOf, type Estate } from './estate.ts';
import type { ListSort } from './filter-url.ts';

/** Rank of every asset under `sort` (lower first); ties broken by estate order. */
export function listRanks(e: Estate, sort: ListSort): Int32Array {
  const labels = new Array<string>(e.count);
  for (let k = 0; k < e.count; k++) {
    const { table, index } = assetAt(e, k);
    labels[k] = labelOf(table, index);
  }
  const order = Array.from({ length: e.count }, (_, k) => k);
  const byName = (a: number, b: number): number => compareText(labels[a] as string, labels[b] as string) || a - b;
  if (sort === 'name') order.sort(byName);
  else if (sort === 'size') {
    order.sort((a, b) => {
      const sa = e.size[a] as number;
      const sb = e.size[b] as number;
      if (Number.isNaN(sa) !== Number.isNaN(sb)) return Number.isNaN(sa) ? 1 : -1;
      return (Number.isNaN(sa) ? 0 : sb - sa) || byName(a, b);
    });
  } else order.sort((a, b) => (e.status[a] as number) - (e.status[b] as number) || byName(a, b));
  const rank = new Int32Array(e.count);
  order.forEach((k, r) => {
    rank[k] = r;
  });
  return rank;
}

/** `matches` in rank order (a new array). */
export function inOrder(matches: ArrayLike<number>, rank: Int32Array): Uint32Array {
  const out = Uint32Array.from(matches);
  out.sort((a, b) => (rank[a] as number) - (rank[b] as number));
  return out;
}
