import { roundHalfAwayFromZero } from './display';
import { distanceToBand } from './progress';
import type { Band } from './types';

/**
 * A trend: `move` is the arrow (by value), `verdict` whether that is good for the measure.
 * 'flat' moves are always 'neutral'; so is a range move that ends as far from the band as it started
 * (inside → inside, or a jump across the band to the same distance on the other side).
 */
export type Trend = { move: 'up' | 'down' | 'flat'; verdict: 'good' | 'bad' | 'neutral' };

export type TrendDirection = 'higher' | 'lower' | { kind: 'range'; band: Band };

/**
 * Trend from the previous period's value to the latest one; null when the previous period has no value.
 * Values (and, for a range, distances to the band) are compared at display precision (`decimals`).
 */
export function trendOf(latest: number, previous: number | null, direction: TrendDirection, decimals: number): Trend | null {
  if (previous === null) return null;
  const now = roundHalfAwayFromZero(latest, decimals);
  const before = roundHalfAwayFromZero(previous, decimals);
  if (now === before) return { move: 'flat', verdict: 'neutral' };
  const move = now > before ? 'up' : 'down';
  if (direction === 'higher') return { move, verdict: move === 'up' ? 'good' : 'bad' };
  if (direction === 'lower') return { move, verdict: move === 'down' ? 'good' : 'bad' };
  const dNow = roundHalfAwayFromZero(distanceToBand(now, direction.band), decimals);
  const dBefore = roundHalfAwayFromZero(distanceToBand(before, direction.band), decimals);
  return { move, verdict: dNow < dBefore ? 'good' : dNow > dBefore ? 'bad' : 'neutral' };
}
