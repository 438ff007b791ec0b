// The measures e2e (e2e/measures.spec.ts) needs a scorecard with an objective, a measure with data for the chart,
// and a viewer; the scorecard pages live on another branch, so these rows are seeded before the server starts.
import { hash } from '@node-rs/argon2';
import type { Db } from '../db/client';
import { activities, measurements, measures, measureTargets, memberships, objectives, perspectives, scorecards, users } from '../db/schema';
import { currentPeriod, shiftPeriod } from '../lib/periods';

const KINDS = [
  ['financial', 'Financial'],
  ['customer', 'Customer'],
  ['internal', 'Internal process'],
  ['learning', 'Learning & growth'],
] as const;

export async function seedMeasures(db: Db, workspaceId: string, owner: { id: string; name: string }) {
  const password = 'fixture-viewer-' + Math.random().toString(36).slice(2, 10);
  const [viewer] = await db
    .insert(users)
    .values({ name: 'Fixture Viewer', email: `fixture-viewer-${Date.now()}@e2e.test`, passwordHash: await hash(password) })
    .returning();
  await db.insert(memberships).values({ workspaceId, userId: viewer.id, role: 'viewer' });
  const [sc] = await db.insert(scorecards).values({ workspaceId, name: 'Measures e2e' }).returning();
  const ps = await db
    .insert(perspectives)
    .values(KINDS.map(([kind, label], position) => ({ workspaceId, scorecardId: sc.id, kind, label, position })))
    .returning();
  const customer = ps.find((p) => p.kind === 'customer')!;
  const [objective] = await db.insert(objectives).values({ workspaceId, scorecardId: sc.id, perspectiveId: customer.id, name: 'Delight customers', position: 0 }).returning();
  const now = currentPeriod('monthly');
  const [m] = await db
    .insert(measures)
    .values({ workspaceId, scorecardId: sc.id, objectiveId: objective.id, name: 'Seeded conversion', unit: '%', direction: 'higher', frequency: 'monthly', baseline: 1, decimals: 1, position: 0 })
    .returning();
  await db.insert(measureTargets).values([
    { workspaceId, measureId: m.id, fromPeriod: shiftPeriod(now, 'monthly', -5), target: 3 },
    { workspaceId, measureId: m.id, fromPeriod: shiftPeriod(now, 'monthly', -2), target: 4 },
  ]);
  await db.insert(measurements).values([1.5, 2, 2.4, 2.9, 3.3, 3.6].map((value, i) => ({ workspaceId, measureId: m.id, period: shiftPeriod(now, 'monthly', i - 5), value })));
  await db.insert(activities).values({ workspaceId, actorUserId: owner.id, actorName: owner.name, action: 'measure.created', targetType: 'measure', targetId: m.id, targetLabel: m.name });
  return { scorecardId: sc.id, objectiveId: objective.id, seededMeasureId: m.id, viewer: { email: viewer.email, password } };
}
