import { describe, expect, it } from 'vitest';
import { codeGeography } from '../../../../src/lib/geo/code-geography.ts';

describe('codeGeography', () => {
  it.each([
    ['E01000001', 'gss:E01', 'lower layer super output areas (LSOAs) in England'],
    ['E02000001', 'gss:E02', 'middle layer super output areas (MSOAs) in England'],
    ['E05011108', 'gss:E05', 'electoral wards in England'],
    ['E06000001', 'gss:E06', 'unitary authorities in England'],
    ['E07000078', 'gss:E07', 'non-metropolitan districts in England'],
    ['E08000025', 'gss:E08', 'metropolitan districts in England'],
    ['E09000002', 'gss:E09', 'London boroughs'],
    ['E10000003', 'gss:E10', 'counties in England'],
    ['E12000006', 'gss:E12', 'regions of England'],
    ['S08000015', 'gss:S08', 'NHS health boards in Scotland'],
    ['S12000049', 'gss:S12', 'council areas in Scotland'],
    ['W06000015', 'gss:W06', 'unitary authorities in Wales'],
    ['W11000028', 'gss:W11', 'local health boards in Wales'],
    ['N09000003', 'gss:N09', 'local government districts in Northern Ireland'],
    [' s12000049 ', 'gss:S12', 'council areas in Scotland'],
    ['E99000001', 'gss:E99', 'UK areas of GSS entity E99'],
    ['36061', 'fips:county', 'US counties'],
    ['1001', 'fips:county-unpadded', 'US counties with the leading zero lost'],
    ['06', 'fips:state', 'US states'],
    ['36061000100', 'fips:tract', 'US census tracts'],
    ['00AA', 'ons:old-district', 'local authority districts in the pre-2011 ONS coding'],
    ['UKI31', 'nuts:3', 'NUTS level 3 regions'],
    ['DE11', 'nuts:2', 'NUTS level 2 regions'],
    ['FR1', 'nuts:1', 'NUTS level 1 regions'],
    ['09162000', 'lau:8-digit', 'municipalities (LAU) with 8-digit codes, such as German Gemeinden (AGS)'],
  ])('reads %s as %s', (code, key, label) => {
    expect(codeGeography(code)).toMatchObject({ key, label });
  });

  it.each([[''], ['New York City'], ['E0100000'], ['123456789012345']])('says nothing about %j', (code) => {
    expect(codeGeography(code)).toBeNull();
  });

  it('names the boundaries that hold such areas', () => {
    expect(codeGeography('E02000001')?.boundaries).toMatch(/Middle layer Super Output Areas/);
    expect(codeGeography('36061')?.boundaries).toMatch(/Counties .*FIPS/);
  });
});
