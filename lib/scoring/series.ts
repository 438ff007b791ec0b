import { periodKey } from './period-key';
import type { Measurement, PeriodInput, PeriodKey, TargetStep } from './types';

export type Point = { period: PeriodKey; value: number };

/**
 * The target in force in `period`: the step with the latest fromPeriod ≤ period. Before the first step the
 * earliest step applies (a measure is never left without a target for early data). Null when there are no steps.
 * Two steps from the same period: the later one in the list wins.
 */
export function targetAt<T>(targets: readonly TargetStep<T>[], period: PeriodInput): T | null {
  const key = periodKey(period);
  let inForce: { from: PeriodKey; target: T } | null = null;
  let earliest: { from: PeriodKey; target: T } | null = null;
  for (const step of targets) {
    const from = periodKey(step.fromPeriod);
    if (from <= key && (!inForce || from >= inForce.from)) inForce = { from, target: step.target };
    if (!earliest || from < earliest.from) earliest = { from, target: step.target };
  }
  return (inForce ?? earliest)?.target ?? null;
}

/** Measurements keyed by period (values must be finite; a repeated period keeps the later one in the list). */
export function seriesByPeriod(measurements: readonly Measurement[]): Map<PeriodKey, number> {
  const byPeriod = new Map<PeriodKey, number>();
  for (const m of measurements) {
    if (!Number.isFinite(m.value)) throw new RangeError('Measurement values must be finite numbers');
    byPeriod.set(periodKey(m.period), m.value);
  }
  return byPeriod;
}

/** The latest measurement by period (not by entry time) at or before `upTo` (later, future periods are ignored). */
export function latestPoint(series: Map<PeriodKey, number>, upTo: PeriodInput): Point | null {
  const limit = periodKey(upTo);
  let best: Point | null = null;
  for (const [period, value] of series) {
    if (period <= limit && (!best || period > best.period)) best = { period, value };
  }
  return best;
}
