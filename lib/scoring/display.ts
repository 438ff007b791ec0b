/**
 * Multiplies x by 10^k through its shortest decimal representation, so the digits are those a person reads
 * (1.005 → 100.5 exactly, where 1.005 * 100 gives 100.49999999999999).
 */
function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent = '0'] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}

/**
 * Rounds x to `decimals` places, halves away from zero (12.5 → 13, −12.5 → −13, 1.005 → 1.01), working on x's
 * shortest decimal representation rather than its binary expansion. Never returns −0.
 */
export function roundHalfAwayFromZero(x: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError('decimals must be an integer from 0 to 20');
  }
  // Non-finite values, and magnitudes from 2^52 on (which hold no fraction), have nothing to round.
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const rounded = Math.round(shiftDecimal(Math.abs(x), decimals)); // Math.round sends .5 up: away from zero here
  const result = shiftDecimal(rounded, -decimals);
  return x < 0 && result !== 0 ? -result : result;
}

/** A score in [0, 1] as a percent rounded half away from zero (default whole percents: 0.125 → 13, 0.145 → 15); null stays null. */
export function scorePercent(score: number | null, decimals = 0): number | null {
  if (score === null) return null;
  return roundHalfAwayFromZero(shiftDecimal(score, 2), decimals);
}
