import { periodKey } from './period-key';
import { assertBand, progress } from './progress';
import { latestPoint, seriesByPeriod, targetAt, type Point } from './series';
import { DEFAULT_AMBER_THRESHOLD, measureStatusOf } from './status';
import { trendOf, type Trend } from './trend';
import type { Band, MeasureInput, PeriodKey, ScoringContext, Status } from './types';

export type ScoredMeasure = {
  /** Progress in [0, 1] of the latest value against the target in force in its period; null when grey. */
  progress: number | null;
  status: Status;
  /** Weight in the objective (default 1 applied). */
  weight: number;
  /** Latest value by period up to the current period, also when grey (a stale value, for display). */
  latest: Point | null;
  /** Target in force in the latest value's period. */
  target: number | Band | null;
  trend: Trend | null;
};

/** Validates a weight (finite, ≥ 0) and applies the default 1; throws RangeError otherwise. */
export function weightOf(weight: number | undefined): number {
  const w = weight ?? 1;
  if (!Number.isFinite(w) || w < 0) throw new RangeError('Weights must be finite numbers ≥ 0');
  return w;
}

function validate(measure: MeasureInput) {
  const amber = measure.amberThreshold ?? DEFAULT_AMBER_THRESHOLD;
  if (!(Number.isFinite(amber) && amber >= 0 && amber <= 1)) throw new RangeError('Amber threshold must be in [0, 1]');
  const decimals = measure.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError('decimals must be 0–20');
  if (measure.direction === 'range') for (const step of measure.targets) assertBand(step.target, measure.tolerance);
  return { amber, decimals, weight: weightOf(measure.weight) };
}

/**
 * Scores a measure as DOMAIN.md says: grey when neither the current nor the previous period has a value (or no
 * target is set); else progress of the latest value (by period, ignoring periods after the current one) against
 * the target in force in that period, status by the amber threshold, and the trend from the period before it.
 */
export function scoreMeasure(measure: MeasureInput, ctx: ScoringContext): ScoredMeasure {
  const { amber, decimals, weight } = validate(measure);
  const series = seriesByPeriod(measure.measurements);
  const current = periodKey(ctx.currentPeriod);
  const before = (p: PeriodKey) => {
    const prev = periodKey(ctx.previousPeriod(p));
    if (prev >= p) throw new RangeError(`previousPeriod(${p}) returned ${prev}, which is not earlier`);
    return prev;
  };
  const recent = series.has(current) || series.has(before(current));
  const latest = latestPoint(series, current);
  if (!latest) return { progress: null, status: 'grey', weight, latest, target: null, trend: null };

  const prevValue = series.get(before(latest.period)) ?? null;
  let target: number | Band | null;
  let p: number | null = null;
  let trend: Trend | null;
  if (measure.direction === 'range') {
    const band = targetAt(measure.targets, latest.period);
    target = band;
    if (band) p = progress(latest.value, 0, 0, { kind: 'range', tolerance: measure.tolerance, ...band });
    trend = band ? trendOf(latest.value, prevValue, { kind: 'range', band }, decimals) : null;
  } else {
    const t = targetAt(measure.targets, latest.period);
    target = t;
    if (t !== null) p = progress(latest.value, measure.baseline, t, measure.direction);
    trend = trendOf(latest.value, prevValue, measure.direction, decimals);
  }
  const scored = recent ? p : null;
  return { progress: scored, status: measureStatusOf(scored, amber), weight, latest, target, trend };
}
