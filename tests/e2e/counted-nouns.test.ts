/**
 * The sentences that count a layer's areas, on a Welsh and English site (tests/fixtures/build/
 * counted-nouns/): a layer of one area with no `forms` ("Eastmere is the only one of the councils",
 * never "one of the 1 councils") and a layer of four wards whose forms the config gives (Welsh
 * "4 ward", never "4 wardiau"; English "4 wards"). Checked in the built HTML, with the markup
 * taken out, on the area profiles, the disease pages and the roll-up's partial sum, whose name the
 * page's script also makes from the forms it is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './harness/build-site.ts';

describe('counted layer nouns on a Welsh and English site with a layer of one area', () => {
  let site: BuiltSite;
  // A page's text: tags and the scripts' JSON dropped, spaces collapsed.
  const text = (path: string): string =>
    readFileSync(join(site.siteDir, path, 'index.html'), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  beforeAll(async () => {
    site = await buildSite({
      config: 'tests/fixtures/build/counted-nouns/counted-nouns.config.ts',
      name: 'counted-nouns',
    });
  });

  it('says the area of a one-area layer is the only one, in Welsh and English', () => {
    expect(text('areas/council/C1')).toContain('Eastmere yw’r unig un o’r cynghorau.');
    expect(text('en/areas/council/C1')).toContain('Eastmere is the only one of the councils.');
    for (const page of ['areas/council/C1', 'en/areas/council/C1'])
      expect(text(page)).not.toMatch(/\b1 (cynghorau|councils)\b/);
  });

  it('counts the wards with the forms the config gives: Welsh singular after the number', () => {
    expect(text('areas/wards/W1')).toContain('Mae Northgate yn un o’r 4 ward yn Eastmere.');
    expect(text('en/areas/wards/W1')).toContain('Northgate is one of the 4 wards in Eastmere.');
    expect(text('areas/wards/W1')).not.toMatch(/\d wardiau/);
  });

  it('says the wards with complete data and the map’s areas by their number', () => {
    const cy = text('disease/cases/achosion');
    expect(cy).toContain('Yn seiliedig ar 2 o’r 3 ward sydd â data cyflawn ar gyfer y ddwy wythnos');
    expect(cy).toContain('Cyfradd 7 diwrnod fesul 100,000 o bobl ym mhob un o’r 4 ward,');
    expect(cy).not.toMatch(/\d wardiau/);
    const en = text('en/disease/cases/achosion');
    expect(en).toContain('Based on 2 of 3 wards with complete data for both weeks');
    expect(en).toContain('7-day rate per 100,000 people in each of the 4 wards,');
  });

  it('counts the cases by their number, Welsh singular after it, and says all the wards after "yn" mutated', () => {
    const cy = text('disease');
    expect(cy).toMatch(/\d+ achos yn y 7 diwrnod hyd at/);
    expect(cy).not.toMatch(/\d achosion/);
    expect(text('en/disease')).toMatch(/\b(1 case|\d+ cases) in the 7 days to/);
    const council = text('disease/cases-council/achosion');
    expect(council).toContain('Ym mhob un o’r cynghorau, roedd achosion');
    expect(council).not.toMatch(/\byn pob\b/i);
  });

  it('names the one council’s map and total without counting it', () => {
    expect(text('disease/cases-council/achosion')).toContain(
      'Cyfradd 7 diwrnod fesul 100,000 o bobl yn yr unig un o’r cynghorau,',
    );
    const en = text('en/disease/cases-council/achosion');
    expect(en).toContain('7-day rate per 100,000 people in the only one of the councils,');
    expect(en).toContain('All councils');
    expect(en).not.toMatch(/\b1 councils\b/);
  });

  it('names the partial sum with the wards’ forms, and gives them to the page’s script', () => {
    expect(text('areas/council/C1')).toContain('(cyfanswm 3 o’r 4 ward yn unig)');
    expect(text('en/areas/council/C1')).toContain('(sum of 3 of 4 wards)');
    expect(text('disease/cases-council/achosion')).toContain('Eastmere (3 o’r 4 ward)');
    const html = readFileSync(join(site.siteDir, 'disease/cases-council/achosion/index.html'), 'utf8');
    expect(html).toContain('"partOf":{"label":"wardiau","forms":{"cy":{"zero":"ward"');
  });
});
