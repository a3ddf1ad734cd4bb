import { describe, expect, it } from 'vitest';
import { areaDisplayNames, type NamedArea } from '../../../../src/lib/geo/area-display-names.ts';

const states: Record<string, string> = { '17': 'Illinois', '08': 'Colorado' };
const stateName = (code: string): string | null => states[code] ?? null;

describe('areaDisplayNames', () => {
  it.each<[string, NamedArea[], string[]]>([
    [
      'keeps names no other area has',
      [
        { code: '17031', name: 'Cook', parent: '17' },
        { code: '08001', name: 'Adams', parent: '08' },
      ],
      ['Cook', 'Adams'],
    ],
    [
      'adds the parent’s name to a shared name',
      [
        { code: '08001', name: 'Adams', parent: '08' },
        { code: '17001', name: 'Adams', parent: '17' },
        { code: '17031', name: 'Cook', parent: '17' },
      ],
      ['Adams, Colorado', 'Adams, Illinois', 'Cook'],
    ],
    [
      'uses the parent as written when it has no name',
      [
        { code: 'a', name: 'Adams', parent: 'Ohio' },
        { code: 'b', name: 'Adams', parent: 'Iowa' },
      ],
      ['Adams, Ohio', 'Adams, Iowa'],
    ],
    [
      'falls back to the code without a parent (a renamed area under two codes)',
      [
        { code: 'S12000015', name: 'Fife', parent: null },
        { code: 'S12000047', name: 'Fife', parent: null },
      ],
      ['Fife (S12000015)', 'Fife (S12000047)'],
    ],
    [
      'falls back to the code when the parent is the same',
      [
        { code: 'E1', name: 'Ash', parent: '17' },
        { code: 'E2', name: 'Ash', parent: '17' },
        { code: 'E3', name: 'Ash', parent: '08' },
      ],
      ['Ash (E1)', 'Ash (E2)', 'Ash, Colorado'],
    ],
  ])('%s', (_case, areas, expected) => {
    expect(areaDisplayNames(areas, stateName)).toEqual(expected);
  });
});
