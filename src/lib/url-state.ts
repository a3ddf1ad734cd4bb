/**
 * Typed page state in the URL's query string, so a link restores the view.
 *
 * A page declares its parameters once (`StateSpec`), reads them on load with
 * `readState` and writes them after each change with `writeState`, which uses
 * `history.replaceState` (no new history entry per click, no reload). Values
 * equal to their default are left out of the URL, parameters the spec does not
 * name are kept as they are (two widgets can share one URL), and anything
 * invalid in a hand-edited link falls back to the default instead of throwing.
 *
 * No DOM or node:* imports at module level: it runs in browsers and in tests.
 */

/** How one query parameter is read and written. */
export interface ParamSpec<T> {
  /** Value when the parameter is absent or invalid. */
  readonly default: T;
  /** The value for the raw text, or `undefined` when the text is not valid. */
  parse(raw: string): T | undefined;
  /** Text for the URL. */
  format(value: T): string;
}

/** One `ParamSpec` per key of the state object. */
export type StateSpec<S> = { readonly [K in keyof S]: ParamSpec<S[K]> };

/** One of a fixed set of words, e.g. `scale=log`. */
export function enumParam<T extends string>(values: readonly T[], fallback: T): ParamSpec<T> {
  return {
    default: fallback,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    format: (v) => v,
  };
}

/** Free text, optionally checked against a pattern (anchor it: `^…$`). */
export function stringParam(fallback: string, pattern?: RegExp): ParamSpec<string> {
  return {
    default: fallback,
    parse: (raw) => (pattern === undefined || pattern.test(raw) ? raw : undefined),
    format: (v) => v,
  };
}

/** An integer within [min, max]. */
export function intParam(fallback: number, min: number, max: number): ParamSpec<number> {
  return {
    default: fallback,
    parse: (raw) => {
      if (!/^-?\d+$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
    format: (v) => String(v),
  };
}

/** A calendar day `YYYY-MM-DD` that exists (2023-02-30 is rejected); default `null`. */
export function dateParam(fallback: string | null = null): ParamSpec<string | null> {
  return {
    default: fallback,
    parse: (raw) => (isIsoDay(raw) ? raw : undefined),
    format: (v) => v ?? '',
  };
}

/**
 * A comma-separated list, e.g. `areas=E08000035,E08000036`. Items failing `item`
 * are dropped, repeats are dropped (first kept), and at most `max` are kept.
 */
export function listParam(options: { max: number; item?: RegExp }): ParamSpec<string[]> {
  return {
    default: [],
    parse: (raw) => {
      const out: string[] = [];
      for (const part of raw.split(',')) {
        const v = part.trim();
        if (v === '' || out.includes(v)) continue;
        if (options.item !== undefined && !options.item.test(v)) continue;
        if (out.length < options.max) out.push(v);
      }
      return out;
    },
    format: (v) => v.join(','),
  };
}

/** True for an existing calendar day written `YYYY-MM-DD`. */
export function isIsoDay(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw;
}

/** The state described by `search` (a query string or `URLSearchParams`); defaults fill the gaps. */
export function readState<S>(spec: StateSpec<S>, search: string | URLSearchParams): S {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = {} as S;
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const p = spec[key];
    const raw = params.get(key);
    const parsed = raw === null ? undefined : p.parse(raw);
    state[key] = parsed === undefined ? p.default : parsed;
  }
  return state;
}

/**
 * The query string (with its leading `?`, or `''` when empty) for `state`,
 * starting from `current`: keys of `spec` are set, or removed when their value
 * formats the same as the default; other keys are left as they are.
 */
export function stateToSearch<S>(
  spec: StateSpec<S>,
  state: Partial<S>,
  current: string | URLSearchParams = '',
): string {
  const params = new URLSearchParams(current);
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    if (!(key in state)) continue;
    const p = spec[key];
    const text = p.format(state[key] as S[keyof S & string]);
    if (text === '' || text === p.format(p.default)) params.delete(key);
    else params.set(key, text);
  }
  params.sort();
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** Minimal window surface `writeState` needs (so tests can pass a fake). */
export interface HistoryTarget {
  location: { pathname: string; search: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void; state: unknown };
}

/**
 * Puts `state` (all or some keys of `spec`) into the address bar with
 * `history.replaceState`; returns the new relative URL. Does nothing when the
 * URL would not change.
 */
export function writeState<S>(spec: StateSpec<S>, state: Partial<S>, target: HistoryTarget = window): string {
  const { pathname, search, hash } = target.location;
  const next = stateToSearch(spec, state, search);
  const url = `${pathname}${next}${hash}`;
  if (next !== search) target.history.replaceState(target.history.state, '', url);
  return url;
}
