// Journeys for the journey-map e2e (the journeys list and its "New journey" dialog live on another
// branch): one per test, in the fixture workspace, made from the Awareness → Retention template.
import type { Db } from '../db/client';
import { activities, journeys, stages } from '../db/schema';

const TEMPLATE = ['Awareness', 'Consideration', 'Decision', 'Retention'];

export async function seedMapJourneys(db: Db, workspaceId: string, actor: { id: string; name: string }, names: string[]) {
  const out: Record<string, string> = {};
  for (const name of names) {
    const [j] = await db.insert(journeys).values({ workspaceId, name }).returning();
    await db.insert(stages).values(TEMPLATE.map((s, position) => ({ workspaceId, journeyId: j.id, name: s, position })));
    await db.insert(activities).values({ workspaceId, actorUserId: actor.id, actorName: actor.name, action: 'journey.created', targetType: 'journey', targetId: j.id, targetLabel: j.name });
    out[name] = j.id;
  }
  return out;
}
