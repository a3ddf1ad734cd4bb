import { describe, expect, it } from 'vitest';
import { appShortName } from '../../../src/lib/app-short-name.ts';

describe('the installed app’s short name', () => {
  it('is site.shortName when the config gives one', () => {
    expect(appShortName({ title: 'Eastmere Civic Atlas', council: 'Borough of Eastmere', shortName: 'Atlas' })).toBe(
      'Atlas',
    );
  });

  it('is the council’s name when that is short', () => {
    expect(appShortName({ title: 'The Civic Atlas of Eastmere', council: 'Eastmere' })).toBe('Eastmere');
  });

  it('is the title cut at the last whole word within 12 characters, never mid-word', () => {
    expect(appShortName({ title: 'Eastmere Civic Atlas', council: 'Borough of Eastmere (fictional)' })).toBe(
      'Eastmere',
    );
    expect(appShortName({ title: 'Atlas Dinesig Eastmere', council: 'Bwrdeistref Eastmere' })).toBe('Atlas');
    expect(appShortName({ title: 'Open Data', council: 'Borough of Eastmere' })).toBe('Open Data');
    expect(appShortName({ title: 'Gemeindeverwaltungsatlas Nord', council: 'Gemeinde Nordheim-Süd' })).toBe(
      'Gemeindeverwaltungsatlas',
    );
  });
});
