import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { buildNomination, nominationFileName, nominationText } from '../../../../src/lib/assets/nomination.ts';

describe('nomination document', () => {
  const input = {
    siteTitle: 'Atlas',
    council: 'Example Council',
    rightsHeading: 'Community rights in England',
    sections: [
      { heading: 'The land or building', hint: 'Describe it and its boundaries.' },
      { heading: 'Why it is of community value', hint: 'How its use furthers social wellbeing.' },
    ],
    asset: {
      label: '<script>alert(1)</script> Hall',
      reference: 'C/3',
      uprn: '010000000003',
      address: 'Mill Lane',
      postcode: 'AB1 2BB',
      area: 'Castle Ward',
      lon: -1.5,
      lat: 52.5,
      status: 'Vacant',
      tenure: 'Freehold',
      holdingType: '',
      size: '0.5 ha',
      owner: 'Example Council',
      dataset: 'Council register',
      publisher: 'Example Council',
      provenance: 'register.csv, line 4',
      pageUrl: 'https://example.org/land/council/c-3/',
      dates: [{ label: 'Listed', value: '15 January 2024' }],
    },
  };

  it('pre-fills the asset details and lists the configured sections to complete', () => {
    const doc = buildNomination(input, translatorFor('en-GB'));
    expect(doc.title).toBe('Nomination draft: <script>alert(1)</script> Hall');
    expect(doc.facts.map((f) => f.label)).toEqual([
      'Name',
      'Address',
      'Postcode',
      'Register reference',
      'UPRN',
      'Area',
      'Location (longitude, latitude)',
      'Status in the register',
      'Tenure',
      'Size',
      'Owner in the register',
      'Listed',
      'Source',
      'Page',
    ]);
    expect(doc.facts.find((f) => f.label === 'Location (longitude, latitude)')?.value).toBe('-1.50000, 52.50000');
    expect(doc.sections).toEqual(input.sections);
    expect(doc.intro[1]).toContain('community rights in England');
  });

  it('renders as plain text with the details and a space for each section', () => {
    const text = nominationText(buildNomination(input, translatorFor('en-GB')));
    expect(text).toContain('Register reference:             C/3\r\n');
    expect(text).toContain('1. THE LAND OR BUILDING\r\n');
    expect(text).toContain('2. WHY IT IS OF COMMUNITY VALUE\r\n');
    expect(text).toContain('Source:                         Council register (Example Council), register.csv, line 4');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(nominationFileName('council', 'c-3', 'txt')).toBe('nomination-council-c-3.txt');
  });
});
