/**
 * The rows a chart shows for a given state, fetched on demand: its own series,
 * and for comparisons the chosen areas' series (via the series index). Shared
 * by redraws and downloads, so a download holds exactly what is drawn.
 */
import type { CasesSeries, CasesSeriesIndex } from '../../lib/cases-files.ts';
import { compareLines, trendRows, type CompareLine, type TrendRow } from '../../lib/cases/trend-rows.ts';
import type { CasesPageState } from './page-state.ts';
import { partialName } from '../../lib/cases/partial-name.ts';
import { casesPartOf, casesTranslator } from './messages.ts';

const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (p === undefined) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}

export interface FixedLine {
  code: string;
  name: string;
  url: string;
}

export type ChartData =
  | { kind: 'trend'; place: string; unit: string; rows: TrendRow[] }
  | { kind: 'compare'; lines: CompareLine[]; missing: string[] };

/** The data of chart element `el` for `state`. */
export async function chartData(el: HTMLElement, state: CasesPageState): Promise<ChartData> {
  const completeUntil = el.dataset['completeUntil'] || null;
  if (el.dataset['chart'] === 'trend') {
    const series = await fetchJson<CasesSeries>(el.dataset['seriesUrl'] ?? '');
    return {
      kind: 'trend',
      place: el.dataset['place'] ?? series.name,
      unit: el.dataset['unit'] ?? '',
      rows: trendRows(series, state.range, completeUntil),
    };
  }
  const fixed = JSON.parse(el.dataset['fixed'] ?? '[]') as FixedLine[];
  const chosen = state.areas.filter((c) => !fixed.some((f) => f.code === c));
  const missing: string[] = [];
  let extra: CasesSeries[] = [];
  if (chosen.length > 0) {
    const index = await fetchJson<CasesSeriesIndex>(el.dataset['indexUrl'] ?? '');
    const root = el.dataset['dataRoot'] ?? '';
    const urls = chosen.map((code) => {
      const at = index.code.indexOf(code);
      const path = at >= 0 ? index.series[at] : null;
      if (path == null) missing.push(code);
      return path == null ? null : root + path;
    });
    extra = await Promise.all(urls.filter((u): u is string => u !== null).map((u) => fetchJson<CasesSeries>(u)));
    // A roll-up's partial sum is named in the page's language: the file gives its own name and the count.
    const partOf = casesPartOf() ?? {};
    extra = extra.map((s) =>
      s.partial === undefined ? s : { ...s, name: partialName(s.name, s.partial, partOf, casesTranslator()) },
    );
  }
  // The fixed lines keep the names the page gave them (the total's is in the page's language).
  const base = (await Promise.all(fixed.map((f) => fetchJson<CasesSeries>(f.url)))).map((s, i) => ({
    ...s,
    name: fixed[i]?.name ?? s.name,
  }));
  return { kind: 'compare', lines: compareLines([...base, ...extra], state.range), missing };
}
