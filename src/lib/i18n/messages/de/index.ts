/** German (de). Terms follow the usage of German public health and statistics offices (RKI, Destatis). */
import type { Catalogue } from '../../catalogue.ts';
import * as frame from './frame.ts';
import * as cases from './cases.ts';
import * as assets from './assets.ts';
import * as indicators from './indicators.ts';
import * as areas from './areas.ts';
import * as datasets from './datasets.ts';
import * as search from './search.ts';
import * as home from './home.ts';
import * as common from './common.ts';
import * as languages from './languages.ts';
import { joinTranslation } from '../../join-namespaces.ts';

export const de: Catalogue = {
  language: 'de',
  name: 'Deutsch',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'je 100.000 Einwohner',
      note: '7-Tage-Inzidenz: Fälle in 7 Tagen je 100.000 Einwohner',
    },
    {
      term: '7-day average',
      translation: '7-Tage-Mittel',
      note: 'Mittelwert der Tageszahlen der letzten 7 Tage',
    },
    {
      term: 'suppressed',
      translation: 'unterdrückt',
      note: 'aus Datenschutzgründen nicht veröffentlicht (zu kleine Zahl)',
    },
    {
      term: 'vacant',
      translation: 'leer stehend',
      note: 'Gebäude oder Fläche ohne Nutzung',
    },
    {
      term: 'under-used',
      translation: 'untergenutzt',
      note: 'nur teilweise genutzt',
    },
    {
      term: 'benchmark',
      translation: 'Vergleichswert',
      note: 'der Wert, mit dem ein Gebiet verglichen wird',
    },
  ],
  ...joinTranslation({ frame, cases, assets, indicators, areas, datasets, search, home, common, languages }),
};
