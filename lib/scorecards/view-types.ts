// The scorecard read model: what db/queries/scorecard-view.ts loads (2 statements) and scores, and what the
// scorecard page, the KPI table, the strategy map and (later) the share page render.
import type { Frequency } from '@/lib/periods';
import type { ScoredMeasure, Status } from '@/lib/scoring';

export type PerspectiveKind = 'financial' | 'customer' | 'internal' | 'learning';
export type MeasureUnit = '%' | 'count' | 'currency' | 'duration' | 'score';
export type InitiativeStatus = 'planned' | 'on_track' | 'at_risk' | 'done';

/** A workspace member by display name; null when unset or when the member has left. */
export type OwnerRef = { id: string; name: string } | null;
/** An aligned journey stage with its journey, for links and filters. */
export type StageRef = { id: string; name: string; journeyId: string; journeyName: string } | null;

export type TargetView = { fromPeriod: string; target: number | null; lo: number | null; hi: number | null };

/** The benchmark a measure names as its reference (gaps are shown against it). */
export type ReferenceBenchmark = { id: string; kind: 'industry_average' | 'top_quartile' | 'competitor' | 'internal_best_practice'; competitorName: string; value: number; asOf: string };

export type MeasureView = {
  id: string;
  objectiveId: string;
  name: string;
  description: string;
  unit: MeasureUnit;
  unitLabel: string;
  direction: 'higher' | 'lower' | 'range';
  tolerance: number | null;
  frequency: Frequency;
  baseline: number | null;
  amberThreshold: number;
  weight: number;
  decimals: number;
  owner: OwnerRef;
  stage: StageRef;
  indicator: 'leading' | 'lagging';
  dataSource: string;
  formula: string;
  libraryKey: string | null;
  surveyKind: 'nps' | 'csat' | 'ces' | null;
  position: number;
  version: number;
  /** Targets in force over time, oldest first. */
  targets: TargetView[];
  reference: ReferenceBenchmark | null;
  /** The last ≤ 12 measured periods up to the current one, oldest first (sparkline). */
  recent: { period: string; value: number }[];
  /** The current period of this measure's frequency, in the workspace's time zone. */
  currentPeriod: string;
  score: ScoredMeasure;
};

export type InitiativeView = {
  id: string;
  objectiveId: string;
  name: string;
  description: string;
  owner: OwnerRef;
  status: InitiativeStatus;
  startDate: string | null;
  dueDate: string | null;
  progress: number;
  /** Due before today (workspace time zone) and not done. */
  overdue: boolean;
  position: number;
  version: number;
};

export type ObjectiveView = {
  id: string;
  perspectiveId: string;
  name: string;
  description: string;
  owner: OwnerRef;
  weight: number;
  stage: StageRef;
  position: number;
  version: number;
  score: number | null;
  status: Status;
  measures: MeasureView[];
  initiatives: InitiativeView[];
};

export type PerspectiveView = {
  id: string;
  kind: PerspectiveKind;
  label: string;
  weight: number;
  position: number;
  version: number;
  score: number | null;
  status: Status;
  objectives: ObjectiveView[];
};

export type ScorecardView = {
  id: string;
  name: string;
  description: string;
  greenThreshold: number;
  amberThreshold: number;
  version: number;
  updatedAt: string;
  score: number | null;
  status: Status;
  /** Perspectives in display order (position). */
  perspectives: PerspectiveView[];
  /** Cause → effect links between objectives of this scorecard. */
  links: { id: string; causeId: string; effectId: string }[];
  /** Today in the workspace's time zone (YYYY-MM-DD). */
  today: string;
};
