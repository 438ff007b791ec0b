import { describe, expect, it } from 'vitest';
import { moveBetween, moveId, moveWithin, sameIdSet } from '@/lib/journeys/reorder';

describe('reorder helpers', () => {
  it('moves within a list without mutating it', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveWithin(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveWithin(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveWithin(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
    expect(moveId(list, 'c', 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveId(list, 'zz', 0)).toEqual(list);
  });

  it('moves between lists at an index (clamped), leaving other lists alone', () => {
    const lists = { s1: [{ id: 'a' }, { id: 'b' }], s2: [{ id: 'c' }], s3: [] as { id: string }[] };
    const next = moveBetween(lists, 'a', 's2', 0);
    expect(next.s1.map((i) => i.id)).toEqual(['b']);
    expect(next.s2.map((i) => i.id)).toEqual(['a', 'c']);
    expect(next.s3).toBe(lists.s3);
    expect(moveBetween(lists, 'b', 's3', 10).s3.map((i) => i.id)).toEqual(['b']);
    expect(moveBetween(lists, 'a', 's1', 1).s1.map((i) => i.id)).toEqual(['b', 'a']);
    expect(moveBetween(lists, 'nope', 's1', 0)).toBe(lists);
    expect(lists.s1.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('compares id sets ignoring order', () => {
    expect(sameIdSet(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIdSet(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(sameIdSet(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(sameIdSet(['a'], ['a', 'b'])).toBe(false);
  });
});
