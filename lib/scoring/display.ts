// One rounding rule for the whole app (lib/number-format.ts); re-exported for the scoring API.
import { roundHalfAwayFromZero } from '../number-format';

export { roundHalfAwayFromZero };

/**
 * Multiplies x by 10^k through its shortest decimal representation, so the digits are those a person reads
 * (1.005 → 100.5 exactly, where 1.005 * 100 gives 100.49999999999999).
 */
function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}

/** A score in [0, 1] as a percent rounded half away from zero (default whole percents: 0.125 → 13, 0.145 → 15); null stays null. */
export function scorePercent(score: number | null, decimals = 0): number | null {
  if (score === null) return null;
  return roundHalfAwayFromZero(shiftDecimal(score, 2), decimals);
}
