import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { benchmarks, canvasNoteLinks, canvasNotes, journeys, measures, touchpoints, type User } from '@/db/schema';
import { createWorkspace } from '@/db/queries/workspaces';
import { seedDemoJourney } from '@/db/seed-demo-journey';
import { seedDemoScorecard } from '@/db/seed-demo-scorecard';
import { seedDemoBenchmarks } from '@/db/seed-demo-benchmarks';
import { seedDemoCanvas } from '@/db/seed-demo-canvas';

/**
 * A workspace with at least one row of every content kind: the demo journey, scorecard (with survey counts, a
 * range measure, initiatives, objective links, stage alignments, history), benchmarks and canvas, plus a
 * duplicated note (its origin), a note linked to a touchpoint, a competitor benchmark and a second journey
 * with no persona.
 */
export async function seedExportFixture(owner: User, name = 'Export Fixture') {
  const w = await createWorkspace(owner, { name });
  const db = await getDb();
  await db.transaction(async (tx) => {
    await seedDemoJourney(tx, w.id, owner.id);
    await seedDemoScorecard(tx, w.id, owner, new Date('2026-11-20T12:00:00Z'));
    await seedDemoBenchmarks(tx, w.id);
    const canvas = await seedDemoCanvas(tx, w.id, owner);
    const [note] = await tx.select().from(canvasNotes).where(and(eq(canvasNotes.workspaceId, w.id), eq(canvasNotes.canvasId, canvas.id))).limit(1);
    const [copy] = await tx
      .insert(canvasNotes)
      .values({ workspaceId: w.id, canvasId: canvas.id, block: note.block, text: `${note.text} (copy)`, color: 'pink', position: 99, originId: note.id })
      .returning();
    const [tp] = await tx.select().from(touchpoints).where(eq(touchpoints.workspaceId, w.id)).limit(1);
    await tx.insert(canvasNoteLinks).values({ workspaceId: w.id, noteId: copy.id, touchpointId: tp.id });
    const [m] = await tx.select().from(measures).where(eq(measures.workspaceId, w.id)).limit(1);
    await tx.insert(benchmarks).values({ workspaceId: w.id, measureId: m.id, kind: 'competitor', competitorName: 'Rival & Co', value: 42, asOf: '2025-06-30', note: 'Ünïcode “quotes”' });
    await tx.insert(journeys).values({ workspaceId: w.id, name: 'Archived idea', status: 'archived' });
  });
  return w;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A document with exportedAt dropped and every id replaced by its order of first appearance (#1, #2…). */
export function normalise(doc: unknown) {
  const seen = new Map<string, string>();
  const text = JSON.stringify({ ...(doc as object), exportedAt: undefined }).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size + 1}`);
    return seen.get(id)!;
  });
  return JSON.parse(text) as unknown;
}
