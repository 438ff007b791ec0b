import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { canvasBlockEnum } from './enums';
import { personas, touchpointItems, touchpoints } from './journeys';
import { workspaces } from './workspaces';

// Business Model Canvas. Children reference their parent through (workspace_id, parent_id), as in journeys.ts.

export const canvases = pgTable(
  'canvases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('canvases_workspace_id_key').on(t.workspaceId, t.id), index('canvases_workspace_idx').on(t.workspaceId)],
);

export const canvasNotes = pgTable(
  'canvas_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    canvasId: uuid('canvas_id').notNull(),
    block: canvasBlockEnum('block').notNull(),
    text: text('text').notNull(),
    // One of a small palette (validated in zod).
    color: text('color').notNull().default('yellow'),
    // 0-based order within (canvas, block); rewritten for the block on a move.
    position: integer('position').notNull(),
    // The note this one descends from through duplication (the first original), so two scenarios can be
    // compared note by note; no FK: the original may be deleted and the lineage still holds.
    originId: uuid('origin_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('canvas_notes_workspace_id_key').on(t.workspaceId, t.id),
    index('canvas_notes_canvas_idx').on(t.workspaceId, t.canvasId, t.block, t.position),
    foreignKey({ name: 'canvas_notes_canvas_fk', columns: [t.workspaceId, t.canvasId], foreignColumns: [canvases.workspaceId, canvases.id] }).onDelete('cascade'),
    check('canvas_notes_text_length', sql`char_length(${t.text}) between 1 and 280`),
  ],
);

// A note points at exactly one journey thing: a touchpoint, a persona or a pain-point item.
export const canvasNoteLinks = pgTable(
  'canvas_note_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    noteId: uuid('note_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    personaId: uuid('persona_id'),
    touchpointItemId: uuid('touchpoint_item_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('canvas_note_links_note_idx').on(t.workspaceId, t.noteId),
    index('canvas_note_links_touchpoint_idx').on(t.workspaceId, t.touchpointId),
    index('canvas_note_links_persona_idx').on(t.workspaceId, t.personaId),
    index('canvas_note_links_item_idx').on(t.workspaceId, t.touchpointItemId),
    unique('canvas_note_links_touchpoint_key').on(t.noteId, t.touchpointId),
    unique('canvas_note_links_persona_key').on(t.noteId, t.personaId),
    unique('canvas_note_links_item_key').on(t.noteId, t.touchpointItemId),
    foreignKey({ name: 'canvas_note_links_note_fk', columns: [t.workspaceId, t.noteId], foreignColumns: [canvasNotes.workspaceId, canvasNotes.id] }).onDelete('cascade'),
    foreignKey({ name: 'canvas_note_links_touchpoint_fk', columns: [t.workspaceId, t.touchpointId], foreignColumns: [touchpoints.workspaceId, touchpoints.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ name: 'canvas_note_links_persona_fk', columns: [t.workspaceId, t.personaId], foreignColumns: [personas.workspaceId, personas.id] }).onDelete('cascade'),
    foreignKey({
      name: 'canvas_note_links_item_fk',
      columns: [t.workspaceId, t.touchpointItemId],
      foreignColumns: [touchpointItems.workspaceId, touchpointItems.id],
    }).onDelete('cascade'),
    check('canvas_note_links_one_target', sql`num_nonnulls(${t.touchpointId}, ${t.personaId}, ${t.touchpointItemId}) = 1`),
  ],
);

export type Canvas = typeof canvases.$inferSelect;
export type CanvasNote = typeof canvasNotes.$inferSelect;
export type CanvasNoteLink = typeof canvasNoteLinks.$inferSelect;
export type CanvasBlock = (typeof canvasBlockEnum.enumValues)[number];
