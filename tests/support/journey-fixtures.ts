import { vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { activities, stages, type User } from '@/db/schema';
import { createJourney } from '@/db/queries/journeys';
import { makeWorkspace } from './factories';

/** A workspace (owner, editor, viewer) with a journey made from the four-stage template. */
export async function makeJourneyTeam(db: Db) {
  const { workspace, members } = await makeWorkspace(db, ['owner', 'editor', 'viewer']);
  const [owner, editor, viewer] = members.map((m) => m.user);
  const journey = await createJourney(workspace.id, { userId: owner.id, tokenId: null, name: owner.name }, { name: 'Onboarding', template: 'acdr' });
  const stageRows = await db.select().from(stages).where(eq(stages.journeyId, journey.id)).orderBy(asc(stages.position));
  return { workspace, owner, editor, viewer, journey, stages: stageRows };
}

export async function activityOf(db: Db, workspaceId: string) {
  return (await db.select().from(activities).where(eq(activities.workspaceId, workspaceId)).orderBy(asc(activities.createdAt))).map((a) => a.action);
}

/** vi.mock factory for '@/lib/session' driven by `session.user`. */
export const sessionMock = (session: { user: User | null }) => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error('signed out');
    return session.user;
  },
  safeNext: (next: unknown, fallback = '/w') => (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : fallback),
});

export { vi };
