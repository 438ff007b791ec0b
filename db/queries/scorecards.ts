import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { measures, objectives, perspectives, scorecards } from '@/db/schema';
import { conflict, invalid, notFound } from '@/lib/errors';
import { paginate } from '@/lib/api/cursor';
import type { ScorecardPatch } from '@/lib/validations/scorecards';
import { logActivity, type Actor } from './activity';
import { decodeKeysetCursor } from './members';

export const DEFAULT_PERSPECTIVES = [
  { kind: 'financial', label: 'Financial' },
  { kind: 'customer', label: 'Customer' },
  { kind: 'internal', label: 'Internal Process' },
  { kind: 'learning', label: 'Learning & Growth' },
] as const;

const NOT_FOUND = 'This scorecard is not in the workspace (any more).';

// Qualified by hand: drizzle leaves column names unqualified in a single-table select, which the subquery would capture.
const objectiveCount = sql<number>`(select count(*)::int from ${objectives} o where o.workspace_id = "scorecards"."workspace_id" and o.scorecard_id = "scorecards"."id")`;
const measureCount = sql<number>`(select count(*)::int from ${measures} m where m.workspace_id = "scorecards"."workspace_id" and m.scorecard_id = "scorecards"."id")`;
const listColumns = {
  id: scorecards.id,
  name: scorecards.name,
  description: scorecards.description,
  greenThreshold: scorecards.greenThreshold,
  amberThreshold: scorecards.amberThreshold,
  version: scorecards.version,
  objectiveCount,
  measureCount,
  createdAt: scorecards.createdAt,
  updatedAt: scorecards.updatedAt,
};

/** Members (content.read): every scorecard of the workspace with its objective and measure counts, newest change first. */
export async function listScorecards(workspaceId: string) {
  const db = await getDb();
  return db.select(listColumns).from(scorecards).where(eq(scorecards.workspaceId, workspaceId)).orderBy(desc(scorecards.updatedAt), asc(scorecards.id));
}
export type ScorecardListRow = Awaited<ReturnType<typeof listScorecards>>[number];

const createdKey = sql<string>`to_char(${scorecards.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Members and tokens: one page of scorecards, oldest first, keyset-paged by (created, id). */
export async function listScorecardsPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...listColumns, key: createdKey })
    .from(scorecards)
    .where(
      and(
        eq(scorecards.workspaceId, workspaceId),
        after ? sql`(${scorecards.createdAt}, ${scorecards.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(scorecards.createdAt), asc(scorecards.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...s }) => s), nextCursor: page.nextCursor };
}

/** Members: one scorecard row of this workspace, or not_found. */
export async function getScorecard(workspaceId: string, scorecardId: string, q?: Db | Tx) {
  const db = q ?? (await getDb());
  const [s] = await db
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
    .limit(1);
  if (!s) throw notFound(NOT_FOUND);
  return s;
}

/** The scorecard's four perspectives in display order. */
export async function listPerspectives(q: Db | Tx, workspaceId: string, scorecardId: string) {
  return q
    .select()
    .from(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.scorecardId, scorecardId)))
    .orderBy(asc(perspectives.position));
}

/** The scorecard row locked for the transaction (serialises structural changes of one scorecard), or not_found. */
export async function lockScorecard(tx: Tx, workspaceId: string, scorecardId: string) {
  const [s] = await tx
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
    .for('update');
  if (!s) throw notFound(NOT_FOUND);
  return s;
}

/** Editors: creates a scorecard with its four perspectives (weights 1, positions 0–3) in one transaction with its activity row. */
export async function createScorecard(workspaceId: string, actor: Actor, input: { name: string; description?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [s] = await tx.insert(scorecards).values({ workspaceId, name: input.name.trim(), description: input.description?.trim() ?? '' }).returning();
    await tx.insert(perspectives).values(DEFAULT_PERSPECTIVES.map((p, position) => ({ workspaceId, scorecardId: s.id, kind: p.kind, label: p.label, weight: 1, position })));
    await logActivity(tx, workspaceId, actor, { action: 'scorecard.created', targetType: 'scorecard', targetId: s.id, targetLabel: s.name });
    return s;
  });
}

type Change = { from: unknown; to: unknown };

/**
 * Editors: saves name, description, thresholds (whole percents → fractions; amber ≤ green) and the
 * perspectives' labels and weights, only if the scorecard is still at `version` (else conflict with
 * the current scorecard and perspectives). One transaction; bumps the scorecard's version.
 */
export async function updateScorecard(workspaceId: string, actor: Actor, scorecardId: string, patch: ScorecardPatch) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockScorecard(tx, workspaceId, scorecardId);
    const persp = await listPerspectives(tx, workspaceId, scorecardId);
    if (before.version !== patch.version) throw conflict({ ...before, perspectives: persp }, 'Someone else changed this scorecard in the meantime. Review their version, then save again.');
    const green = patch.greenPercent !== undefined ? patch.greenPercent / 100 : before.greenThreshold;
    const amber = patch.amberPercent !== undefined ? patch.amberPercent / 100 : before.amberThreshold;
    if (amber > green) throw invalid('Amber must not be above green.', { amberPercent: ['Amber must not be above green.'] });
    const byId = new Map(persp.map((p) => [p.id, p]));
    for (const [i, p] of (patch.perspectives ?? []).entries()) {
      if (!byId.has(p.id)) throw invalid('That perspective is not part of this scorecard.', { [`perspectives.${i}.id`]: ['Not a perspective of this scorecard.'] });
    }
    const set: Partial<typeof scorecards.$inferInsert> = { greenThreshold: green, amberThreshold: amber };
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.description !== undefined) set.description = patch.description.trim();
    const [after] = await tx
      .update(scorecards)
      .set({ ...set, version: sql`${scorecards.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId), eq(scorecards.version, patch.version)))
      .returning();
    const changes: Record<string, Change> = {};
    for (const k of ['name', 'description', 'greenThreshold', 'amberThreshold'] as const) if (before[k] !== after[k]) changes[k] = { from: before[k], to: after[k] };
    const perspectiveChanges: { kind: string; label?: Change; weight?: Change }[] = [];
    for (const p of patch.perspectives ?? []) {
      const cur = byId.get(p.id)!;
      const label = p.label?.trim() ?? cur.label;
      const weight = p.weight ?? cur.weight;
      if (label === cur.label && weight === cur.weight) continue;
      await tx
        .update(perspectives)
        .set({ label, weight, version: sql`${perspectives.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.id, p.id)));
      perspectiveChanges.push({
        kind: cur.kind,
        ...(label !== cur.label ? { label: { from: cur.label, to: label } } : {}),
        ...(weight !== cur.weight ? { weight: { from: cur.weight, to: weight } } : {}),
      });
    }
    if (Object.keys(changes).length || !perspectiveChanges.length) {
      await logActivity(tx, workspaceId, actor, { action: 'scorecard.updated', targetType: 'scorecard', targetId: after.id, targetLabel: after.name, data: { changes } });
    }
    if (perspectiveChanges.length) {
      await logActivity(tx, workspaceId, actor, { action: 'perspective.updated', targetType: 'scorecard', targetId: after.id, targetLabel: after.name, data: { perspectives: perspectiveChanges } });
    }
    return { ...after, perspectives: await listPerspectives(tx, workspaceId, scorecardId) };
  });
}

/** Editors: deletes a scorecard with its perspectives, objectives, links, initiatives and measures (FK cascade), with an activity row. */
export async function deleteScorecard(workspaceId: string, actor: Actor, scorecardId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(scorecards)
      .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
      .returning();
    if (!gone) throw notFound(NOT_FOUND);
    await logActivity(tx, workspaceId, actor, { action: 'scorecard.deleted', targetType: 'scorecard', targetId: gone.id, targetLabel: gone.name });
    return gone;
  });
}
