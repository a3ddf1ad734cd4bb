import { describe, expect, it } from 'vitest';
import { formatAssetSize } from '../../../../src/lib/assets/asset-size.ts';
import { createFormatter } from '../../../../src/lib/format.ts';

describe('formatAssetSize', () => {
  const en = createFormatter('en-GB');

  it.each([
    // Registers in m² or square feet give whole numbers: no ".0" the register does not have.
    [424, 'm²', '424 m²'],
    [12298, 'm²', '12,298 m²'],
    // Trafford's 415.05 m² keeps its hundredths rather than showing as 415.1.
    [415.05, 'm²', '415.05 m²'],
    [1299.3, 'm²', '1,299.3 m²'],
    [3, 'ha', '3 ha'],
    // Below 1 every decimal the data step keeps: a 42 m² plot in hectares is not "0 ha".
    [0.426, 'ha', '0.426 ha'],
    [0.0042, 'ha', '0.0042 ha'],
    [12.3456, 'ha', '12.35 ha'],
  ])('writes %s %s as "%s"', (size, unit, text) => {
    expect(formatAssetSize(en, size, unit)).toBe(text);
  });

  it("groups and separates digits in the site's locale", () => {
    expect(formatAssetSize(createFormatter('de-DE'), 1299.3, 'm²')).toBe('1.299,3 m²');
    expect(formatAssetSize(createFormatter('nb-NO'), 415.05, 'm²')).toBe('415,05 m²');
  });
});
