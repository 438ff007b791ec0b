import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { journeys, personas, stages, touchpoints } from '@/db/schema';
import { journeyTemplates, type JourneyTemplateId } from '@/lib/journeys/templates';
import { AppError, conflict, notFound } from '@/lib/errors';
import { paginate } from '@/lib/api/cursor';
import type { JourneyPatch } from '@/lib/validations/journeys';
import { logActivity, type Actor } from './activity';
import { decodeKeysetCursor } from './members';
import { clearStageAlignments } from './references';

export type CreateJourneyInput = { name: string; description?: string; personaId?: string | null; template: JourneyTemplateId };

const PERSONA_MSG = 'Choose a persona of this workspace.';

/** Refuses a persona id that is not one of this workspace's personas (as a field error). */
async function assertPersona(tx: Db | Tx, workspaceId: string, personaId: string | null | undefined) {
  if (!personaId) return;
  const [p] = await tx
    .select({ id: personas.id })
    .from(personas)
    .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
    .limit(1);
  if (!p) throw new AppError('invalid', PERSONA_MSG, { personaId: [PERSONA_MSG] });
}

/** Editors: creates a journey, with the template's stages, in one transaction with its activity row. */
export async function createJourney(workspaceId: string, actor: Actor, input: CreateJourneyInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertPersona(tx, workspaceId, input.personaId);
    const [j] = await tx
      .insert(journeys)
      .values({ workspaceId, name: input.name.trim(), description: input.description?.trim() ?? '', personaId: input.personaId ?? null })
      .returning();
    const template = journeyTemplates.find((t) => t.id === input.template) ?? journeyTemplates[0];
    if (template.stages.length) {
      await tx.insert(stages).values(template.stages.map((name, position) => ({ workspaceId, journeyId: j.id, name, position })));
    }
    await logActivity(tx, workspaceId, actor, {
      action: 'journey.created',
      targetType: 'journey',
      targetId: j.id,
      targetLabel: j.name,
      data: { template: template.id },
    });
    return j;
  });
}

const stageCount = sql<number>`(select count(*)::int from ${stages} s where s.workspace_id = ${journeys.workspaceId} and s.journey_id = ${journeys.id})`;
const touchpointCount = sql<number>`(select count(*)::int from ${touchpoints} t where t.workspace_id = ${journeys.workspaceId} and t.journey_id = ${journeys.id})`;

const listColumns = {
  id: journeys.id,
  name: journeys.name,
  description: journeys.description,
  status: journeys.status,
  version: journeys.version,
  personaId: journeys.personaId,
  personaName: personas.name,
  personaColor: personas.color,
  stageCount,
  touchpointCount,
  createdAt: journeys.createdAt,
  updatedAt: journeys.updatedAt,
};

/** Members (content.read): every journey of the workspace with its persona and counts, newest change first (one statement). */
export async function listJourneys(workspaceId: string) {
  const db = await getDb();
  return db
    .select(listColumns)
    .from(journeys)
    .leftJoin(personas, and(eq(personas.workspaceId, journeys.workspaceId), eq(personas.id, journeys.personaId)))
    .where(eq(journeys.workspaceId, workspaceId))
    .orderBy(desc(journeys.updatedAt), asc(journeys.id));
}
export type JourneyListRow = Awaited<ReturnType<typeof listJourneys>>[number];

const createdKey = sql<string>`to_char(${journeys.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Members and tokens (content.read): one page of journeys, oldest first, keyset-paged by (created, id). */
export async function listJourneysPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...listColumns, key: createdKey })
    .from(journeys)
    .leftJoin(personas, and(eq(personas.workspaceId, journeys.workspaceId), eq(personas.id, journeys.personaId)))
    .where(
      and(
        eq(journeys.workspaceId, workspaceId),
        after ? sql`(${journeys.createdAt}, ${journeys.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(journeys.createdAt), asc(journeys.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...j }) => j), nextCursor: page.nextCursor };
}

/** Members: one journey row of this workspace, or not_found. */
export async function getJourney(workspaceId: string, journeyId: string, q?: Db | Tx) {
  const db = q ?? (await getDb());
  const [j] = await db
    .select()
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)))
    .limit(1);
  if (!j) throw notFound('Journey not found.');
  return j;
}

/** Editors' choices for a journey's persona: this workspace's personas by name. */
export async function listPersonaOptions(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ id: personas.id, name: personas.name, color: personas.color })
    .from(personas)
    .where(eq(personas.workspaceId, workspaceId))
    .orderBy(asc(personas.name), asc(personas.id));
}

function statusAction(from: string, to: string | undefined) {
  if (!to || to === from) return null;
  return to === 'archived' ? 'journey.archived' : 'journey.unarchived';
}

/**
 * Editors: changes name, description, persona and/or status of a journey, only if it is still at
 * `version` (else conflict with the current row); the persona must be this workspace's.
 */
export async function updateJourney(workspaceId: string, actor: Actor, journeyId: string, patch: JourneyPatch) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getJourney(workspaceId, journeyId, tx);
    await assertPersona(tx, workspaceId, patch.personaId);
    if (before.version !== patch.version) throw conflict(before);
    const set: Partial<typeof journeys.$inferInsert> = {};
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.description !== undefined) set.description = patch.description.trim();
    if (patch.personaId !== undefined) set.personaId = patch.personaId;
    if (patch.status !== undefined) set.status = patch.status;
    const [after] = await tx
      .update(journeys)
      .set({ ...set, version: sql`${journeys.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId), eq(journeys.version, patch.version)))
      .returning();
    if (!after) throw conflict(await getJourney(workspaceId, journeyId, tx));
    const changed = (['name', 'description', 'personaId'] as const).filter((k) => k in set && before[k] !== after[k]);
    const action = statusAction(before.status, patch.status);
    if (action) await logActivity(tx, workspaceId, actor, { action, targetType: 'journey', targetId: after.id, targetLabel: after.name });
    if (changed.length || !action) {
      await logActivity(tx, workspaceId, actor, {
        action: 'journey.updated',
        targetType: 'journey',
        targetId: after.id,
        targetLabel: after.name,
        data: { changes: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])) },
      });
    }
    return after;
  });
}

/** Editors: deletes a journey with its stages, touchpoints and items (FK cascade), with an activity row. */
export async function deleteJourney(workspaceId: string, actor: Actor, journeyId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await clearStageAlignments(tx, workspaceId, { journeyId });
    const [gone] = await tx
      .delete(journeys)
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)))
      .returning();
    if (!gone) throw notFound('Journey not found.');
    await logActivity(tx, workspaceId, actor, { action: 'journey.deleted', targetType: 'journey', targetId: gone.id, targetLabel: gone.name });
    return gone;
  });
}
