// A workspace of its own for the Benchmarks page e2e (e2e/benchmarks-page.spec.ts): the demo journey, scorecard and
// benchmarks, owned by the fixture owner, with a viewer; no other spec writes there, so its rows are known.
import { hash } from '@node-rs/argon2';
import type { Db } from '../db/client';
import { memberships, users, workspaces } from '../db/schema';
import { seedDemoJourney } from '../db/seed-demo-journey';
import { seedDemoScorecard } from '../db/seed-demo-scorecard';
import { seedDemoBenchmarks } from '../db/seed-demo-benchmarks';

export async function seedBenchmarksWorkspace(db: Db, owner: { id: string; name: string }, password: string) {
  const stamp = Date.now().toString(36);
  const [w] = await db.insert(workspaces).values({ name: 'Benchmarks Workspace', slug: `benchmarks-${stamp}` }).returning();
  const [viewer] = await db.insert(users).values({ name: 'Benchmark Viewer', email: `benchmark-viewer-${stamp}@e2e.test`, passwordHash: await hash(password) }).returning();
  await db.insert(memberships).values([
    { workspaceId: w.id, userId: owner.id, role: 'owner' },
    { workspaceId: w.id, userId: viewer.id, role: 'viewer' },
  ]);
  await db.transaction(async (tx) => {
    await seedDemoJourney(tx, w.id, owner.id);
    await seedDemoScorecard(tx, w.id, owner);
    await seedDemoBenchmarks(tx, w.id);
  });
  return { workspace: w.slug, viewer: { email: viewer.email, password } };
}
