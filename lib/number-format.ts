import { toDecimal } from '@/lib/decimal';

/**
 * Rounds half away from zero at `decimals` places (−12.5 → −13, 2.345 → 2.35), reading x as the decimal it
 * prints as, so 1.005 → 1.01 (Math.round would give −12 and 1.00). decimals is a whole number 0…20.
 */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be a whole number from 0 to 20, got ${decimals}`);
  }
  if (!Number.isFinite(x)) return x;
  const { m, scale } = toDecimal(x);
  if (scale <= decimals) return x === 0 ? 0 : x;
  const divisor = 10n ** BigInt(scale - decimals);
  const abs = m < 0n ? -m : m;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  const rounded = Number(`${q}e-${decimals}`);
  return m < 0n && rounded !== 0 ? -rounded : rounded;
}

/** x rounded half away from zero and written with exactly `decimals` places, e.g. −33.333… → "-33.3". */
export function formatFixed(x: number, decimals: number): string {
  return roundHalfAwayFromZero(x, decimals).toFixed(decimals);
}
