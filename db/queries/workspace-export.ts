import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  benchmarks,
  canvases,
  canvasNoteLinks,
  canvasNotes,
  initiatives,
  journeys,
  measurements,
  measures,
  measureTargets,
  objectiveLinks,
  objectives,
  personas,
  perspectives,
  scorecards,
  stages,
  touchpointItems,
  touchpoints,
  workspaces,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import { buildDocument } from '@/lib/workspace-export/build';
import type { WorkspaceDocument } from '@/lib/workspace-export/schema';

/**
 * Callers holding the export permission: the workspace's content as one document (lib/workspace-export/schema.ts),
 * read in one read-only snapshot with one statement per table, every row filtered by the workspace and ordered
 * deterministically (position, then creation, then id). No members, tokens, links, activity, history or user ids.
 */
export async function exportWorkspace(workspaceId: string, now = new Date()): Promise<WorkspaceDocument> {
  const db = await getDb();
  return db.transaction(
    async (tx) => {
      const [workspace] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId));
      if (!workspace) throw new AppError('not_found', 'Workspace not found.');
      const rows = {
        personas: await tx.select().from(personas).where(eq(personas.workspaceId, workspaceId)).orderBy(asc(personas.createdAt), asc(personas.id)),
        journeys: await tx.select().from(journeys).where(eq(journeys.workspaceId, workspaceId)).orderBy(asc(journeys.createdAt), asc(journeys.id)),
        stages: await tx.select().from(stages).where(eq(stages.workspaceId, workspaceId)).orderBy(asc(stages.position), asc(stages.createdAt), asc(stages.id)),
        touchpoints: await tx
          .select()
          .from(touchpoints)
          .where(eq(touchpoints.workspaceId, workspaceId))
          .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt), asc(touchpoints.id)),
        items: await tx
          .select()
          .from(touchpointItems)
          .where(eq(touchpointItems.workspaceId, workspaceId))
          .orderBy(asc(touchpointItems.position), asc(touchpointItems.createdAt), asc(touchpointItems.id)),
        canvases: await tx.select().from(canvases).where(eq(canvases.workspaceId, workspaceId)).orderBy(asc(canvases.createdAt), asc(canvases.id)),
        notes: await tx
          .select()
          .from(canvasNotes)
          .where(eq(canvasNotes.workspaceId, workspaceId))
          .orderBy(asc(canvasNotes.block), asc(canvasNotes.position), asc(canvasNotes.createdAt), asc(canvasNotes.id)),
        noteLinks: await tx
          .select()
          .from(canvasNoteLinks)
          .where(eq(canvasNoteLinks.workspaceId, workspaceId))
          .orderBy(asc(canvasNoteLinks.createdAt), asc(canvasNoteLinks.id)),
        scorecards: await tx.select().from(scorecards).where(eq(scorecards.workspaceId, workspaceId)).orderBy(asc(scorecards.createdAt), asc(scorecards.id)),
        perspectives: await tx.select().from(perspectives).where(eq(perspectives.workspaceId, workspaceId)).orderBy(asc(perspectives.position), asc(perspectives.id)),
        objectives: await tx
          .select()
          .from(objectives)
          .where(eq(objectives.workspaceId, workspaceId))
          .orderBy(asc(objectives.position), asc(objectives.createdAt), asc(objectives.id)),
        objectiveLinks: await tx
          .select()
          .from(objectiveLinks)
          .where(eq(objectiveLinks.workspaceId, workspaceId))
          .orderBy(asc(objectiveLinks.createdAt), asc(objectiveLinks.id)),
        initiatives: await tx
          .select()
          .from(initiatives)
          .where(eq(initiatives.workspaceId, workspaceId))
          .orderBy(asc(initiatives.position), asc(initiatives.createdAt), asc(initiatives.id)),
        measures: await tx.select().from(measures).where(eq(measures.workspaceId, workspaceId)).orderBy(asc(measures.position), asc(measures.createdAt), asc(measures.id)),
        targets: await tx.select().from(measureTargets).where(eq(measureTargets.workspaceId, workspaceId)).orderBy(asc(measureTargets.fromPeriod)),
        measurements: await tx.select().from(measurements).where(eq(measurements.workspaceId, workspaceId)).orderBy(asc(measurements.period)),
        benchmarks: await tx
          .select()
          .from(benchmarks)
          .where(eq(benchmarks.workspaceId, workspaceId))
          .orderBy(asc(benchmarks.asOf), asc(benchmarks.createdAt), asc(benchmarks.id)),
      };
      return buildDocument(workspace, rows, now);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
