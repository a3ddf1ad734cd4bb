import { describe, expect, it } from 'vitest';
import {
  dateParam,
  enumParam,
  intParam,
  isIsoDay,
  listParam,
  readState,
  stateToSearch,
  stringParam,
  writeState,
  type HistoryTarget,
  type StateSpec,
} from '../../../src/lib/url-state.ts';

interface View {
  range: '3m' | '1y' | 'all';
  scale: 'linear' | 'log';
  areas: string[];
  week: string | null;
  zoom: number;
  q: string;
}

const spec: StateSpec<View> = {
  range: enumParam(['3m', '1y', 'all'] as const, '1y'),
  scale: enumParam(['linear', 'log'] as const, 'linear'),
  areas: listParam({ max: 4, item: /^[A-Z]\d{8}$/ }),
  week: dateParam(),
  zoom: intParam(5, 0, 20),
  q: stringParam(''),
};

describe('readState', () => {
  it('gives defaults for an empty query', () => {
    expect(readState(spec, '')).toEqual({ range: '1y', scale: 'linear', areas: [], week: null, zoom: 5, q: '' });
  });

  it('reads every kind of parameter', () => {
    const s = readState(spec, '?range=all&scale=log&areas=E08000035,E08000036&week=2021-03-07&zoom=12&q=Le%20eds');
    expect(s).toEqual({
      range: 'all',
      scale: 'log',
      areas: ['E08000035', 'E08000036'],
      week: '2021-03-07',
      zoom: 12,
      q: 'Le eds',
    });
  });

  it('falls back to the default for invalid values instead of throwing', () => {
    const s = readState(spec, '?range=forever&scale=LOG&week=2023-02-30&zoom=99');
    expect(s.range).toBe('1y');
    expect(s.scale).toBe('linear');
    expect(s.week).toBeNull();
    expect(s.zoom).toBe(5);
  });

  it('drops invalid and repeated list items and keeps at most max', () => {
    const s = readState(spec, '?areas=E1,E08000035,<script>,E08000035,W06000001,S12000033,N09000001,E06000001');
    expect(s.areas).toEqual(['E08000035', 'W06000001', 'S12000033', 'N09000001']);
  });

  it('accepts URLSearchParams', () => {
    expect(readState(spec, new URLSearchParams({ scale: 'log' })).scale).toBe('log');
  });
});

describe('stateToSearch', () => {
  it('leaves defaults out of the URL', () => {
    expect(stateToSearch(spec, { range: '1y', scale: 'linear', areas: [], week: null })).toBe('');
  });

  it('writes non-defaults, sorted by key, and keeps parameters it does not own', () => {
    expect(stateToSearch(spec, { scale: 'log', areas: ['E08000035', 'E08000036'] }, '?other=1')).toBe(
      '?areas=E08000035%2CE08000036&other=1&scale=log',
    );
  });

  it('removes a parameter set back to its default', () => {
    expect(stateToSearch(spec, { scale: 'linear' }, '?scale=log&range=all')).toBe('?range=all');
  });

  it('round-trips through readState', () => {
    const state: View = { range: '3m', scale: 'log', areas: ['E08000035'], week: '2020-12-31', zoom: 0, q: 'a&b=c' };
    expect(readState(spec, stateToSearch(spec, state))).toEqual(state);
  });
});

describe('writeState', () => {
  function fakeWindow(search: string) {
    const calls: string[] = [];
    const target: HistoryTarget = {
      location: { pathname: '/disease/cases/', search, hash: '#map' },
      history: {
        state: { kept: true },
        replaceState: (data, _unused, url) => {
          expect(data).toEqual({ kept: true });
          calls.push(String(url));
        },
      },
    };
    return { target, calls };
  }

  it('replaces the URL (path and hash kept) without adding history', () => {
    const { target, calls } = fakeWindow('');
    const url = writeState(spec, { week: '2021-01-03' }, target);
    expect(url).toBe('/disease/cases/?week=2021-01-03#map');
    expect(calls).toEqual(['/disease/cases/?week=2021-01-03#map']);
  });

  it('does nothing when the URL would not change', () => {
    const { target, calls } = fakeWindow('?week=2021-01-03');
    writeState(spec, { week: '2021-01-03', scale: 'linear' }, target);
    expect(calls).toEqual([]);
  });
});

describe('isIsoDay', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2020-02-29')).toBe(true);
    expect(isIsoDay('2021-02-29')).toBe(false);
    expect(isIsoDay('2021-2-3')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
});
