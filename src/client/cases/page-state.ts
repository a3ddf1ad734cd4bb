/**
 * The disease pages' URL state: time range, scale and compared areas (charts),
 * week and selected area (map). One spec for the page, so a link restores all.
 */
import {
  dateParam,
  enumParam,
  listParam,
  readState,
  stringParam,
  writeState,
  type StateSpec,
} from '../../lib/url-state.ts';
import { DEFAULT_RANGE, RANGES, type RangeKey } from '../../lib/cases/trend-rows.ts';
import { isRangeKey, openingRange } from '../../lib/cases/offered-ranges.ts';
import { MAX_COMPARE } from '../../lib/compare-areas.ts';

export interface CasesPageState {
  range: RangeKey;
  scale: 'linear' | 'log';
  areas: string[];
  week: string | null;
  area: string;
}

export { MAX_COMPARE };
// Any code the build accepts (up to AREA_CODE_MAX_LENGTH, src/lib/area-code.ts): `GM 0363` and
// `Sörmland` too. A comma separates the codes of a list; the query string encodes the rest.
const CODE = /^[^,\p{Cc}]{1,64}$/u;

export const pageSpec: StateSpec<CasesPageState> = {
  range: enumParam<RangeKey>(['3m', '6m', '1y', 'all'], DEFAULT_RANGE),
  scale: enumParam(['linear', 'log'] as const, 'linear'),
  areas: listParam({ max: MAX_COMPARE, item: CODE }),
  week: dateParam(),
  area: stringParam('', CODE),
};

let current: CasesPageState | undefined;
let spec: StateSpec<CasesPageState> | undefined;
const listeners = new Set<(s: CasesPageState, changed: (keyof CasesPageState)[]) => void>();

/** The ranges the page's controls offer (written at build time), or every range on a page without them. */
export function offeredOnPage(): RangeKey[] {
  const written = document.querySelector<HTMLElement>('[data-chart-controls]')?.dataset['ranges'];
  const keys = written?.split(' ').filter(isRangeKey) ?? [];
  return keys.length > 0 ? keys : RANGES.map((r) => r.key);
}

/** The range the page was drawn at by the build. */
export function openingPageRange(): RangeKey {
  return openingRange(offeredOnPage());
}

/**
 * This page's spec: only the ranges it offers, defaulting to the one it opens on. A range it does
 * not offer (a link made when the data was longer) is shorter data's All, so it shows All.
 */
function pageStateSpec(): StateSpec<CasesPageState> {
  if (spec === undefined) {
    const offered = offeredOnPage();
    spec = { ...pageSpec, range: enumParam<RangeKey>(offered, openingRange(offered)) };
  }
  return spec;
}

export function pageState(): CasesPageState {
  current ??= readState(pageStateSpec(), window.location.search);
  return current;
}

/** Changes some keys, writes the URL and tells every listener which keys changed. */
export function setPageState(patch: Partial<CasesPageState>): void {
  const before = pageState();
  current = { ...before, ...patch };
  const changed = (Object.keys(patch) as (keyof CasesPageState)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(current?.[k]),
  );
  if (changed.length === 0) return;
  writeState(pageStateSpec(), current);
  for (const l of listeners) l(current, changed);
}

export function onPageState(listener: (s: CasesPageState, changed: (keyof CasesPageState)[]) => void): void {
  listeners.add(listener);
}
