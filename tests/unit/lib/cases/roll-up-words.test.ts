import { describe, expect, it } from 'vitest';
import { rollUpWords } from '../../../../src/lib/cases/roll-up-words.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';

const datasets = [{ id: 'cases', layer: 'districts' }];
const layers = [
  { id: 'districts', label: 'Districts' },
  { id: 'counties', label: 'Counties' },
];
const rolled = {
  title: 'Notifications',
  description: 'Daily counts.',
  layer: 'counties',
  derivedFrom: 'cases',
  rollUp: { configuredTitle: false },
};

describe('a roll-up’s title and description', () => {
  it.each([
    ['en-GB', 'Notifications by counties', 'Daily counts. Figures are sums of the districts in each of the counties.'],
    [
      'de',
      'Notifications – Counties',
      'Daily counts. Die Zahlen sind Summen der Gebiete der Ebene „Districts“ in jedem Gebiet der Ebene „Counties“.',
    ],
    [
      'cy',
      'Notifications wedi’u hadio i’r counties',
      'Daily counts. Mae’r ffigurau’n symiau o’r districts ym mhob un o’r counties.',
    ],
    [
      'nl',
      'Notifications, opgeteld naar counties',
      'Daily counts. De cijfers zijn sommen van de districts in elk van de counties.',
    ],
    [
      'da',
      'Notifications fordelt på counties',
      'Daily counts. Tallene er summer af områderne i laget »districts« inden for hvert område i laget »counties«.',
    ],
  ])('is phrased in %s from the parts the data gives', (language, title, description) => {
    expect(rollUpWords(rolled, datasets, layers, translatorFor(language))).toEqual({ title, description });
  });

  it('keeps a configured title as written, and says the sums alone when the source has no description', () => {
    const words = rollUpWords(
      { ...rolled, title: 'Meldungen je Kreis', description: '', rollUp: { configuredTitle: true } },
      datasets,
      layers,
      translatorFor('de'),
    );
    expect(words).toEqual({
      title: 'Meldungen je Kreis',
      description: 'Die Zahlen sind Summen der Gebiete der Ebene „Districts“ in jedem Gebiet der Ebene „Counties“.',
    });
  });

  it('leaves a dataset that is no roll-up as it is', () => {
    const { rollUp: _, ...plain } = rolled;
    expect(rollUpWords(plain, datasets, layers, translatorFor('de'))).toEqual({
      title: 'Notifications',
      description: 'Daily counts.',
    });
  });
});
