// A council that names no benchmark gets the data step's placeholder; its pages must say it in
// their own language, while a named benchmark stays the council's text.
import { describe, expect, it } from 'vitest';
import { benchmarkName } from '../../../../src/lib/indicators/benchmark-name.ts';
import { UNNAMED_ALL_AREAS } from '../../../../src/lib/indicator-files.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';

describe('benchmarkName', () => {
  const unnamed = { code: 'all', name: UNNAMED_ALL_AREAS };

  it("says the unnamed every-area benchmark in the page's language", () => {
    expect(benchmarkName(unnamed, translatorFor('en-GB'))).toBe('All areas');
    expect(benchmarkName(unnamed, translatorFor('de-DE'))).toBe('Alle Gebiete');
    expect(benchmarkName(unnamed, translatorFor('cy'))).toBe('Pob ardal');
    expect(benchmarkName(unnamed, translatorFor('nl-NL'))).toBe('Alle gebieden');
    expect(benchmarkName(unnamed, translatorFor('da-DK'))).toBe('Alle områder');
  });

  it('keeps a name the config gave, and any parent area name, as written', () => {
    const de = translatorFor('de-DE');
    expect(benchmarkName({ code: 'all', name: 'Saarland' }, de)).toBe('Saarland');
    expect(benchmarkName({ code: 'E10000008', name: 'All areas' }, de)).toBe('All areas');
    expect(benchmarkName({ code: 'all', name: 'Borough' }, de, (n) => `[${n}]`)).toBe('[Borough]');
  });
});
