import type { Status, Thresholds } from './types';

/** Roll-up thresholds when a scorecard sets none: green from 90 %, amber from 70 %. */
export const DEFAULT_THRESHOLDS: Thresholds = { green: 0.9, amber: 0.7 };
/** A measure's amber threshold when it sets none. */
export const DEFAULT_AMBER_THRESHOLD = 0.7;

/**
 * Scores are compared with thresholds with this absolute slack, so that a value exactly at a threshold in decimal
 * (e.g. b 0.1, t 0.4, v 0.31 → 0.7) is not pushed below it by binary floating point (0.6999999999999998).
 * Far below any displayable difference (scores are shown as whole percents).
 */
export const STATUS_EPSILON = 1e-12;

/** Validates 0 ≤ amber ≤ green ≤ 1; throws RangeError otherwise. */
export function assertThresholds(t: Thresholds) {
  if (!(Number.isFinite(t.amber) && Number.isFinite(t.green) && 0 <= t.amber && t.amber <= t.green && t.green <= 1)) {
    throw new RangeError('Thresholds must satisfy 0 ≤ amber ≤ green ≤ 1');
  }
}

/** Status of a score in [0, 1] (null = grey): green from `green`, amber from `amber`, red below. */
export function statusOf(score: number | null, thresholds: Thresholds = DEFAULT_THRESHOLDS): Status {
  assertThresholds(thresholds);
  if (score === null) return 'grey';
  if (score >= thresholds.green - STATUS_EPSILON) return 'green';
  if (score >= thresholds.amber - STATUS_EPSILON) return 'amber';
  return 'red';
}

/** Status of a measure's progress: green only at 1, amber from its amber threshold (default 0.7), red below. */
export function measureStatusOf(progress: number | null, amberThreshold = DEFAULT_AMBER_THRESHOLD): Status {
  return statusOf(progress, { green: 1, amber: amberThreshold });
}
