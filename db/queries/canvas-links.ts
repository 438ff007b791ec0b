import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { canvases, canvasNoteLinks, canvasNotes, journeys, personas, stages, touchpointItems, touchpoints } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import { blockInfo, linkKindLabel, linkKindOf, type LinkKind } from '@/lib/canvases/blocks';
import { logActivity, type Actor } from './activity';
import { lockCanvas } from './canvases';
import { lockNote } from './canvas-notes';

// What a link points at, with a label to show: "Journey › Stage › Touchpoint", a persona's name, or a pain point's text.
const kindExpr = sql<LinkKind>`case when ${canvasNoteLinks.touchpointId} is not null then 'touchpoint' when ${canvasNoteLinks.personaId} is not null then 'persona' else 'pain_point' end`;
const targetId = sql<string>`coalesce(${canvasNoteLinks.touchpointId}, ${canvasNoteLinks.personaId}, ${canvasNoteLinks.touchpointItemId})`;
const touchpointOf = sql`coalesce(${canvasNoteLinks.touchpointId}, ${touchpointItems.touchpointId})`;
const labelExpr = sql<string>`coalesce(${personas.name}, ${touchpointItems.text}, ${touchpoints.name})`;

function selectLinks(workspaceId: string, where: SQL | undefined) {
  return getDb().then((db) =>
    db
      .select({ id: canvasNoteLinks.id, noteId: canvasNoteLinks.noteId, kind: kindExpr, targetId, label: labelExpr, journeyId: journeys.id, journeyName: journeys.name })
      .from(canvasNoteLinks)
      .innerJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvasNoteLinks.workspaceId), eq(canvasNotes.id, canvasNoteLinks.noteId)))
      .leftJoin(personas, and(eq(personas.workspaceId, canvasNoteLinks.workspaceId), eq(personas.id, canvasNoteLinks.personaId)))
      .leftJoin(touchpointItems, and(eq(touchpointItems.workspaceId, canvasNoteLinks.workspaceId), eq(touchpointItems.id, canvasNoteLinks.touchpointItemId)))
      .leftJoin(touchpoints, and(eq(touchpoints.workspaceId, canvasNoteLinks.workspaceId), eq(touchpoints.id, touchpointOf)))
      .leftJoin(journeys, and(eq(journeys.workspaceId, touchpoints.workspaceId), eq(journeys.id, touchpoints.journeyId)))
      .where(and(eq(canvasNoteLinks.workspaceId, workspaceId), where))
      .orderBy(asc(canvasNoteLinks.createdAt), asc(canvasNoteLinks.id)),
  );
}

/** Readers: every link of a canvas's notes with its target's label and journey, in one statement. */
export async function listCanvasLinks(workspaceId: string, canvasId: string) {
  return selectLinks(workspaceId, eq(canvasNotes.canvasId, canvasId));
}
/** Readers: one note's links (same shape as listCanvasLinks), in one statement; [] for a foreign note. */
export async function listNoteLinks(workspaceId: string, noteId: string) {
  return selectLinks(workspaceId, eq(canvasNoteLinks.noteId, noteId));
}
export type CanvasLinkView = Awaited<ReturnType<typeof listCanvasLinks>>[number];

/** Readers: what notes can link to — touchpoints and pain points (with journey and stage) and personas. Three statements. */
export async function listLinkTargets(workspaceId: string) {
  const db = await getDb();
  const path = sql<string>`${journeys.name} || ' › ' || ${stages.name} || ' › ' || ${touchpoints.name}`;
  const [tps, items, people] = await Promise.all([
    db
      .select({ id: touchpoints.id, label: path })
      .from(touchpoints)
      .innerJoin(stages, and(eq(stages.workspaceId, touchpoints.workspaceId), eq(stages.id, touchpoints.stageId)))
      .innerJoin(journeys, and(eq(journeys.workspaceId, touchpoints.workspaceId), eq(journeys.id, touchpoints.journeyId)))
      .where(eq(touchpoints.workspaceId, workspaceId))
      .orderBy(asc(journeys.name), asc(stages.position), asc(touchpoints.position)),
    db
      .select({ id: touchpointItems.id, label: sql<string>`${touchpointItems.text} || ' (' || ${path} || ')'` })
      .from(touchpointItems)
      .innerJoin(touchpoints, and(eq(touchpoints.workspaceId, touchpointItems.workspaceId), eq(touchpoints.id, touchpointItems.touchpointId)))
      .innerJoin(stages, and(eq(stages.workspaceId, touchpoints.workspaceId), eq(stages.id, touchpoints.stageId)))
      .innerJoin(journeys, and(eq(journeys.workspaceId, touchpoints.workspaceId), eq(journeys.id, touchpoints.journeyId)))
      .where(and(eq(touchpointItems.workspaceId, workspaceId), eq(touchpointItems.kind, 'pain_point')))
      .orderBy(asc(journeys.name), asc(stages.position), asc(touchpoints.position), asc(touchpointItems.position)),
    db.select({ id: personas.id, label: personas.name }).from(personas).where(eq(personas.workspaceId, workspaceId)).orderBy(asc(personas.name)),
  ]);
  return { touchpoint: tps, pain_point: items, persona: people } satisfies Record<LinkKind, { id: string; label: string }[]>;
}
export type LinkTargets = Awaited<ReturnType<typeof listLinkTargets>>;

const column = { touchpoint: canvasNoteLinks.touchpointId, persona: canvasNoteLinks.personaId, pain_point: canvasNoteLinks.touchpointItemId } as const;
const columnKey = { touchpoint: 'touchpointId', persona: 'personaId', pain_point: 'touchpointItemId' } as const;

/**
 * Editors: links a note to a target of the kind its block takes (Channels / Customer Relationships →
 * touchpoint, Customer Segments → persona, Value Propositions → pain point), in this workspace. A block
 * without links, or `kind` given and not the block's, is refused (unprocessable). An existing link is
 * refused, or answered as is (`created: false`, nothing written) with `ifLinked: 'return'`.
 */
export async function addNoteLink(workspaceId: string, actor: Actor, noteId: string, targetId: string, opts: { kind?: LinkKind; ifLinked?: 'refuse' | 'return' } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const note = await lockNote(tx, workspaceId, noteId);
    const kind = linkKindOf(note.block);
    const block = blockInfo[note.block].label;
    if (!kind) throw new AppError('unprocessable', `Notes in ${block} do not link to the journey.`);
    if (opts.kind && opts.kind !== kind) throw new AppError('unprocessable', `Notes in ${block} link to ${linkKindLabel[kind]}s, not to ${linkKindLabel[opts.kind]}s.`);
    const label = await listTargetLabel(tx, workspaceId, kind, targetId);
    if (label === null) throw notFound(`That ${linkKindLabel[kind]} is not in the workspace.`);
    const [link] = await tx
      .insert(canvasNoteLinks)
      .values({ workspaceId, noteId, [columnKey[kind]]: targetId })
      .onConflictDoNothing()
      .returning({ id: canvasNoteLinks.id });
    if (!link) {
      if (opts.ifLinked !== 'return') throw new AppError('invalid', 'The note is already linked to that.', { targetId: ['The note is already linked to that.'] });
      const [old] = await tx
        .select({ id: canvasNoteLinks.id })
        .from(canvasNoteLinks)
        .where(and(eq(canvasNoteLinks.workspaceId, workspaceId), eq(canvasNoteLinks.noteId, noteId), eq(column[kind], targetId)));
      return { id: old.id, noteId, kind, targetId, label, created: false };
    }
    const canvas = await lockCanvas(tx, workspaceId, note.canvasId);
    await logActivity(tx, workspaceId, actor, { action: 'canvas_note.linked', targetType: 'canvas', targetId: canvas.id, targetLabel: canvas.name, data: { note: note.text.slice(0, 60), target: label } });
    return { id: link.id, noteId, kind, targetId, label, created: true };
  });
}

async function listTargetLabel(tx: Parameters<typeof lockNote>[0], workspaceId: string, kind: LinkKind, id: string) {
  if (kind === 'persona') {
    const [p] = await tx.select({ label: personas.name }).from(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, id)));
    return p?.label ?? null;
  }
  if (kind === 'touchpoint') {
    const [t] = await tx.select({ label: touchpoints.name }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)));
    return t?.label ?? null;
  }
  const [i] = await tx
    .select({ label: touchpointItems.text })
    .from(touchpointItems)
    .where(and(eq(touchpointItems.workspaceId, workspaceId), eq(touchpointItems.id, id), eq(touchpointItems.kind, 'pain_point')));
  return i?.label ?? null;
}

/** Editors: removes one link of a note of this workspace. */
export async function removeNoteLink(workspaceId: string, actor: Actor, linkId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [link] = await tx.select().from(canvasNoteLinks).where(and(eq(canvasNoteLinks.workspaceId, workspaceId), eq(canvasNoteLinks.id, linkId)));
    if (!link) throw notFound('This link is not there (any more).');
    const note = await lockNote(tx, workspaceId, link.noteId);
    const kind: LinkKind = link.touchpointId ? 'touchpoint' : link.personaId ? 'persona' : 'pain_point';
    const label = await listTargetLabel(tx, workspaceId, kind, (link.touchpointId ?? link.personaId ?? link.touchpointItemId)!);
    await tx.delete(canvasNoteLinks).where(and(eq(canvasNoteLinks.workspaceId, workspaceId), eq(canvasNoteLinks.id, linkId)));
    const canvas = await lockCanvas(tx, workspaceId, note.canvasId);
    await logActivity(tx, workspaceId, actor, { action: 'canvas_note.unlinked', targetType: 'canvas', targetId: canvas.id, targetLabel: canvas.name, data: { note: note.text.slice(0, 60), target: label } });
    return { id: link.id, noteId: note.id };
  });
}

/**
 * Readers: the canvas notes that point at any of the given touchpoints, personas or pain points, in
 * one statement (the journey map asks for all of a journey's at once).
 */
export async function listNotesLinkedTo(workspaceId: string, kind: LinkKind, ids: string[]) {
  if (ids.length === 0) return [];
  const db = await getDb();
  const col = column[kind];
  return db
    .select({ targetId: sql<string>`${col}`, noteId: canvasNotes.id, text: canvasNotes.text, block: canvasNotes.block, canvasId: canvases.id, canvasName: canvases.name })
    .from(canvasNoteLinks)
    .innerJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvasNoteLinks.workspaceId), eq(canvasNotes.id, canvasNoteLinks.noteId)))
    .innerJoin(canvases, and(eq(canvases.workspaceId, canvasNotes.workspaceId), eq(canvases.id, canvasNotes.canvasId)))
    .where(and(eq(canvasNoteLinks.workspaceId, workspaceId), isNotNull(col), inArray(col, ids)))
    .orderBy(asc(canvases.name), asc(canvasNotes.block), asc(canvasNotes.position));
}
export type LinkedNote = Awaited<ReturnType<typeof listNotesLinkedTo>>[number];

/**
 * Readers: the canvas notes that point at a journey's touchpoints or pain points, with the stage and
 * what they point at — one statement, for the journey map's "Canvas" lane.
 */
export async function listJourneyCanvasNotes(workspaceId: string, journeyId: string) {
  const db = await getDb();
  return db
    .select({
      linkId: canvasNoteLinks.id,
      stageId: touchpoints.stageId,
      touchpointId: touchpoints.id,
      touchpointName: touchpoints.name,
      painPointId: canvasNoteLinks.touchpointItemId,
      painPoint: touchpointItems.text,
      noteId: canvasNotes.id,
      text: canvasNotes.text,
      block: canvasNotes.block,
      canvasId: canvases.id,
      canvasName: canvases.name,
    })
    .from(canvasNoteLinks)
    .innerJoin(canvasNotes, and(eq(canvasNotes.workspaceId, canvasNoteLinks.workspaceId), eq(canvasNotes.id, canvasNoteLinks.noteId)))
    .innerJoin(canvases, and(eq(canvases.workspaceId, canvasNotes.workspaceId), eq(canvases.id, canvasNotes.canvasId)))
    .leftJoin(touchpointItems, and(eq(touchpointItems.workspaceId, canvasNoteLinks.workspaceId), eq(touchpointItems.id, canvasNoteLinks.touchpointItemId)))
    .innerJoin(touchpoints, and(eq(touchpoints.workspaceId, canvasNoteLinks.workspaceId), eq(touchpoints.id, touchpointOf)))
    .where(and(eq(canvasNoteLinks.workspaceId, workspaceId), eq(touchpoints.journeyId, journeyId)))
    .orderBy(asc(touchpoints.position), asc(canvases.name), asc(canvasNoteLinks.createdAt), asc(canvasNoteLinks.id));
}
export type JourneyCanvasNote = Awaited<ReturnType<typeof listJourneyCanvasNotes>>[number];
