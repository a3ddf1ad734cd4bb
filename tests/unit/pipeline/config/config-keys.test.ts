import { describe, expect, it } from 'vitest';
import { closestKey, keysAt } from '../../../../src/pipeline/config/config-keys.ts';
import { configSchema } from '../../../../src/pipeline/config/schema.ts';

describe('closestKey', () => {
  const keys = ['title', 'council', 'licenceUrl', 'reportingLagDays', 'x', 'y'];
  it.each([
    ['titel', 'title'],
    ['licence_url', 'licenceUrl'],
    ['reporting-lag-days', 'reportingLagDays'],
    ['counsil', 'council'],
    ['colour', undefined],
    ['z', undefined],
  ])('takes "%s" for "%s"', (typo, meant) => {
    expect(closestKey(typo, keys)).toBe(meant);
  });
});

describe('keysAt', () => {
  const raw = {
    site: { title: 'T' },
    datasets: [
      { kind: 'assets', join: { by: 'none' }, columns: {} },
      { kind: 'cases', join: { by: 'point', layer: 'w' }, metrics: { c: {} } },
    ],
  };

  it('follows the kind and join the raw config chose', () => {
    expect(keysAt(configSchema, ['datasets', 0, 'join'], raw)).toEqual(['by']);
    expect(keysAt(configSchema, ['datasets', 1, 'join'], raw)).toEqual(['by', 'layer']);
    expect(keysAt(configSchema, ['datasets', 0, 'columns'], raw)).toContain('uprn');
    expect(keysAt(configSchema, ['datasets', 1], raw)).toContain('reportingLagDays');
  });

  it('looks inside maps and optional objects, and gives undefined where there is no object', () => {
    expect(keysAt(configSchema, ['datasets', 1, 'metrics', 'c'], raw)).toEqual([
      'label',
      'forms',
      'higherIs',
      'description',
    ]);
    expect(keysAt(configSchema, ['site'], raw)).toContain('communityRights');
    expect(keysAt(configSchema, ['site', 'title'], raw)).toBeUndefined();
  });
});
