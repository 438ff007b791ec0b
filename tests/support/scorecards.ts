import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { objectives, perspectives, scorecards } from '@/db/schema';

const KINDS = [
  ['financial', 'Financial'],
  ['customer', 'Customer'],
  ['internal', 'Internal Process'],
  ['learning', 'Learning & Growth'],
] as const;

/** A scorecard with its four perspectives (by kind) and `perPerspective` objectives in each, inserted directly. */
export async function makeScorecard(db: Db, workspaceId: string, opts: { name?: string; perPerspective?: number } = {}) {
  const [s] = await db.insert(scorecards).values({ workspaceId, name: opts.name ?? 'Company' }).returning();
  const ps = await db
    .insert(perspectives)
    .values(KINDS.map(([kind, label], position) => ({ workspaceId, scorecardId: s.id, kind, label, position })))
    .returning();
  const byKind = Object.fromEntries(ps.map((p) => [p.kind, p])) as Record<(typeof KINDS)[number][0], (typeof ps)[number]>;
  const n = opts.perPerspective ?? 0;
  const objs = n
    ? await db
        .insert(objectives)
        .values(ps.flatMap((p) => Array.from({ length: n }, (_, i) => ({ workspaceId, scorecardId: s.id, perspectiveId: p.id, name: `${p.label} ${i + 1}`, position: i }))))
        .returning()
    : [];
  return { scorecard: s, perspectives: byKind, objectives: objs };
}

export async function objectiveRow(db: Db, id: string) {
  const [o] = await db.select().from(objectives).where(eq(objectives.id, id));
  return o;
}
