import { scoreMeasure, weightOf, type ScoredMeasure } from './measure';
import { assertThresholds, DEFAULT_THRESHOLDS, statusOf } from './status';
import type { MeasureInput, ScoringContext, Status, Thresholds } from './types';

export type Weighted = { score: number | null; weight?: number };

/**
 * Weighted mean of the non-grey (non-null) scores, full precision. Grey children are left out and the others'
 * weights renormalised; all grey (or none) → null; non-grey weights summing to 0 → plain mean.
 */
export function rollUp(children: readonly Weighted[]): number | null {
  const scored = children.flatMap((c) => (c.score === null ? [] : [{ score: c.score, weight: weightOf(c.weight) }]));
  if (scored.some((c) => !Number.isFinite(c.score))) throw new RangeError('Scores must be finite numbers');
  if (scored.length === 0) return null;
  const total = scored.reduce((sum, c) => sum + c.weight, 0);
  const mean =
    total > 0
      ? scored.reduce((sum, c) => sum + c.score * c.weight, 0) / total
      : scored.reduce((sum, c) => sum + c.score, 0) / scored.length;
  // A mean lies between its lowest and highest term; clamping there undoes float drift (0.3, 0.3 → 0.3 exactly).
  const scores = scored.map((c) => c.score);
  return Math.min(Math.max(...scores), Math.max(Math.min(...scores), mean));
}

export type ObjectiveInput = { weight?: number; measures: readonly MeasureInput[] };
export type PerspectiveInput = { weight?: number; objectives: readonly ObjectiveInput[] };
export type ScorecardInput = { perspectives: readonly PerspectiveInput[]; thresholds?: Thresholds };

export type ScoredNode = { score: number | null; status: Status; weight: number };
export type ScoredObjective = ScoredNode & { measures: ScoredMeasure[] };
export type ScoredPerspective = ScoredNode & { objectives: ScoredObjective[] };
export type ScoredScorecard = { score: number | null; status: Status; thresholds: Thresholds; perspectives: ScoredPerspective[] };

/** Objective score from its scored measures' progress and weights, with its status by the roll-up thresholds. */
export function scoreObjective(measures: ScoredMeasure[], weight?: number, thresholds = DEFAULT_THRESHOLDS): ScoredObjective {
  const score = rollUp(measures.map((m) => ({ score: m.progress, weight: m.weight })));
  return { score, status: statusOf(score, thresholds), weight: weightOf(weight), measures };
}

/**
 * Scores a whole scorecard (perspectives → objectives → measures, input order kept at every level): measure
 * progress and status, then weighted roll-ups with statuses by the scorecard's thresholds (default 90 % / 70 %).
 */
export function scoreScorecard(input: ScorecardInput, ctx: ScoringContext): ScoredScorecard {
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  assertThresholds(thresholds);
  const perspectives = input.perspectives.map((p): ScoredPerspective => {
    const objectives = p.objectives.map((o) =>
      scoreObjective(
        o.measures.map((m) => scoreMeasure(m, ctx)),
        o.weight,
        thresholds,
      ),
    );
    const score = rollUp(objectives);
    return { score, status: statusOf(score, thresholds), weight: weightOf(p.weight), objectives };
  });
  const score = rollUp(perspectives);
  return { score, status: statusOf(score, thresholds), thresholds, perspectives };
}
