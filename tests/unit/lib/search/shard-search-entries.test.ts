import { describe, expect, it } from 'vitest';
import { orderEntries, shardSearchEntries } from '../../../../src/lib/search/shard-search-entries.ts';
import { unpackEntry, type SearchEntry } from '../../../../src/lib/search/search-index-files.ts';
import { searchTerms } from '../../../../src/lib/search/search-terms.ts';

const entry = (kind: SearchEntry['kind'], label: string, detail = '', keywords = ''): SearchEntry => ({
  kind,
  label,
  detail,
  path: `${kind}/${label.toLowerCase().replace(/\W+/g, '-')}/`,
  keywords,
});

const entries: SearchEntry[] = [
  entry('asset', 'Stanley Road depot', 'BN1 2AB', 'bn12ab'),
  entry('asset', 'Station car park', 'St Marys Way'),
  entry('asset', 'Stable block', 'Mill Lane'),
  entry('area', 'Stanmore', 'Wards · W01'),
  entry('dataset', 'Recycling rates', 'Data and quality'),
  entry('indicator', 'Household recycling', 'Indicator'),
];

describe('shardSearchEntries', () => {
  it('puts everything in one shard per first letter when it fits', () => {
    const shards = shardSearchEntries(entries, { fits: () => true });
    expect([...shards.keys()]).toEqual(['2', 'a', 'b', 'c', 'd', 'h', 'i', 'l', 'm', 'p', 'q', 'r', 's', 'w']);
    expect(shards.get('r')?.entries.map((e) => e[1])).toEqual([
      'Household recycling',
      'Recycling rates',
      'Stanley Road depot',
    ]);
    expect([...shards.values()].every((s) => !s.partial)).toBe(true);
  });

  it('splits a prefix by its next letter until each shard fits, keeping a partial shard for the prefix', () => {
    const shards = shardSearchEntries(entries, { fits: (e) => e.length <= 2 });
    // "s…" has 4 entries: split into st (4: still too many), then sta (4), then stab / stan / stat.
    expect(shards.get('st')).toMatchObject({ partial: true });
    // The partial shard: the entry whose word is "st" itself first, then by kind and label.
    expect(shards.get('st')?.entries.map((e) => e[1])).toEqual(['Station car park', 'Stanmore']);
    expect(shards.get('sta')?.entries.map((e) => e[1])).toEqual(['Stanmore', 'Stable block']);
    expect(shards.get('stan')).toMatchObject({ partial: false });
    expect(shards.get('stan')?.entries.map((e) => e[1])).toEqual(['Stanmore', 'Stanley Road depot']);
    expect(shards.get('stab')?.entries.map((e) => e[1])).toEqual(['Stable block']);
    expect(shards.has('s')).toBe(false);
  });

  it('keeps a partial shard to its limit, exact matches first', () => {
    const shards = shardSearchEntries(entries, { fits: (e) => e.length <= 2, partialLimit: 1 });
    expect(shards.get('st')?.entries.map((e) => e[1])).toEqual(['Station car park']);
    expect(shards.get('stan')?.entries).toHaveLength(2);
  });

  it('holds every entry in a complete shard under each of its words', () => {
    const shards = shardSearchEntries(entries, { fits: (e) => e.length <= 2 });
    for (const e of entries) {
      for (const word of new Set(searchTerms(`${e.label} ${e.detail} ${e.keywords}`))) {
        if (word.length < 2) continue;
        const complete = [...shards.values()].find((s) => !s.partial && word.startsWith(s.prefix));
        const found = complete?.entries.map(unpackEntry).some((x) => x.path === e.path) ?? false;
        const exactInPartial = shards.get(word)?.entries.some((x) => x[3] === e.path) ?? false;
        expect(found || exactInPartial, `${e.label} under "${word}"`).toBe(true);
      }
    }
  });

  it('is the same for the same entries in any order', () => {
    const a = shardSearchEntries(entries, { fits: (e) => e.length <= 2 });
    const b = shardSearchEntries([...entries].reverse(), { fits: (e) => e.length <= 2 });
    expect(JSON.stringify([...b])).toBe(JSON.stringify([...a]));
  });
});

describe('orderEntries', () => {
  it('lists areas, indicators, datasets, then assets, each by label', () => {
    expect(orderEntries(entries).map((e) => e.kind)).toEqual([
      'area',
      'indicator',
      'dataset',
      'asset',
      'asset',
      'asset',
    ]);
  });
});
