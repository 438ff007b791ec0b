// Pure helpers for drag and drop and the "Move …" menu items: they never mutate their input.

/** The list with the item at `from` moved to index `to` (clamped). */
export function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** The id list with `id` moved to index `to`; unchanged when the id is absent. */
export function moveId(ids: readonly string[], id: string, to: number): string[] {
  return moveWithin(ids, ids.indexOf(id), to);
}

/**
 * Moves `itemId` out of whichever list holds it into `toList` at `toIndex` (clamped). Lists not
 * touched keep their identity; returns the input when the item is nowhere.
 */
export function moveBetween<T extends { id: string }>(lists: Record<string, T[]>, itemId: string, toList: string, toIndex: number): Record<string, T[]> {
  const fromList = Object.keys(lists).find((k) => lists[k].some((i) => i.id === itemId));
  if (fromList === undefined || !(toList in lists)) return lists;
  if (fromList === toList) {
    const list = lists[fromList];
    return { ...lists, [fromList]: moveWithin(list, list.findIndex((i) => i.id === itemId), toIndex) };
  }
  const item = lists[fromList].find((i) => i.id === itemId)!;
  const target = lists[toList].slice();
  target.splice(Math.max(0, Math.min(toIndex, target.length)), 0, item);
  return { ...lists, [fromList]: lists[fromList].filter((i) => i.id !== itemId), [toList]: target };
}

/** True when both lists hold the same ids (order ignored, no duplicates). */
export function sameIdSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return set.size === a.length && b.every((id) => set.has(id));
}
