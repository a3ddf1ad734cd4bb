/**
 * The en-GB catalogue: the source language. Every other catalogue has exactly
 * these keys, with the same placeholders (tests/unit/lib/i18n/catalogues.test.ts).
 */
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
import { joinSourceMessages } from '../../join-namespaces.ts';

/** The namespaces, by name: the ones every translation must have. */
export const sourceNamespaces = { frame, cases, assets, indicators, areas, datasets, search, home, common, languages };

export const enGB = {
  language: 'en-GB',
  name: 'English',
  glossary: [
    {
      term: 'rate per 100,000',
      translation: 'rate per 100,000',
      note: 'cases in 7 days for every 100,000 residents',
    },
    {
      term: '7-day average',
      translation: '7-day average',
      note: 'mean of the daily counts over the last 7 days',
    },
    {
      term: 'suppressed',
      translation: 'suppressed',
      note: 'withheld because the number is too small to publish',
    },
    {
      term: 'vacant',
      translation: 'vacant',
      note: 'land or a building nobody uses',
    },
    {
      term: 'under-used',
      translation: 'under-used',
      note: 'used for only part of its space or time',
    },
    {
      term: 'benchmark',
      translation: 'benchmark',
      note: 'the figure an area is compared with',
    },
  ],
  review: [],
  messages: joinSourceMessages(sourceNamespaces),
} as const;
