// Seeds the benchmark's workspace (a signed-up owner, 20 members, 500 activity rows) into the
// bench run's own database before its server starts; prints the sign-in as JSON on stdout.
import { hash } from '@node-rs/argon2';
import { closeDatabase, openDatabase } from '../db/client';
import { activities, memberships, users, workspaces } from '../db/schema';

async function main() {
  const db = await openDatabase();
  const password = 'bench-' + Math.random().toString(36).slice(2);
  const passwordHash = await hash(password);
  const [owner] = await db.insert(users).values({ name: 'Bench Owner', email: 'bench-owner@bench.test', passwordHash }).returning();
  const [w] = await db.insert(workspaces).values({ name: 'Bench Workspace', slug: 'bench' }).returning();
  await db.insert(memberships).values({ workspaceId: w.id, userId: owner.id, role: 'owner' });
  const others = await db
    .insert(users)
    .values(Array.from({ length: 20 }, (_, i) => ({ name: `Member ${i + 1}`, email: `member-${i + 1}@bench.test`, passwordHash })))
    .returning();
  await db.insert(memberships).values(others.map((u, i) => ({ workspaceId: w.id, userId: u.id, role: (['viewer', 'editor', 'admin'] as const)[i % 3] })));
  await db.insert(activities).values(
    Array.from({ length: 500 }, (_, i) => ({
      workspaceId: w.id,
      actorUserId: owner.id,
      actorName: owner.name,
      action: 'workspace.updated',
      targetType: 'workspace',
      targetId: w.id,
      targetLabel: `${w.name} ${i}`,
    })),
  );
  await closeDatabase(db);
  process.stdout.write(JSON.stringify({ email: owner.email, password, slug: w.slug }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
