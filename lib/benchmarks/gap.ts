// Gap analysis against a benchmark, exactly as DOMAIN.md "Benchmarks": gap = latest − benchmark; relative gap =
// gap / |benchmark| × 100 (none when the benchmark is 0); position by the measure's direction, on par when equal at
// the measure's display precision; for a range measure a value inside the target band is ahead.
import { roundHalfAwayFromZero } from '@/lib/number-format';
import { distanceToBand, type Band } from '@/lib/scoring';

export type GapPosition = 'ahead' | 'on_par' | 'behind';

export type GapDirection = 'higher' | 'lower' | { kind: 'range'; band: Band | null };

export type Gap = {
  /** latest − benchmark, full precision (percentage points when the unit is %). */
  gap: number;
  /** gap / |benchmark| × 100; null when the benchmark is 0. */
  relative: number | null;
  /** null for a range measure without a target band (nothing to be ahead of). */
  position: GapPosition | null;
  /** True when the absolute gap reads in percentage points (the measure's unit is %). */
  percentagePoints: boolean;
};

export const positionLabels: Record<GapPosition, string> = { ahead: 'Ahead', on_par: 'On par', behind: 'Behind' };

function finite(name: string, x: number) {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
}

/** Position of `latest` against `benchmark`, both compared at `decimals` places. */
export function positionOf(latest: number, benchmark: number, direction: GapDirection, decimals: number): GapPosition | null {
  const ours = roundHalfAwayFromZero(latest, decimals);
  const theirs = roundHalfAwayFromZero(benchmark, decimals);
  if (direction === 'higher' || direction === 'lower') {
    if (ours === theirs) return 'on_par';
    return (ours > theirs) === (direction === 'higher') ? 'ahead' : 'behind';
  }
  const { band } = direction;
  if (!band) return null;
  const dOurs = roundHalfAwayFromZero(distanceToBand(ours, band), decimals);
  const dTheirs = roundHalfAwayFromZero(distanceToBand(theirs, band), decimals);
  if (ours === theirs) return 'on_par';
  // Inside the band is ahead; outside, the one nearer the band is ahead.
  if (dOurs === 0 || dOurs < dTheirs) return 'ahead';
  return dOurs === dTheirs ? 'on_par' : 'behind';
}

/** The gap of our latest value to a benchmark; null when there is no latest value. */
export function gapOf(
  latest: number | null,
  benchmark: number,
  measure: { direction: GapDirection; decimals: number; unit: string },
): Gap | null {
  finite('benchmark', benchmark);
  if (latest === null) return null;
  finite('latest', latest);
  const gap = latest - benchmark;
  return {
    gap,
    relative: benchmark === 0 ? null : (gap / Math.abs(benchmark)) * 100,
    position: positionOf(latest, benchmark, measure.direction, measure.decimals),
    percentagePoints: measure.unit === '%',
  };
}
