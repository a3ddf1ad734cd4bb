/**
 * The land pages' state in the URL: filters, the selected asset and the list
 * page, so a link sent to a colleague restores the same view. Built on the
 * shared `url-state.ts`; category values are labels, separated by "|" because
 * labels contain commas ("Parks, Gardens and open space").
 */
import {
  enumParam,
  intParam,
  listParam,
  readState,
  stateToSearch,
  stringParam,
  type ParamSpec,
  type StateSpec,
} from '../url-state.ts';
import type { AssetFilters } from './filters.ts';

export interface LandState {
  status: string[];
  source: string[];
  area: string[];
  tenure: string[];
  holding: string[];
  owner: string[];
  min: number | null;
  max: number | null;
  q: string;
  /** Selected asset, `dataset/slug`; '' for none. */
  asset: string;
  /** 1-based page of the list. */
  page: number;
  /** List order. */
  sort: ListSort;
}

/** List orders: status (vacant first) then name; name; size, largest first. */
export const LIST_SORTS = ['status', 'name', 'size'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Labels separated by "|", trimmed, de-duplicated, at most `max`. */
function labelListParam(max: number): ParamSpec<string[]> {
  return {
    default: [],
    parse: (raw) => {
      const out: string[] = [];
      for (const part of raw.split('|')) {
        const v = part.trim().slice(0, 200);
        if (v !== '' && !out.includes(v) && out.length < max) out.push(v);
      }
      return out;
    },
    format: (v) => v.join('|'),
  };
}

/** A non-negative decimal, or null. */
function sizeParam(): ParamSpec<number | null> {
  return {
    default: null,
    parse: (raw) => (/^\d+(\.\d+)?$/.test(raw) && raw.length <= 15 ? Number(raw) : undefined),
    format: (v) => (v === null ? '' : String(v)),
  };
}

export const LAND_STATE: StateSpec<LandState> = {
  status: listParam({ max: 50, item: /^[a-z0-9][a-z0-9-]*$/ }),
  source: listParam({ max: 200, item: /^[a-z0-9][a-z0-9-]*$/ }),
  area: listParam({ max: 500, item: /^[^,|]{1,60}$/ }),
  tenure: labelListParam(200),
  holding: labelListParam(500),
  owner: labelListParam(200),
  min: sizeParam(),
  max: sizeParam(),
  q: stringParam('', /^.{0,200}$/),
  asset: stringParam('', /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*$/),
  page: intParam(1, 1, 100_000),
  sort: enumParam(LIST_SORTS, 'status'),
};

/**
 * The parameters that filter the records (the others choose an asset, a page of the list, an
 * order): an address with none of them set lists every record.
 */
export const FILTER_PARAMS = [
  'status',
  'source',
  'area',
  'tenure',
  'holding',
  'owner',
  'min',
  'max',
  'q',
] as const satisfies readonly (keyof LandState)[];

/** The state in a query string; anything invalid falls back to no filter. */
export function readLandState(search: string | URLSearchParams): LandState {
  return readState(LAND_STATE, search);
}

/** The query string (with "?", or '') for `state`, keeping parameters other pages put there. */
export function landSearch(state: Partial<LandState>, current: string | URLSearchParams = ''): string {
  return stateToSearch(LAND_STATE, state, current);
}

export function filtersOf(s: LandState): AssetFilters {
  return {
    status: s.status,
    source: s.source,
    area: s.area,
    tenure: s.tenure,
    holding: s.holding,
    owner: s.owner,
    sizeMin: s.min,
    sizeMax: s.max,
    q: s.q,
  };
}

export function stateOf(
  f: AssetFilters,
  extra: { asset?: string; page?: number; sort?: ListSort } = {},
): Partial<LandState> {
  return {
    status: f.status,
    source: f.source,
    area: f.area,
    tenure: f.tenure,
    holding: f.holding,
    owner: f.owner,
    min: f.sizeMin,
    max: f.sizeMax,
    q: f.q,
    ...(extra.asset !== undefined ? { asset: extra.asset } : {}),
    ...(extra.page !== undefined ? { page: extra.page } : {}),
    ...(extra.sort !== undefined ? { sort: extra.sort } : {}),
  };
}
