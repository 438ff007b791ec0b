import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import * as schema from '@/db/schema';

type TenantTable = PgTable & { id: typeof schema.measures.id; workspaceId: typeof schema.measures.workspaceId };

/** The table an API path's `{id}` names, by the path segment before it (`/measures/{id}` → measures). */
export const PATH_ID_TABLES: Record<string, TenantTable> = {
  benchmarks: schema.benchmarks,
  'canvas-note-links': schema.canvasNoteLinks,
  'canvas-notes': schema.canvasNotes,
  canvases: schema.canvases,
  initiatives: schema.initiatives,
  invitations: schema.invitations,
  journeys: schema.journeys,
  measurements: schema.measurements,
  measures: schema.measures,
  members: schema.memberships,
  'objective-links': schema.objectiveLinks,
  objectives: schema.objectives,
  personas: schema.personas,
  scorecards: schema.scorecards,
  stages: schema.stages,
  touchpoints: schema.touchpoints,
} as never;

/** The path segment naming `{id}` in an OpenAPI path, e.g. "measures" for /workspaces/{slug}/measures/{id}/measurements; null without one. */
export function pathIdKind(path: string): string | null {
  return /\/([a-z-]+)\/\{id\}/.exec(path)?.[1] ?? null;
}

/**
 * Whether the `{id}` of this API path names a row of this workspace (true for paths without one). The API gate
 * asks only when the request's input is invalid, so that a foreign or missing id still answers 404 before 400
 * (STYLE.md's order) without a statement on the way of valid requests.
 */
export async function pathIdInWorkspace(workspaceId: string, path: string, id: string | undefined): Promise<boolean> {
  const table = PATH_ID_TABLES[pathIdKind(path) ?? ''];
  // Every registered path's segment has a table (tests/fuzz-api.test.ts checks); without one, input decides.
  if (!table || id === undefined) return true;
  const db = await getDb();
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)))
    .limit(1);
  return row !== undefined;
}
