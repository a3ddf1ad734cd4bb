import { describe, expect, it } from 'vitest';
import { chooseShard, matchSearch } from '../../../../src/lib/search/match-search.ts';
import type { SearchDirectory, SearchEntry } from '../../../../src/lib/search/search-index-files.ts';
import { shardSearchEntries } from '../../../../src/lib/search/shard-search-entries.ts';
import { unpackEntry } from '../../../../src/lib/search/search-index-files.ts';
import { assetKeywords } from '../../../../src/lib/search/search-terms.ts';

const entry = (kind: SearchEntry['kind'], label: string, detail = '', keywords = ''): SearchEntry => ({
  kind,
  label,
  detail,
  path: `${kind}/${label}/`,
  keywords,
});

const entries: SearchEntry[] = [
  entry('asset', 'Old library', 'Church Street · EM1 4QT · Land and buildings', '100023336956 · em14qt'),
  entry('asset', 'Church hall', 'Mill Lane · EM2 1AA', 'em21aa'),
  entry('area', 'Churchfield', 'Wards · W05'),
  entry('indicator', 'Household recycling rate', 'Indicator · Recycling'),
  entry('dataset', 'Household recycling', 'Data and quality'),
];

describe('matchSearch', () => {
  it('finds an asset by a UPRN padded with zeros typed as the register writes it, and as the site shows it', () => {
    // Trafford's register writes UPRN 10070446362; idPadding: 12 shows it as 010070446362.
    const padded = [
      entry('asset', 'Grove Lane Allotments', 'Grove Lane', assetKeywords('TMBC0023', '010070446362', 'WA15 6PX')),
    ];
    expect(matchSearch(padded, '10070446362').results.map((e) => e.label)).toEqual(['Grove Lane Allotments']);
    expect(matchSearch(padded, '010070446362').total).toBe(1);
    expect(matchSearch(padded, 'wa156px').total).toBe(1);
    expect(assetKeywords('00012', '', '')).toBe('00012 · 12');
    expect(assetKeywords('A/0012', '', '')).toBe('A/0012 · a0012');
  });

  it('needs every word of the query to begin a word of the entry', () => {
    expect(matchSearch(entries, 'church st').results.map((e) => e.label)).toEqual(['Old library']);
    expect(matchSearch(entries, 'church zzz').total).toBe(0);
  });

  it('ranks label matches over detail matches, exact words over prefixes, areas first among equals', () => {
    expect(matchSearch(entries, 'church').results.map((e) => e.label)).toEqual([
      'Church hall',
      'Churchfield',
      'Old library',
    ]);
    expect(matchSearch(entries, 'household recycling').results.map((e) => e.kind)).toEqual(['indicator', 'dataset']);
  });

  it('finds a postcode typed with or without its space, and a UPRN', () => {
    expect(matchSearch(entries, 'EM1 4QT').results.map((e) => e.label)).toEqual(['Old library']);
    expect(matchSearch(entries, 'em14qt').results.map((e) => e.label)).toEqual(['Old library']);
    expect(matchSearch(entries, '100023336956').results.map((e) => e.label)).toEqual(['Old library']);
  });

  it('returns the best `limit` and the number of matches in all', () => {
    const { results, total } = matchSearch(entries, 'ch', 2);
    expect(results).toHaveLength(2);
    expect(total).toBe(3);
  });
});

describe('chooseShard', () => {
  const directory: SearchDirectory = {
    entries: 5,
    shards: { st: ['st.json', 1], sta: ['sta.json', 0], str: ['str.json', 0], mi: ['mi.json', 0] },
  };

  it('picks the longest prefix of a word that has a shard', () => {
    expect(chooseShard(directory, 'stanley')).toEqual({
      kind: 'shard',
      prefix: 'sta',
      file: 'sta.json',
      partial: false,
    });
    expect(chooseShard(directory, 'st')).toEqual({ kind: 'shard', prefix: 'st', file: 'st.json', partial: true });
  });

  it('prefers a word whose shard is complete', () => {
    expect(chooseShard(directory, 'st mill')).toMatchObject({ file: 'mi.json', partial: false });
  });

  it('needs a word of two characters, and knows a word under no shard matches nothing', () => {
    expect(chooseShard(directory, 's')).toEqual({ kind: 'short' });
    expect(chooseShard(directory, 'mill zebra')).toEqual({ kind: 'none' });
  });
});

describe('an index cut into shards', () => {
  it('finds every entry by each of its words through the shard chosen for the word', () => {
    const byPrefix = shardSearchEntries(entries, { fits: (e) => e.length <= 2 });
    const directory: SearchDirectory = {
      entries: entries.length,
      shards: Object.fromEntries([...byPrefix].map(([p, s]) => [p, [p, s.partial ? 1 : 0]])),
    };
    for (const e of entries) {
      for (const word of `${e.label} ${e.detail}`.toLowerCase().split(/[^a-z0-9]+/)) {
        if (word.length < 2) continue;
        const choice = chooseShard(directory, word);
        expect(choice.kind, word).toBe('shard');
        if (choice.kind !== 'shard') continue;
        const shard = (byPrefix.get(choice.prefix)?.entries ?? []).map(unpackEntry);
        if (!choice.partial) expect(matchSearch(shard, word).results, word).toContainEqual(e);
      }
    }
  });
});
