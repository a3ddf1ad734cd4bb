import { describe, expect, it } from 'vitest';
import { ARROW_STEPS, neighbour, pathBoxCentre } from '../../../../src/lib/cases/map-neighbour.ts';

//   . N .
//   W C E
//   . S .
const centres = new Map<string, [number, number]>([
  ['N', [10, 0]],
  ['W', [0, 10]],
  ['C', [10, 10]],
  ['E', [20, 10]],
  ['S', [10, 20]],
]);

describe('map neighbours', () => {
  it('takes the centre of the bounding box of a path', () => {
    expect(pathBoxCentre('M0,0L10,0L10,4Z')).toEqual([5, 2]);
    expect(pathBoxCentre('M-2.5,3L7.5,-1')).toEqual([2.5, 1]);
    expect(pathBoxCentre('')).toBeNull();
    // Relative moves, as the static map writes them: M2,2 then 8 right, 4 down, closed; a second ring.
    expect(pathBoxCentre('M2,2l8,0 0,4z')).toEqual([6, 4]);
    expect(pathBoxCentre('M2,2l8,0 0,4zM20,2l2-1z')).toEqual([12, 3.5]);
  });

  it.each([
    ['C', 'ArrowUp', 'N'],
    ['C', 'ArrowRight', 'E'],
    ['C', 'ArrowDown', 'S'],
    ['C', 'ArrowLeft', 'W'],
    ['N', 'ArrowDown', 'C'],
    ['W', 'ArrowRight', 'C'],
    ['N', 'ArrowUp', null],
    ['E', 'ArrowRight', null],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(neighbour(centres, from, ARROW_STEPS[key] ?? [0, 0])).toBe(to);
  });

  it('prefers the area straight ahead to a nearer one at an angle', () => {
    const line = new Map<string, [number, number]>([
      ['here', [0, 0]],
      ['ahead', [10, 0]],
      ['aside', [7, 6]],
    ]);
    expect(neighbour(line, 'here', [1, 0])).toBe('ahead');
  });
});
