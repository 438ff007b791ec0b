/** A period key: the ISO date 'YYYY-MM-DD' of the period's first day (weeks, months and quarters alike). */
export type PeriodKey = string;
/** What callers may pass for a period: a key, or a Date at the period's first day (read in UTC, as a `date` column is). */
export type PeriodInput = PeriodKey | Date;

/** 'higher' and 'lower' measures have a numeric target; 'range' measures a band [lo, hi] and a tolerance > 0. */
export type Direction = 'higher' | 'lower' | 'range';
export type Band = { lo: number; hi: number };

/** A target in force from `fromPeriod` on (until the next step). */
export type TargetStep<T> = { fromPeriod: PeriodInput; target: T };
export type Measurement = { period: PeriodInput; value: number };

type MeasureCommon = {
  /** Progress at or above this (and below 1) is amber; default 0.7. */
  amberThreshold?: number;
  /** Weight in its objective, ≥ 0; default 1. */
  weight?: number;
  /** Decimals the value is displayed with; trends are 'flat' when equal at this precision. Default 2. */
  decimals?: number;
  measurements: readonly Measurement[];
};
export type DirectedMeasureInput = MeasureCommon & {
  direction: 'higher' | 'lower';
  baseline: number;
  targets: readonly TargetStep<number>[];
};
export type RangeMeasureInput = MeasureCommon & {
  direction: 'range';
  tolerance: number;
  /** Not used by range scoring; accepted so a measure row can be passed as it is. */
  baseline?: number | null;
  targets: readonly TargetStep<Band>[];
};
export type MeasureInput = DirectedMeasureInput | RangeMeasureInput;

/** Measure status; grey = not scored (no value in the current or previous period, or no target). */
export type Status = 'green' | 'amber' | 'red' | 'grey';

/** Roll-up status thresholds as fractions of 1: green from `green`, amber from `amber`. */
export type Thresholds = { green: number; amber: number };

/**
 * The scoring clock, computed by the caller (lib/periods.ts) in the workspace's time zone:
 * the current period of the measure's frequency, and the period just before any given one.
 */
export type ScoringContext = {
  currentPeriod: PeriodInput;
  previousPeriod: (period: PeriodKey) => PeriodInput;
};
