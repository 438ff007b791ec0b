// The Balanced Scorecard's scoring, pure (no database, no calendar): see DOMAIN.md "Scoring".
export type * from './types';
export { periodKey } from './period-key';
export { progress, distanceToBand, assertBand, type ProgressDirection } from './progress';
export { statusOf, measureStatusOf, assertThresholds, DEFAULT_THRESHOLDS, DEFAULT_AMBER_THRESHOLD, STATUS_EPSILON } from './status';
export { targetAt, seriesByPeriod, latestPoint, type Point } from './series';
export { trendOf, type Trend, type TrendDirection } from './trend';
export { roundHalfAwayFromZero, scorePercent } from './display';
export { scoreMeasure, weightOf, type ScoredMeasure } from './measure';
export {
  rollUp,
  scoreObjective,
  scoreScorecard,
  type Weighted,
  type ObjectiveInput,
  type PerspectiveInput,
  type ScorecardInput,
  type ScoredNode,
  type ScoredObjective,
  type ScoredPerspective,
  type ScoredScorecard,
} from './rollup';
