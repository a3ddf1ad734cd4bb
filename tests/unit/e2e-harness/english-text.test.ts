import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../src/lib/i18n/catalogues.ts';
import type { Messages } from '../../../src/lib/i18n/catalogue.ts';
import { enGB } from '../../../src/lib/i18n/messages/en-GB/index.ts';
import {
  DataText,
  englishIn,
  englishWords,
  stringsOfCsv,
  stringsOfJson,
  wordsOf,
} from '../../e2e/harness/english-text.ts';
import { decodeEntities, jsonStrings, readPage } from '../../e2e/harness/page-text.ts';

const page = `<!DOCTYPE html><html lang="cy"><head><title>Hafan · Eastmere</title>
<meta name="description" content="Show the data"><style>p { color: red }</style></head>
<body><nav aria-label="Main"><a class="brand" href="/">Hafan</a></nav>
<main id="main"><h1>Cases in Eastmere North</h1><p>Rhes <strong>3</strong> of 5 &amp; more</p>
<img src="x.png" alt="Map of the wards"><input type="search" placeholder="Chwilio"><input type="hidden" value="the id">
<template id="row"><td>Download the table</td></template>
<svg><title>Siart</title><text>per week</text></svg>
<script type="application/json" data-messages>{"locale":"cy","messages":{"frame.x":"Dangos"}}</script>
<script>const s = "the script text";</script></main></body></html>`;

describe('readPage', () => {
  const read = readPage(page);
  const texts = read.texts.map((t) => `${t.where}: ${t.text}`);

  it('reads text nodes, template content, SVG text and the interface attributes, naming each element', () => {
    expect(texts).toEqual([
      'head > title: Hafan · Eastmere',
      'meta[name=description] @content: Show the data',
      'nav @aria-label: Main',
      'nav > a.brand: Hafan',
      'main#main > h1: Cases in Eastmere North',
      'main#main > p: Rhes',
      'p > strong: 3',
      'main#main > p: of 5 & more',
      'main#main > img @alt: Map of the wards',
      'main#main > input @placeholder: Chwilio',
      'template#row > td: Download the table',
      'svg > title: Siart',
      'svg > text: per week',
    ]);
  });

  it('leaves out scripts, styles and hidden values, and parses the JSON blocks', () => {
    expect(texts.join('\n')).not.toMatch(/script text|color|the id/);
    expect(read.lang).toBe('cy');
    expect(read.json).toEqual([
      { where: 'script[data-messages]', value: { locale: 'cy', messages: { 'frame.x': 'Dangos' } } },
    ]);
    expect(jsonStrings(read.json[0]!)).toEqual([
      { where: 'script[data-messages] locale', text: 'cy' },
      { where: 'script[data-messages] messages.frame.x', text: 'Dangos' },
    ]);
  });

  it('decodes character references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &rsquo; &unknown;')).toBe("a & b <c> 'd' ’ &unknown;");
  });
});

describe('englishIn', () => {
  const english = englishWords(enGB.messages, catalogueFor('cy').messages as Partial<Messages>);
  const data = new DataText(['Eastmere North', 'Eastmere', 'Total', 'Community centre of the year'], english);

  it('flags English interface words that the target catalogue never uses, and English function words', () => {
    expect(englishIn('Cases in the 7 days', data, english)).toEqual(expect.arrayContaining(['the']));
    expect(englishIn('Download the table', data, english)).toEqual(expect.arrayContaining(['download', 'the']));
    expect(englishIn('Achosion yn ystod y 7 diwrnod', data, english)).toEqual([]);
  });

  it('sets data text aside, longest first, before looking', () => {
    expect(englishIn('Community centre of the year', data, english)).toEqual([]);
    expect(englishIn('Achosion yn Eastmere North', data, english)).toEqual([]);
    expect(englishIn('Community centre of the year, and more', data, english)).toEqual(['and', 'more']);
  });

  it('sets a data text aside when a page says it mid-sentence, its first letter lowered', () => {
    expect(englishIn('Darllenwch community centre of the year', data, english)).toEqual([]);
    // Only the first letter: the rest must be as the data has it.
    expect(englishIn('community Centre of the year', data, english)).toContain('community');
  });

  it('sets a data string made only of interface words aside only when it is the whole text', () => {
    expect(englishIn('Total', data, english)).toEqual([]);
    expect(englishIn('Show total', data, english)).toEqual(['show', 'total']);
  });

  it('sets a data file path aside, and its file name alone', () => {
    const files = new DataText(['demo/land-and-assets.csv'], english);
    expect(englishIn('land-and-assets.csv', files, english)).toEqual([]);
    expect(englishIn('demo/land-and-assets.csv', files, english)).toEqual([]);
  });

  it('lets through words that are the same in every language', () => {
    expect(englishIn('CSV GeoJSON English', data, english)).toEqual([]);
  });
});

describe('data strings', () => {
  it('take every JSON string and key but not the data step’s own English reasons and warnings', () => {
    const json = {
      title: 'Ward profile',
      quality: { rejectedByReason: [{ reason: 'count is missing', count: 2 }], warnings: ['3 rows swapped'] },
    };
    expect(stringsOfJson(json)).toEqual(['title', 'Ward profile', 'quality', 'rejectedByReason', 'count']);
  });

  it('take every CSV cell and header but not a reason column', () => {
    expect(stringsOfCsv('file,line,reason,value\ndemo.csv,2,count is missing,"Ward, North"\n')).toEqual([
      'file',
      'line',
      'value',
      'demo.csv',
      '2',
      'Ward, North',
    ]);
  });

  it('split words at hyphens and keep apostrophes', () => {
    expect(wordsOf("under-used wedi’i 7-day isn't")).toEqual(['under', 'used', 'wedi’i', 'day', "isn't"]);
  });
});
