import { describe, expect, it } from 'vitest';
import { benchmarkMethodKey } from '../../../../src/lib/indicators/benchmark-method.ts';
import { CATALOGUES } from '../../../../src/lib/i18n/catalogues.ts';
import { createTranslator } from '../../../../src/lib/i18n/translator.ts';

describe('benchmarkMethodKey', () => {
  it('names a computed benchmark, mean or population-weighted, and not one the file gives', () => {
    expect(benchmarkMethodKey('mean')).toBe('indicators.benchmark.methodMean');
    expect(benchmarkMethodKey('population-weighted')).toBe('indicators.benchmark.methodWeighted');
    expect(benchmarkMethodKey('file')).toBeNull();
    expect(benchmarkMethodKey(null)).toBeNull();
  });

  it.each(Object.keys(CATALOGUES))('has words in %s that say a mean, not a total', (tag) => {
    const t = createTranslator(tag, (CATALOGUES[tag] ?? CATALOGUES['en-GB'])!.messages);
    const mean = t.t('indicators.benchmark.methodMean');
    expect(t.t('indicators.benchmark.methodWeighted').startsWith(mean)).toBe(true);
  });
});
