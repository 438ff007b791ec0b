import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { Db } from './client';
import { activities, memberships, users, workspaces } from './schema';
import { config } from '../lib/config';
import { seedDemoJourney } from './seed-demo-journey';
import { seedDemoScorecard } from './seed-demo-scorecard';
import { seedDemoBenchmarks } from './seed-demo-benchmarks';
import { seedDemoCanvas } from './seed-demo-canvas';

export const DEMO_EMAIL = 'demo@wayfinder.local';

/**
 * On the first start of an empty database: a demo workspace owned by a demo user whose random
 * password is printed once. Does nothing when any user exists or WAYFINDER_SEED_DEMO=0.
 */
export async function seedDemoIfEmpty(db: Db) {
  if (!config.seedDemo) return null;
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (Number(n) > 0) return null;
  const password = randomBytes(12).toString('base64url');
  await db.transaction(async (tx) => {
    const [u] = await tx.insert(users).values({ name: 'Demo User', email: DEMO_EMAIL, passwordHash: await hash(password) }).returning();
    const [w] = await tx.insert(workspaces).values({ name: 'Demo Workspace', slug: 'demo' }).returning();
    await tx.insert(memberships).values({ workspaceId: w.id, userId: u.id, role: 'owner' });
    await tx.insert(activities).values({
      workspaceId: w.id,
      actorUserId: u.id,
      actorName: u.name,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: w.id,
      targetLabel: w.name,
    });
    await seedDemoJourney(tx, w.id, u.id);
    await seedDemoScorecard(tx, w.id, u);
    await seedDemoBenchmarks(tx, w.id);
    await seedDemoCanvas(tx, w.id, u);
  });
  console.log(
    [
      '',
      '┌──────────────────────────────────────────────────────────┐',
      '│ Wayfinder demo workspace created. Sign in with:          │',
      `│   email:    ${DEMO_EMAIL.padEnd(45)}│`,
      `│   password: ${password.padEnd(45)}│`,
      '│ (shown once; change it under Account)                    │',
      '└──────────────────────────────────────────────────────────┘',
      '',
    ].join('\n'),
  );
  return { email: DEMO_EMAIL, password };
}
