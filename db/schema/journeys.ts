import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { channelEnum, journeyStatusEnum, momentPolarityEnum, touchpointItemKindEnum, touchpointModeEnum } from './enums';
import { users } from './users';
import { workspaces } from './workspaces';

// Child rows reference their parent through (workspace_id, parent_id), so a row can never point at
// another workspace's parent.

export const personas = pgTable(
  'personas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    segment: text('segment').notNull().default(''),
    description: text('description').notNull().default(''),
    demographics: text('demographics').notNull().default(''),
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    needs: jsonb('needs').$type<string[]>().notNull().default([]),
    frustrations: jsonb('frustrations').$type<string[]>().notNull().default([]),
    // One of a small palette (validated in zod); the avatar shows initials on it.
    color: text('color').notNull().default('blue'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('personas_workspace_id_key').on(t.workspaceId, t.id), index('personas_workspace_idx').on(t.workspaceId)],
);

export const journeys = pgTable(
  'journeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    // Deleting a persona first clears this (in the same transaction): see db/queries/personas.ts.
    personaId: uuid('persona_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: journeyStatusEnum('status').notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('journeys_workspace_id_key').on(t.workspaceId, t.id),
    index('journeys_workspace_idx').on(t.workspaceId),
    index('journeys_persona_idx').on(t.workspaceId, t.personaId),
    foreignKey({ name: 'journeys_persona_fk', columns: [t.workspaceId, t.personaId], foreignColumns: [personas.workspaceId, personas.id] }),
  ],
);

export const stages = pgTable(
  'stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // 0-based order within the journey; rewritten as a whole on reorder.
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('stages_workspace_id_key').on(t.workspaceId, t.id),
    index('stages_journey_idx').on(t.workspaceId, t.journeyId, t.position),
    foreignKey({ name: 'stages_journey_fk', columns: [t.workspaceId, t.journeyId], foreignColumns: [journeys.workspaceId, journeys.id] }).onDelete('cascade'),
  ],
);

export const touchpoints = pgTable(
  'touchpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    // Denormalised from the stage so a whole map loads with one query per table.
    journeyId: uuid('journey_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    channel: channelEnum('channel').notNull().default('web'),
    mode: touchpointModeEnum('mode').notNull().default('digital'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    customerActions: text('customer_actions').notNull().default(''),
    // −2 very negative … +2 very positive; null = not recorded.
    emotion: smallint('emotion'),
    expectations: text('expectations').notNull().default(''),
    perceptions: text('perceptions').notNull().default(''),
    isMomentOfTruth: boolean('is_moment_of_truth').notNull().default(false),
    momentPolarity: momentPolarityEnum('moment_polarity'),
    proactiveStrategy: text('proactive_strategy').notNull().default(''),
    reactiveStrategy: text('reactive_strategy').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('touchpoints_workspace_id_key').on(t.workspaceId, t.id),
    index('touchpoints_journey_idx').on(t.workspaceId, t.journeyId),
    index('touchpoints_stage_idx').on(t.workspaceId, t.stageId, t.position),
    foreignKey({ name: 'touchpoints_stage_fk', columns: [t.workspaceId, t.stageId], foreignColumns: [stages.workspaceId, stages.id] }).onDelete('cascade'),
    foreignKey({ name: 'touchpoints_journey_fk', columns: [t.workspaceId, t.journeyId], foreignColumns: [journeys.workspaceId, journeys.id] }).onDelete('cascade'),
    check('touchpoints_emotion_range', sql`${t.emotion} between -2 and 2`),
  ],
);

// Pain points and opportunities: short items with their own ids, so canvas notes can link to them.
export const touchpointItems = pgTable(
  'touchpoint_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id').notNull(),
    touchpointId: uuid('touchpoint_id').notNull(),
    kind: touchpointItemKindEnum('kind').notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('touchpoint_items_workspace_id_key').on(t.workspaceId, t.id),
    index('touchpoint_items_journey_idx').on(t.workspaceId, t.journeyId),
    index('touchpoint_items_touchpoint_idx').on(t.workspaceId, t.touchpointId),
    foreignKey({ name: 'touchpoint_items_touchpoint_fk', columns: [t.workspaceId, t.touchpointId], foreignColumns: [touchpoints.workspaceId, touchpoints.id] }).onDelete(
      'cascade',
    ),
  ],
);

export type Persona = typeof personas.$inferSelect;
export type Journey = typeof journeys.$inferSelect;
export type Stage = typeof stages.$inferSelect;
export type Touchpoint = typeof touchpoints.$inferSelect;
export type TouchpointItem = typeof touchpointItems.$inferSelect;
export type Channel = (typeof channelEnum.enumValues)[number];
