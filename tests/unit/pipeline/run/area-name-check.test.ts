import { describe, expect, it } from 'vitest';
import { AreaNameCheck, namesAgree } from '../../../../src/pipeline/run/area-name-check.ts';

describe('namesAgree', () => {
  it.each([
    ['Beacon', 'Beacon', true],
    ['BEACON', 'beacon', true],
    ['Mid-Cambridge', 'Mid Cambridge', true],
    ['Súdwest-Fryslân', 'Sudwest Fryslan', true],
    ['Adams County', 'Adams', true],
    ['Bristol, City of', 'Bristol', true],
    ['Ashby', 'Beacon', false],
    ['Vesthimmerland', 'Vesthimmerlands', false],
    ['North Lawndale', 'South Lawndale', false],
  ])('"%s" and "%s": %s', (a, b, agree) => {
    expect(namesAgree(a, b)).toBe(agree);
    expect(namesAgree(b, a)).toBe(agree);
  });
});

describe('AreaNameCheck', () => {
  it("counts rows named otherwise than the layer's name for their code, by code and name", () => {
    const check = new AreaNameCheck();
    check.check('E05001234', 'Ashby', 'Beacon');
    check.check('E05001234', 'Ashby', 'Beacon');
    check.check('E05001234', 'beacon', 'Beacon');
    check.check('E05009999', 'Carr', 'Carr Bank');
    check.check('E05005555', '', 'Dale');
    expect(check.warning()).toEqual({
      code: 'areaNameMismatch',
      rows: 2,
      items: [{ areaCode: 'E05001234', name: 'Ashby', expected: 'Beacon', count: 2 }],
      more: 0,
    });
  });

  it('without a layer, checks each name against the first row’s name for the code', () => {
    const check = new AreaNameCheck();
    check.check('01', 'Schleswig-Holstein', null);
    check.check('01', 'Schleswig Holstein', null);
    check.check('01', 'Hamburg', null);
    check.check('02', 'Hamburg', null);
    expect(check.warning()).toMatchObject({
      rows: 1,
      items: [{ areaCode: '01', name: 'Hamburg', expected: 'Schleswig-Holstein', count: 1 }],
    });
  });

  it('has no warning when every name agrees, and lists ten pairs before "more"', () => {
    const none = new AreaNameCheck();
    none.check('A', 'Ash', 'Ash');
    expect(none.warning()).toBeNull();
    const many = new AreaNameCheck();
    for (let i = 0; i < 12; i++) many.check(`C${i}`, 'Wrong', `Right ${i}`);
    expect(many.warning()).toMatchObject({ rows: 12, more: 2 });
  });
});
