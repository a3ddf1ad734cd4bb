/**
 * The indicator and area-profile sentences read in the translator's language: whole
 * catalogue sentences with their parts filled in, numbers and percentages formatted
 * for the locale, and no English words left over.
 */
import { describe, expect, it } from 'vitest';
import { areaSentence, overviewSentence } from '../../../../src/lib/indicators/indicator-summary.ts';
import { comparisonLabel, comparisonPhrase } from '../../../../src/lib/indicators/comparison-text.ts';
import {
  comparedAreas,
  trendDescription,
  trendPoints,
  trendTitle,
} from '../../../../src/lib/indicators/trend-compare.ts';
import { formatValue } from '../../../../src/lib/indicators/format-value.ts';
import { inSentence } from '../../../../src/lib/indicators/in-sentence.ts';
import { splitAround } from '../../../../src/lib/i18n/message-parts.ts';
import { printPageContent } from '../../../../src/lib/print-page-content.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { sourceTranslator } from '../../../../src/lib/i18n/source-translator.ts';
import type { IndicatorArea, IndicatorFile } from '../../../../src/lib/indicator-files.ts';

const ENGLISH = /\b(the|of|with|than|higher|lower|better|worse|similar|compared|areas|chart|ranks|from|in)\b/;

const area = (code: string, name: string, values: IndicatorArea['values']): IndicatorArea => ({
  code,
  name,
  parent: 'P',
  benchmark: 'all',
  values,
  lower: null,
  upper: null,
  rank: values.map(() => 1),
  compare: values.map(() => null),
  band: values.map(() => 0),
});

const figures = {
  label: 'Ailgylchu',
  unit: '%',
  decimals: 1,
  periods: ['2022/23', '2023/24', '2024/25'],
  hasLimits: false,
  ranked: [3, 3, 3],
  benchmarks: [{ code: 'all', name: 'Pob ward', values: [40, 41, 42], method: [], areas: [] }],
  areas: [area('A', 'Aberteifi', [38, 39, 40]), area('B', 'Bethesda', [50, null, 60])],
} as unknown as IndicatorFile;

describe('indicator sentences in the catalogue language', () => {
  it('Welsh: the overview sentence counts areas in one Welsh sentence', () => {
    const t = translatorFor('cy');
    const fmt = createFormatter('cy');
    const sentence = overviewSentence(
      {
        label: 'Ailgylchu',
        period: '2024/25',
        benchmark: { name: 'Pob ward', value: 45.5 },
        compare: ['higher', 'lower', 'higher', null],
        areaNoun: inSentence('Wardiau', t),
        hasLimits: false,
        format: (v) => formatValue(v, '%', 1, fmt),
      },
      t,
    );
    expect(sentence).toBe(
      'Ailgylchu yn 2024/25: Pob ward 45.5%. O’r 3 ardal (wardiau) a gymharwyd â’r meincnod (Pob ward), mae 2 yn uwch a 1 yn is; heb derfynau hyder, gall y gwahaniaethau hyn fod yn ddamweiniol.',
    );
    expect(sentence).not.toMatch(ENGLISH);
  });

  it('German: the area sentence with comparison, ordinal rank and change, numbers in German form', () => {
    const t = translatorFor('de');
    const sentence = areaSentence(
      {
        name: 'Altstadt',
        label: 'Recyclingquote',
        period: '2024/25',
        value: '50,6 %',
        benchmarkName: 'Stadt Musterstadt',
        benchmarkValue: '45,5 %',
        compare: 'better',
        rank: 3,
        ranked: 1200,
        previous: { period: '2023/24', value: '47,3 %', change: 'up' },
      },
      t,
    );
    expect(sentence).toBe(
      'Recyclingquote in Altstadt, 2024/25: 50,6 %, signifikant besser als Stadt Musterstadt (45,5 %). Es liegt auf dem 3. Platz von 1.200, vom höchsten Wert an gezählt. Gestiegen von 47,3 % im Zeitraum 2023/24.',
    );
  });

  it('Dutch and Danish: comparison words and labels come from the catalogue, for every comparison', () => {
    for (const tag of ['nl', 'da']) {
      const t = translatorFor(tag);
      for (const c of ['better', 'worse', 'similar', 'higher', 'lower', 'same', null] as const) {
        const phrase = comparisonPhrase(c, 'X', t);
        expect(phrase, `${tag} ${c}`).toContain('X');
        expect(phrase, `${tag} ${c}`).not.toMatch(ENGLISH);
        expect(comparisonLabel(c, t), `${tag} ${c}`).not.toMatch(
          /^(Better|Worse|Similar|Higher|Lower|Same|No comparison)$/,
        );
      }
    }
  });

  it('Welsh: the trend chart title and description, with an added area', () => {
    const t = translatorFor('cy');
    const fmt = createFormatter('cy');
    const a = figures.areas[0] as IndicatorArea;
    const points = trendPoints(figures, a, figures.benchmarks[0]);
    const { areas } = comparedAreas(figures, ['B']);
    expect(trendTitle(figures, a.name, 'Pob ward', areas, t)).toBe(
      'Ailgylchu: Aberteifi o’i chymharu â Pob ward, Bethesda, 2022/23 i 2024/25',
    );
    expect(trendDescription(figures, a.name, 'Pob ward', points, areas, fmt, t)).toBe(
      'Siart llinell. Aberteifi: 38.0% yn 2022/23, 40.0% yn 2024/25. Pob ward (llinell doredig): 40.0% i 42.0%. Bethesda: 50.0% yn 2022/23, 60.0% yn 2024/25.',
    );
  });

  it('keeps the English wording when no translator is given', () => {
    expect(comparisonPhrase('better', 'England')).toBe('significantly better than England');
    expect(comparisonLabel(null)).toBe('No comparison');
  });
});

describe('text helpers', () => {
  it('a config label is lower-cased inside a sentence, except in German', () => {
    expect(inSentence('Wards', sourceTranslator())).toBe('wards');
    expect(inSentence('Wardiau', translatorFor('cy'))).toBe('wardiau');
    expect(inSentence('Stadtteile', translatorFor('de'))).toBe('Stadtteile');
  });

  it('splitAround gives the text either side of the link, wherever the language puts it', () => {
    expect(splitAround(sourceTranslator(), 'indicators.overview.earlier', { period: '2024/25' })).toEqual([
      'This is an earlier period. ',
      ' is 2024/25.',
    ]);
    expect(splitAround(translatorFor('de'), 'areas.profile.land.caption', { area: 'Altstadt' })).toEqual([
      '',
      ' in Altstadt, nach Status',
    ]);
  });

  it('printPageContent turns "Page {page} of {pages}" into CSS strings and counters, quotes escaped', () => {
    const t = translatorFor('cy');
    expect(printPageContent(t.t('areas.profile.printPage', { page: '\u0001', pages: '\u0002' }))).toBe(
      '"Tudalen " counter(page) " o " counter(pages)',
    );
    expect(printPageContent('\u0001 / \u0002 "x"\\')).toBe('counter(page) " / " counter(pages) " \\"x\\"\\\\"');
  });
});
