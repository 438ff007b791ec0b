import type { Db } from '@/db/client';
import { measurements, objectives, perspectives, scorecards } from '@/db/schema';
import { makeJourneyTeam } from './journey-fixtures';

const KINDS = [
  ['financial', 'Financial'],
  ['customer', 'Customer'],
  ['internal', 'Internal process'],
  ['learning', 'Learning & growth'],
] as const;

/** A scorecard with its four perspectives and one objective in each given perspective kind (rows inserted directly). */
export async function makeScorecard(db: Db, workspaceId: string, name = 'Company') {
  const [sc] = await db.insert(scorecards).values({ workspaceId, name }).returning();
  const ps = await db
    .insert(perspectives)
    .values(KINDS.map(([kind, label], position) => ({ workspaceId, scorecardId: sc.id, kind, label, position })))
    .returning();
  const customer = ps.find((p) => p.kind === 'customer')!;
  const [objective, second] = await db
    .insert(objectives)
    .values([
      { workspaceId, scorecardId: sc.id, perspectiveId: customer.id, name: 'Delight customers', position: 0 },
      { workspaceId, scorecardId: sc.id, perspectiveId: customer.id, name: 'Grow loyalty', position: 1 },
    ])
    .returning();
  return { scorecard: sc, perspectives: ps, objective, second };
}

/** A journey team (owner, editor, viewer; stages Awareness … Retention) with a scorecard. */
export async function makeMeasureTeam(db: Db) {
  const team = await makeJourneyTeam(db);
  const sc = await makeScorecard(db, team.workspace.id);
  return { ...team, ...sc };
}

export async function addMeasurement(db: Db, workspaceId: string, measureId: string, period: string, value: number) {
  await db.insert(measurements).values({ workspaceId, measureId, period, value });
}
