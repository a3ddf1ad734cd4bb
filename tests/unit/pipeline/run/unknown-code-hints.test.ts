import { describe, expect, it } from 'vitest';
import {
  codedUnknownCodeHints,
  unknownCodeHints,
  type HintLayer,
} from '../../../../src/pipeline/run/unknown-code-hints.ts';

const layer = (id: string, label: string, codes: string[], aliases: string[] = []): HintLayer => ({
  id,
  label,
  codes,
  has: (c) => codes.includes(c) || aliases.includes(c),
});

const ltla = layer('ltla', 'Local authorities', ['E06000001', 'E07000008', 'E07000009', 'S12000033', 'S12000046']);
const utla = layer('utla', 'Counties and unitary authorities', ['E06000001', 'E10000003']);

describe('unknownCodeHints', () => {
  it('gives no hint when every code matched', () => {
    expect(unknownCodeHints([], ltla, [utla])).toEqual([]);
  });

  it.each([
    [
      'another layer has the codes',
      ['E10000003'],
      /^1 code \(E10000003\) is an area of layer "utla" .*set the dataset's join\.layer to "utla"/,
    ],
    [
      'the layer has the same kind of code (a vintage change)',
      ['S12000049', 'S12000050'],
      /^2 codes \(S12000049, S12000050\) look like council areas in Scotland \(GSS code, prefix S12\), like 2 areas of layer "ltla".*boundaries of the data's year/,
    ],
    [
      'the codes are another geography than the layer',
      ['E02000001', 'E02000002', 'E02000003', 'E02000004'],
      /^4 codes \(E02000001, E02000002, E02000003, …\) look like middle layer super output areas \(MSOAs\) in England .*layer "ltla" \(Local authorities\) has non-metropolitan districts in England \(2\), council areas in Scotland \(2\), unitary authorities in England \(1\)\. Add a layer of Middle layer Super Output Areas/,
    ],
    [
      "the codes have no recognised system but the form of the layer's own",
      ['X05000099'],
      /^1 code \(X05000099\) has the form of layer "wards"'s own codes \(such as X05000001\) but is not in its boundary file/,
    ],
    [
      'the codes have no recognised shape',
      ['New York City'],
      /^1 code \(New York City\) has no shape of a code system .*Check that columns\.area names the code column/,
    ],
  ])('when %s, says so', (_case, codes, message) => {
    const own = codes[0]?.startsWith('X') === true ? layer('wards', 'Wards', ['X05000001', 'X05000002']) : ltla;
    const hints = unknownCodeHints(codes, own, [utla]);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(message);
  });

  it('gives one hint per geography, the largest group first', () => {
    const hints = unknownCodeHints(['36061', 'E02000001', '36005'], ltla, []);
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/^2 codes \(36061, 36005\) look like US counties/);
    expect(hints[1]).toMatch(/^1 code \(E02000001\) looks like middle layer super output areas/);
  });

  it('does not send codes to a layer that has fewer than half of them', () => {
    const hints = unknownCodeHints(['E10000003', 'E10000002', 'E10000006'], ltla, [utla]);
    expect(hints[0]).toMatch(/look like counties in England .*Add a layer of Counties and Unitary Authorities/);
  });

  it('gives every hint as a code with parameters, so pages can say it in their language', () => {
    const hints = codedUnknownCodeHints(
      ['E10000003', 'S12000049', 'E02000001', 'New York City', 'E10000002', 'E10000006'],
      ltla,
      [utla],
    );
    expect(hints.map((h) => (typeof h === 'string' ? h : h.code))).toEqual([
      'codesOtherGeography',
      'codesLikeLayer',
      'codesOtherGeography',
      'codesUnrecognised',
    ]);
    expect(hints[1]).toEqual({
      code: 'codesLikeLayer',
      codes: 1,
      examples: 'S12000049',
      geography: 'gss:S12',
      areas: 2,
      layer: 'ltla',
    });
  });
});
