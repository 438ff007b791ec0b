import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { canvases, canvasNoteLinks, canvasNotes } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import type { CanvasInput } from '@/lib/validations/canvases';
import { paginate } from '@/lib/api/cursor';
import { logActivity, type Actor } from './activity';
import { decodeKeysetCursor } from './members';

const missing = () => notFound('This canvas is not in the workspace (any more).');

// Everything but workspace_id: what pages, the API and conflict answers show.
const { workspaceId: _ws, ...canvasColumns } = getTableColumns(canvases);
const { workspaceId: _wn, ...noteColumns } = getTableColumns(canvasNotes);
export { canvasColumns, noteColumns };

/** Readers: every canvas of the workspace with its note count, by name. */
export async function listCanvases(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ ...canvasColumns, noteCount: count(canvasNotes.id).mapWith(Number) })
    .from(canvases)
    .leftJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvases.workspaceId), eq(canvasNotes.canvasId, canvases.id)))
    .where(eq(canvases.workspaceId, workspaceId))
    .groupBy(canvases.id)
    .orderBy(asc(sql`lower(${canvases.name})`), asc(canvases.id));
}
export type CanvasListItem = Awaited<ReturnType<typeof listCanvases>>[number];

/** Readers: one canvas of this workspace, or null. */
export async function getCanvas(workspaceId: string, canvasId: string, q?: Db | Tx) {
  const db = q ?? (await getDb());
  const [c] = await db
    .select(canvasColumns)
    .from(canvases)
    .where(and(eq(canvases.workspaceId, workspaceId), eq(canvases.id, canvasId)))
    .limit(1);
  return c ?? null;
}

/** Readers: a canvas with its notes (by block, then position), or null. */
export async function getCanvasWithNotes(workspaceId: string, canvasId: string) {
  const db = await getDb();
  const canvas = await getCanvas(workspaceId, canvasId, db);
  if (!canvas) return null;
  const notes = await db
    .select(noteColumns)
    .from(canvasNotes)
    .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvasId)))
    .orderBy(asc(canvasNotes.block), asc(canvasNotes.position), asc(canvasNotes.createdAt));
  return { ...canvas, notes };
}
export type CanvasWithNotes = NonNullable<Awaited<ReturnType<typeof getCanvasWithNotes>>>;

/** Editors: creates an empty canvas with its activity row, in one transaction. */
export async function createCanvas(workspaceId: string, actor: Actor, input: CanvasInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [c] = await tx.insert(canvases).values({ workspaceId, name: input.name, description: input.description }).returning(canvasColumns);
    await logActivity(tx, workspaceId, actor, { action: 'canvas.created', targetType: 'canvas', targetId: c.id, targetLabel: c.name });
    return c;
  });
}

export async function lockCanvas(tx: Tx, workspaceId: string, canvasId: string) {
  const [c] = await tx
    .select(canvasColumns)
    .from(canvases)
    .where(and(eq(canvases.workspaceId, workspaceId), eq(canvases.id, canvasId)))
    .for('update');
  if (!c) throw missing();
  return c;
}

/** Editors: renames/describes a canvas from the version read; stale → conflict with the current canvas; unchanged writes nothing. */
export async function updateCanvas(workspaceId: string, actor: Actor, canvasId: string, input: Partial<CanvasInput> & { version: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockCanvas(tx, workspaceId, canvasId);
    if (before.version !== input.version) throw conflict(before);
    const changed = (['name', 'description'] as const).filter((k) => input[k] !== undefined && input[k] !== before[k]);
    if (changed.length === 0) return before;
    const [c] = await tx
      .update(canvases)
      .set({ name: input.name ?? before.name, description: input.description ?? before.description, version: sql`${canvases.version} + 1`, updatedAt: new Date() })
      .where(and(eq(canvases.workspaceId, workspaceId), eq(canvases.id, canvasId), eq(canvases.version, input.version)))
      .returning(canvasColumns);
    await logActivity(tx, workspaceId, actor, { action: 'canvas.updated', targetType: 'canvas', targetId: c.id, targetLabel: c.name, data: { fields: changed } });
    return c;
  });
}

/** Editors: deletes a canvas with its notes and their links. */
export async function deleteCanvas(workspaceId: string, actor: Actor, canvasId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await lockCanvas(tx, workspaceId, canvasId);
    await tx.delete(canvases).where(and(eq(canvases.workspaceId, workspaceId), eq(canvases.id, canvasId)));
    await logActivity(tx, workspaceId, actor, { action: 'canvas.deleted', targetType: 'canvas', targetId: c.id, targetLabel: c.name });
    return c;
  });
}

const copyName = (name: string) => `Copy of ${name}`.slice(0, 120);

/** Editors: copies a canvas (a scenario) with all its notes and their links as "Copy of …", in one transaction. */
export async function duplicateCanvas(workspaceId: string, actor: Actor, canvasId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const src = await lockCanvas(tx, workspaceId, canvasId);
    const [notes, links] = await Promise.all([
      tx
        .select()
        .from(canvasNotes)
        .where(and(eq(canvasNotes.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvasId))),
      tx
        .select({ noteId: canvasNoteLinks.noteId, touchpointId: canvasNoteLinks.touchpointId, personaId: canvasNoteLinks.personaId, touchpointItemId: canvasNoteLinks.touchpointItemId })
        .from(canvasNoteLinks)
        .innerJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvasNoteLinks.workspaceId), eq(canvasNotes.id, canvasNoteLinks.noteId)))
        .where(and(eq(canvasNoteLinks.workspaceId, workspaceId), eq(canvasNotes.canvasId, canvasId))),
    ]);
    const [copy] = await tx.insert(canvases).values({ workspaceId, name: copyName(src.name), description: src.description }).returning(canvasColumns);
    const ids = new Map(notes.map((n) => [n.id, randomUUID()]));
    // Inserted in chunks: PostgreSQL takes at most 65,535 bind parameters per statement.
    const newNotes = notes.map((n) => ({ id: ids.get(n.id)!, workspaceId, canvasId: copy.id, block: n.block, text: n.text, color: n.color, position: n.position, originId: n.originId ?? n.id }));
    for (let i = 0; i < newNotes.length; i += 500) await tx.insert(canvasNotes).values(newNotes.slice(i, i + 500));
    const newLinks = links.map((l) => ({ ...l, workspaceId, noteId: ids.get(l.noteId)! }));
    for (let i = 0; i < newLinks.length; i += 500) await tx.insert(canvasNoteLinks).values(newLinks.slice(i, i + 500));
    await logActivity(tx, workspaceId, actor, {
      action: 'canvas.duplicated',
      targetType: 'canvas',
      targetId: copy.id,
      targetLabel: copy.name,
      data: { from: src.name, notes: notes.length },
    });
    return copy;
  });
}

// Full-precision timestamp text for keyset cursors (a JS Date drops the microseconds).
const createdKey = sql<string>`to_char(${canvases.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Readers (and API tokens): one page of canvases with note counts, oldest first, keyset-paged by (created, id). */
export async function listCanvasesPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...canvasColumns, noteCount: count(canvasNotes.id).mapWith(Number), key: createdKey })
    .from(canvases)
    .leftJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvases.workspaceId), eq(canvasNotes.canvasId, canvases.id)))
    .where(
      and(
        eq(canvases.workspaceId, workspaceId),
        after ? sql`(${canvases.createdAt}, ${canvases.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .groupBy(canvases.id)
    .orderBy(asc(canvases.createdAt), asc(canvases.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...c }) => c), nextCursor: page.nextCursor };
}
