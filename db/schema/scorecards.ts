import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, foreignKey, index, integer, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { initiativeStatusEnum, perspectiveKindEnum } from './enums';
import { stages } from './journeys';
import { users } from './users';
import { workspaces } from './workspaces';

// As in journeys.ts, children reference their parent through (workspace_id, parent_id). Stage alignments
// (objectives here, measures in measures.ts) are NO ACTION composite keys: deleting a stage or a journey clears
// them in the same transaction (db/queries/stages.ts, journeys.ts), since a composite FK cannot SET NULL one column.

export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // Roll-up status thresholds as fractions of 1 (green from 0.9, amber from 0.7 by default).
    greenThreshold: doublePrecision('green_threshold').notNull().default(0.9),
    amberThreshold: doublePrecision('amber_threshold').notNull().default(0.7),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('scorecards_workspace_id_key').on(t.workspaceId, t.id),
    index('scorecards_workspace_idx').on(t.workspaceId),
    check('scorecards_thresholds', sql`0 <= ${t.amberThreshold} and ${t.amberThreshold} <= ${t.greenThreshold} and ${t.greenThreshold} <= 1`),
  ],
);

// Exactly the four kinds per scorecard, created with it; label and weight are editable, the kind is not.
export const perspectives = pgTable(
  'perspectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id').notNull(),
    kind: perspectiveKindEnum('kind').notNull(),
    label: text('label').notNull(),
    weight: doublePrecision('weight').notNull().default(1),
    // 0–3, bottom-up order of the strategy map is derived from the kind; this is the display order.
    position: smallint('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('perspectives_workspace_id_key').on(t.workspaceId, t.id),
    unique('perspectives_scorecard_kind_key').on(t.scorecardId, t.kind),
    index('perspectives_scorecard_idx').on(t.workspaceId, t.scorecardId),
    foreignKey({ name: 'perspectives_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
    check('perspectives_weight', sql`${t.weight} >= 0`),
  ],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    // Denormalised from the perspective so a whole scorecard loads with one query per table.
    scorecardId: uuid('scorecard_id').notNull(),
    perspectiveId: uuid('perspective_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    weight: doublePrecision('weight').notNull().default(1),
    stageId: uuid('stage_id'),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('objectives_workspace_id_key').on(t.workspaceId, t.id),
    index('objectives_scorecard_idx').on(t.workspaceId, t.scorecardId, t.perspectiveId, t.position),
    index('objectives_stage_idx').on(t.workspaceId, t.stageId),
    foreignKey({ name: 'objectives_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
    foreignKey({ name: 'objectives_perspective_fk', columns: [t.workspaceId, t.perspectiveId], foreignColumns: [perspectives.workspaceId, perspectives.id] }).onDelete('cascade'),
    foreignKey({ name: 'objectives_stage_fk', columns: [t.workspaceId, t.stageId], foreignColumns: [stages.workspaceId, stages.id] }),
    check('objectives_weight', sql`${t.weight} >= 0`),
  ],
);

// Cause → effect between two objectives of the same scorecard (the strategy map's arrows).
export const objectiveLinks = pgTable(
  'objective_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id').notNull(),
    causeId: uuid('cause_id').notNull(),
    effectId: uuid('effect_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('objective_links_pair_key').on(t.causeId, t.effectId),
    index('objective_links_scorecard_idx').on(t.workspaceId, t.scorecardId),
    index('objective_links_effect_idx').on(t.workspaceId, t.effectId),
    foreignKey({ name: 'objective_links_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
    foreignKey({ name: 'objective_links_cause_fk', columns: [t.workspaceId, t.causeId], foreignColumns: [objectives.workspaceId, objectives.id] }).onDelete('cascade'),
    foreignKey({ name: 'objective_links_effect_fk', columns: [t.workspaceId, t.effectId], foreignColumns: [objectives.workspaceId, objectives.id] }).onDelete('cascade'),
    check('objective_links_not_self', sql`${t.causeId} <> ${t.effectId}`),
  ],
);

export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id').notNull(),
    objectiveId: uuid('objective_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    status: initiativeStatusEnum('status').notNull().default('planned'),
    startDate: date('start_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    // Whole percent 0–100.
    progress: smallint('progress').notNull().default(0),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('initiatives_workspace_id_key').on(t.workspaceId, t.id),
    index('initiatives_objective_idx').on(t.workspaceId, t.objectiveId, t.position),
    index('initiatives_scorecard_idx').on(t.workspaceId, t.scorecardId),
    foreignKey({ name: 'initiatives_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
    foreignKey({ name: 'initiatives_objective_fk', columns: [t.workspaceId, t.objectiveId], foreignColumns: [objectives.workspaceId, objectives.id] }).onDelete('cascade'),
    check('initiatives_progress', sql`${t.progress} between 0 and 100`),
    check('initiatives_dates', sql`${t.startDate} is null or ${t.dueDate} is null or ${t.startDate} <= ${t.dueDate}`),
  ],
);

export type Scorecard = typeof scorecards.$inferSelect;
export type Perspective = typeof perspectives.$inferSelect;
export type Objective = typeof objectives.$inferSelect;
export type ObjectiveLink = typeof objectiveLinks.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
