import type { Band } from './types';

/** A direction as progress() needs it: the band and tolerance travel with 'range'. */
export type ProgressDirection = 'higher' | 'lower' | ({ kind: 'range'; tolerance: number } & Band);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function finite(name: string, x: number) {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number`);
}

/** Validates a band and tolerance (lo ≤ hi, tolerance > 0, all finite); throws RangeError otherwise. */
export function assertBand(band: Band, tolerance: number) {
  finite('lo', band.lo);
  finite('hi', band.hi);
  finite('tolerance', tolerance);
  if (band.lo > band.hi) throw new RangeError('Range lo must not exceed hi');
  if (!(tolerance > 0)) throw new RangeError('Range tolerance must be greater than 0');
}

/** Distance from v to the band [lo, hi]: 0 inside, else to the nearer bound. */
export function distanceToBand(v: number, band: Band): number {
  if (v < band.lo) return band.lo - v;
  if (v > band.hi) return v - band.hi;
  return 0;
}

/** Progress in [0, 1] of value v from baseline b to target t, exactly as DOMAIN.md; full precision. */
export function progress(v: number, b: number, t: number, direction: ProgressDirection): number {
  finite('value', v);
  if (typeof direction === 'object') {
    assertBand(direction, direction.tolerance);
    if (direction.lo <= v && v <= direction.hi) return 1;
    return Math.max(0, 1 - distanceToBand(v, direction) / direction.tolerance);
  }
  finite('baseline', b);
  finite('target', t);
  if (direction === 'higher') return t > b ? clamp01((v - b) / (t - b)) : v >= t ? 1 : 0;
  return t < b ? clamp01((b - v) / (b - t)) : v <= t ? 1 : 0;
}
