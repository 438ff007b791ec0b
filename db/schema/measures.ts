import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, type PgTableExtraConfigValue, smallint, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  frequencyEnum,
  indicatorKindEnum,
  measureDirectionEnum,
  measurementChangeEnum,
  measurementSourceEnum,
  measureUnitEnum,
  surveyKindEnum,
} from './enums';
import { stages } from './journeys';
import { benchmarks } from './benchmarks';
import { objectives, scorecards } from './scorecards';
import { users } from './users';
import { workspaces } from './workspaces';

export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id').notNull(),
    objectiveId: uuid('objective_id').notNull(),
    // Unique within the scorecard, case-insensitively (CSV rows match measures by name).
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    unit: measureUnitEnum('unit').notNull(),
    // Shown after the value, e.g. "hours" for a duration; currency measures use the workspace currency.
    unitLabel: text('unit_label').notNull().default(''),
    direction: measureDirectionEnum('direction').notNull(),
    // Range measures only: how far outside [lo, hi] progress falls to 0.
    tolerance: doublePrecision('tolerance'),
    frequency: frequencyEnum('frequency').notNull(),
    // Required for higher/lower measures, unused for ranges.
    baseline: doublePrecision('baseline'),
    amberThreshold: doublePrecision('amber_threshold').notNull().default(0.7),
    weight: doublePrecision('weight').notNull().default(1),
    // Display precision; trends are "flat" when equal at it.
    decimals: smallint('decimals').notNull().default(1),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dataSource: text('data_source').notNull().default(''),
    indicator: indicatorKindEnum('indicator').notNull().default('lagging'),
    stageId: uuid('stage_id'),
    formula: text('formula').notNull().default(''),
    // The KPI library entry it was created from, if any.
    libraryKey: text('library_key'),
    // Set when the value can be computed from raw survey answers.
    surveyKind: surveyKindEnum('survey_kind'),
    // One of this measure's benchmarks (gaps are shown against it); cleared when that benchmark is deleted.
    referenceBenchmarkId: uuid('reference_benchmark_id'),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Annotated: measures and benchmarks reference each other, and inference would go round in circles.
  (t): PgTableExtraConfigValue[] => [
    unique('measures_workspace_id_key').on(t.workspaceId, t.id),
    uniqueIndex('measures_scorecard_name_key').on(t.scorecardId, sql`lower(${t.name})`),
    index('measures_scorecard_idx').on(t.workspaceId, t.scorecardId, t.objectiveId, t.position),
    index('measures_stage_idx').on(t.workspaceId, t.stageId),
    foreignKey({ name: 'measures_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
    foreignKey({ name: 'measures_objective_fk', columns: [t.workspaceId, t.objectiveId], foreignColumns: [objectives.workspaceId, objectives.id] }).onDelete('cascade'),
    foreignKey({
      name: 'measures_reference_benchmark_fk',
      columns: [t.workspaceId, t.id, t.referenceBenchmarkId],
      foreignColumns: [benchmarks.workspaceId, benchmarks.measureId, benchmarks.id],
    }),
    foreignKey({ name: 'measures_stage_fk', columns: [t.workspaceId, t.stageId], foreignColumns: [stages.workspaceId, stages.id] }),
    check('measures_weight', sql`${t.weight} >= 0`),
    check('measures_amber', sql`${t.amberThreshold} between 0 and 1`),
    check('measures_decimals', sql`${t.decimals} between 0 and 6`),
    check(
      'measures_direction_fields',
      sql`(${t.direction} = 'range' and ${t.tolerance} > 0) or (${t.direction} <> 'range' and ${t.baseline} is not null and ${t.tolerance} is null)`,
    ),
  ],
);

// Time-phased targets: each applies from its period on, until the next one.
export const measureTargets = pgTable(
  'measure_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').notNull(),
    fromPeriod: date('from_period', { mode: 'string' }).notNull(),
    // higher/lower measures: target; range measures: [targetLo, targetHi].
    target: doublePrecision('target'),
    targetLo: doublePrecision('target_lo'),
    targetHi: doublePrecision('target_hi'),
  },
  (t) => [
    unique('measure_targets_period_key').on(t.measureId, t.fromPeriod),
    index('measure_targets_measure_idx').on(t.workspaceId, t.measureId, t.fromPeriod),
    foreignKey({ name: 'measure_targets_measure_fk', columns: [t.workspaceId, t.measureId], foreignColumns: [measures.workspaceId, measures.id] }).onDelete('cascade'),
    check(
      'measure_targets_shape',
      sql`(${t.target} is not null and ${t.targetLo} is null and ${t.targetHi} is null) or (${t.target} is null and ${t.targetLo} is not null and ${t.targetHi} is not null and ${t.targetLo} <= ${t.targetHi})`,
    ),
  ],
);

// Survey counts kept with a computed NPS/CSAT/CES value (lib/kpi/surveys.ts result minus the value).
export type SurveyCounts =
  | { kind: 'nps'; n: number; promoters: number; passives: number; detractors: number }
  | { kind: 'csat'; n: number; satisfied: number }
  | { kind: 'ces'; n: number; sum: number };

// One value per measure and period (the period's first day). A new value for a period replaces the old one,
// which stays in measurement_history.
export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').notNull(),
    period: date('period', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    source: measurementSourceEnum('source').notNull().default('manual'),
    survey: jsonb('survey').$type<SurveyCounts>(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('measurements_workspace_id_key').on(t.workspaceId, t.id),
    unique('measurements_period_key').on(t.measureId, t.period),
    index('measurements_measure_idx').on(t.workspaceId, t.measureId, t.period),
    foreignKey({ name: 'measurements_measure_fk', columns: [t.workspaceId, t.measureId], foreignColumns: [measures.workspaceId, measures.id] }).onDelete('cascade'),
  ],
);

// Every change to a measurement: who, when, from what to what, and where it came from.
export const measurementHistory = pgTable(
  'measurement_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').notNull(),
    period: date('period', { mode: 'string' }).notNull(),
    change: measurementChangeEnum('change').notNull(),
    value: doublePrecision('value'),
    note: text('note'),
    previousValue: doublePrecision('previous_value'),
    previousNote: text('previous_note'),
    source: measurementSourceEnum('source').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    // Kept when the actor's account is gone.
    actorName: text('actor_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('measurement_history_measure_idx').on(t.workspaceId, t.measureId, t.createdAt),
    foreignKey({ name: 'measurement_history_measure_fk', columns: [t.workspaceId, t.measureId], foreignColumns: [measures.workspaceId, measures.id] }).onDelete('cascade'),
  ],
);

export type Measure = typeof measures.$inferSelect;
export type MeasureTarget = typeof measureTargets.$inferSelect;
export type MeasurementRow = typeof measurements.$inferSelect;
export type MeasurementHistoryRow = typeof measurementHistory.$inferSelect;
