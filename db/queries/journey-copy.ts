import 'server-only';
import { selectItems, selectStages } from './journey-map';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { journeys, stages, touchpointItems, touchpoints } from '@/db/schema';
import { logActivity, type Actor } from './activity';
import { getJourney } from './journeys';

// PostgreSQL takes at most 65,535 bind parameters per statement: insert big copies in chunks.
const CHUNK = 500;
function chunks<T>(rows: T[]) {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const copyName = (name: string) => `Copy of ${name}`.slice(0, 120);

/**
 * Editors: deep-copies a journey of this workspace — stages, touchpoints and their items get new ids
 * and positions 0…n−1 in the original order — as "Copy of …", active, in one transaction.
 */
export async function duplicateJourney(workspaceId: string, actor: Actor, journeyId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const src = await getJourney(workspaceId, journeyId, tx);
    const [stageRows, tpRows, itemRows] = await Promise.all([
      selectStages(tx, workspaceId, journeyId),
      tx
        .select()
        .from(touchpoints)
        .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.journeyId, journeyId)))
        .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt)),
      selectItems(tx, workspaceId, journeyId),
    ]);
    const [copy] = await tx
      .insert(journeys)
      .values({ workspaceId, name: copyName(src.name), description: src.description, personaId: src.personaId })
      .returning();
    const stageIds = new Map(stageRows.map((s) => [s.id, randomUUID()]));
    const tpIds = new Map(tpRows.map((t) => [t.id, randomUUID()]));
    const newStages = stageRows.map((s, position) => ({
      id: stageIds.get(s.id)!,
      workspaceId,
      journeyId: copy.id,
      name: s.name,
      description: s.description,
      position,
    }));
    const nextPos = new Map<string, number>();
    const take = (key: string) => {
      const n = nextPos.get(key) ?? 0;
      nextPos.set(key, n + 1);
      return n;
    };
    const newTps = tpRows
      .filter((t) => stageIds.has(t.stageId))
      .map(({ id, stageId, createdAt: _c, updatedAt: _u, version: _v, position: _p, ...rest }) => ({
        ...rest,
        id: tpIds.get(id)!,
        journeyId: copy.id,
        stageId: stageIds.get(stageId)!,
        position: take(stageId),
      }));
    const newItems = itemRows
      .filter((i) => tpIds.has(i.touchpointId))
      .map((i) => ({
        workspaceId,
        journeyId: copy.id,
        touchpointId: tpIds.get(i.touchpointId)!,
        kind: i.kind,
        text: i.text,
        position: take(`${i.touchpointId}:${i.kind}`),
      }));
    for (const part of chunks(newStages)) await tx.insert(stages).values(part);
    for (const part of chunks(newTps)) await tx.insert(touchpoints).values(part);
    for (const part of chunks(newItems)) await tx.insert(touchpointItems).values(part);
    await logActivity(tx, workspaceId, actor, {
      action: 'journey.duplicated',
      targetType: 'journey',
      targetId: copy.id,
      targetLabel: copy.name,
      data: { from: src.id, fromName: src.name, stages: newStages.length, touchpoints: newTps.length },
    });
    return copy;
  });
}
