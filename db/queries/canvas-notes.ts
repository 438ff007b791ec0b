import 'server-only';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { canvasNotes } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import { blockInfo, type CanvasBlock } from '@/lib/canvases/blocks';
import type { NoteInput } from '@/lib/validations/canvases';
import { logActivity, type Actor } from './activity';
import { lockCanvas, noteColumns } from './canvases';

const missing = () => notFound('This note is not on the canvas (any more).');
const label = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

// Every note change is logged against its canvas with the note's (shortened) text and block.
function logNote(tx: Tx, workspaceId: string, actor: Actor, action: string, canvas: { id: string; name: string }, n: { text: string; block: CanvasBlock }, extra?: { from: string }) {
  const data = { note: label(n.text), ...extra, block: blockInfo[n.block].label };
  return logActivity(tx, workspaceId, actor, { action, targetType: 'canvas', targetId: canvas.id, targetLabel: canvas.name, data });
}

export async function lockNote(tx: Tx, workspaceId: string, noteId: string) {
  const [n] = await tx
    .select(noteColumns)
    .from(canvasNotes)
    .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.id, noteId)))
    .for('update');
  if (!n) throw missing();
  return n;
}

/** Editors: adds a note at the end of a block of a canvas of this workspace (the canvas is locked, so positions stay unique). */
export async function createNote(workspaceId: string, actor: Actor, input: NoteInput & { canvasId: string; block: CanvasBlock }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const canvas = await lockCanvas(tx, workspaceId, input.canvasId);
    const [{ last }] = await tx
      .select({ last: max(canvasNotes.position) })
      .from(canvasNotes)
      .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvas.id), eq(canvasNotes.block, input.block)));
    const [n] = await tx
      .insert(canvasNotes)
      .values({ workspaceId, canvasId: canvas.id, block: input.block, text: input.text, color: input.color, position: (last ?? -1) + 1 })
      .returning(noteColumns);
    await logNote(tx, workspaceId, actor, 'canvas_note.created', canvas, n);
    return n;
  });
}

/** Editors: saves a note's text and colour from the version read; stale → conflict carrying the current note. */
export async function updateNote(workspaceId: string, actor: Actor, noteId: string, input: NoteInput & { version: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockNote(tx, workspaceId, noteId);
    if (before.version !== input.version) throw conflict(before);
    if (before.text === input.text && before.color === input.color) return before;
    const [n] = await tx
      .update(canvasNotes)
      .set({ text: input.text, color: input.color, version: sql`${canvasNotes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.id, noteId), eq(canvasNotes.version, input.version)))
      .returning(noteColumns);
    const canvas = await lockCanvas(tx, workspaceId, n.canvasId);
    await logNote(tx, workspaceId, actor, 'canvas_note.updated', canvas, n);
    return n;
  });
}

/** Editors: deletes a note (and its links); the block's later notes close the gap. */
export async function deleteNote(workspaceId: string, actor: Actor, noteId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const n = await lockNote(tx, workspaceId, noteId);
    const canvas = await lockCanvas(tx, workspaceId, n.canvasId);
    await tx.delete(canvasNotes).where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.id, noteId)));
    await tx
      .update(canvasNotes)
      .set({ position: sql`${canvasNotes.position} - 1` })
      .where(
        and(
          eq(canvasNotes.workspaceId, workspaceId),
          eq(canvasNotes.canvasId, n.canvasId),
          eq(canvasNotes.block, n.block),
          sql`${canvasNotes.position} > ${n.position}`,
        ),
      );
    await logNote(tx, workspaceId, actor, 'canvas_note.deleted', canvas, n);
    return n;
  });
}

/** Readers: the notes of one block in order (used by tests and the API). */
export async function listBlockNotes(workspaceId: string, canvasId: string, block: CanvasBlock) {
  const db = await getDb();
  return db
    .select(noteColumns)
    .from(canvasNotes)
    .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvasId), eq(canvasNotes.block, block)))
    .orderBy(asc(canvasNotes.position));
}

/**
 * Editors: moves a note to `position` (clamped) in `block` of its canvas, from the version read
 * (stale → conflict with the current note). Both blocks stay numbered 0…n−1; the canvas is locked
 * so concurrent moves serialise.
 */
export async function moveNote(workspaceId: string, actor: Actor, noteId: string, input: { block: CanvasBlock; position: number; version: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const probe = await lockNote(tx, workspaceId, noteId);
    const canvas = await lockCanvas(tx, workspaceId, probe.canvasId);
    const before = await lockNote(tx, workspaceId, noteId);
    if (before.version !== input.version) throw conflict(before);
    const inBlock = (block: CanvasBlock) =>
      and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvas.id), eq(canvasNotes.block, block), sql`${canvasNotes.id} <> ${noteId}`);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(canvasNotes).where(inBlock(input.block));
    const position = Math.max(0, Math.min(input.position, n));
    if (before.block === input.block && before.position === position) return before;
    await tx
      .update(canvasNotes)
      .set({ position: sql`${canvasNotes.position} - 1` })
      .where(and(inBlock(before.block), sql`${canvasNotes.position} > ${before.position}`));
    await tx
      .update(canvasNotes)
      .set({ position: sql`${canvasNotes.position} + 1` })
      .where(and(inBlock(input.block), sql`${canvasNotes.position} >= ${position}`));
    const [moved] = await tx
      .update(canvasNotes)
      .set({ block: input.block, position, version: sql`${canvasNotes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.id, noteId)))
      .returning(noteColumns);
    await logNote(tx, workspaceId, actor, 'canvas_note.moved', canvas, moved, { from: blockInfo[before.block].label });
    return moved;
  });
}

/** Readers: one note of this workspace, or null. */
export async function getNote(workspaceId: string, noteId: string) {
  const db = await getDb();
  const [n] = await db
    .select(noteColumns)
    .from(canvasNotes)
    .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.id, noteId)));
  return n ?? null;
}
