import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { journeys, personas, stages, touchpointItems, touchpoints, type Touchpoint } from '@/db/schema';

const rnd = () => randomBytes(3).toString('hex');

export async function makePersona(db: Db, workspaceId: string, name = `Persona ${rnd()}`) {
  const [p] = await db.insert(personas).values({ workspaceId, name, color: 'green' }).returning();
  return p;
}

/**
 * A journey with `stageCount` stages of `perStage` touchpoints each; every touchpoint gets one pain
 * point and one opportunity. Inserted in bulk (chunks) so hundreds of rows stay quick.
 */
export async function makeJourney(
  db: Db,
  workspaceId: string,
  opts: { name?: string; stageCount?: number; perStage?: number; personaId?: string | null; touchpoint?: Partial<Touchpoint> } = {},
) {
  const [j] = await db
    .insert(journeys)
    .values({ workspaceId, name: opts.name ?? `Journey ${rnd()}`, description: 'Seeded', personaId: opts.personaId ?? null })
    .returning();
  const stageRows = await db
    .insert(stages)
    .values(Array.from({ length: opts.stageCount ?? 2 }, (_, i) => ({ workspaceId, journeyId: j.id, name: `Stage ${i + 1}`, position: i })))
    .returning();
  const tpValues = stageRows.flatMap((s) =>
    Array.from({ length: opts.perStage ?? 2 }, (_, i) => ({
      workspaceId,
      journeyId: j.id,
      stageId: s.id,
      position: i,
      name: `${s.name} · TP ${i + 1}`,
      emotion: (i % 5) - 2,
      customerActions: `Does thing ${i + 1}`,
      ...opts.touchpoint,
    })),
  );
  const tps: Touchpoint[] = [];
  for (let i = 0; i < tpValues.length; i += 400) tps.push(...(await db.insert(touchpoints).values(tpValues.slice(i, i + 400)).returning()));
  const itemValues = tps.flatMap((t) => [
    { workspaceId, journeyId: j.id, touchpointId: t.id, kind: 'pain_point' as const, text: `Pain of ${t.name}`, position: 0 },
    { workspaceId, journeyId: j.id, touchpointId: t.id, kind: 'opportunity' as const, text: `Idea for ${t.name}`, position: 0 },
  ]);
  for (let i = 0; i < itemValues.length; i += 400) await db.insert(touchpointItems).values(itemValues.slice(i, i + 400));
  return { journey: j, stages: stageRows, touchpoints: tps };
}
