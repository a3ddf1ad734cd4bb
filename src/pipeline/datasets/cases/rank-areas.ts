import * as aq from 'arquero';
import { SUPPRESSED, type Figure } from '../../../lib/manifest.ts';

/**
 * Ranks of published rates, highest first (1 = highest), with Arquero's
 * `rank` window: equal rates share a rank and the next rank skips (1, 2, 2, 4).
 * Rates compared as published (1 dp), so two areas that read the same rank the
 * same. Suppressed and missing rates get no rank. Returns ranks in input order
 * and the number of areas ranked.
 */
export function rankAreas(rates: readonly Figure[]): { rank: (number | null)[]; ranked: number } {
  const rank: (number | null)[] = new Array<number | null>(rates.length).fill(null);
  const index: number[] = [];
  const rate: number[] = [];
  rates.forEach((r, i) => {
    if (r !== null && r !== SUPPRESSED && Number.isFinite(r)) {
      index.push(i);
      rate.push(r);
    }
  });
  if (index.length === 0) return { rank, ranked: 0 };
  const ranked = aq.table({ index, rate }).orderby(aq.desc('rate')).derive({ rank: aq.op.rank() });
  const ix = ranked.array('index') as number[];
  const rk = ranked.array('rank') as number[];
  ix.forEach((i, k) => {
    rank[i] = rk[k] as number;
  });
  return { rank, ranked: index.length };
}
