// Seeds the benchmark's workspace (a signed-up owner, 20 members, 500 activity rows, a journey of
// 12 stages × 300 touchpoints and one of 1 touchpoint, a scorecard of 200 measures × 104 weeks, a share link
// and an editor API token) into the bench run's own database before its server starts; prints the sign-in,
// the ids the load scenarios use and the database's version as JSON on stdout.
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { closeDatabase, openDatabase } from '../db/client';
import { sql } from 'drizzle-orm';
import { activities, apiTokens, journeys, memberships, shareLinks, stages, touchpointItems, touchpoints, users, workspaces } from '../db/schema';
import { hashToken, newToken } from '../lib/tokens';
import { seedBenchScorecard } from './bench-seed-scorecard';

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
  // A large journey map: 12 stages × 25 touchpoints = 300 touchpoints, each with a pain point and an idea.
  const [bigJourney] = await db.insert(journeys).values({ workspaceId: w.id, name: 'Large journey' }).returning();
  const stageRows = await db
    .insert(stages)
    .values(Array.from({ length: 12 }, (_, i) => ({ workspaceId: w.id, journeyId: bigJourney.id, name: `Stage ${i + 1}`, position: i })))
    .returning();
  const tps = await db
    .insert(touchpoints)
    .values(
      stageRows.flatMap((st) =>
        Array.from({ length: 25 }, (_, i) => ({
          workspaceId: w.id,
          journeyId: bigJourney.id,
          stageId: st.id,
          position: i,
          name: `${st.name} touchpoint ${i + 1}`,
          ownerId: owner.id,
          customerActions: 'Does something worth mapping',
          emotion: (i % 5) - 2,
          isMomentOfTruth: i % 10 === 0,
          momentPolarity: i % 10 === 0 ? ('negative' as const) : null,
        })),
      ),
    )
    .returning({ id: touchpoints.id });
  await db.insert(touchpointItems).values(
    tps.flatMap((t) => [
      { workspaceId: w.id, journeyId: bigJourney.id, touchpointId: t.id, kind: 'pain_point' as const, text: 'Slow page', position: 0 },
      { workspaceId: w.id, journeyId: bigJourney.id, touchpointId: t.id, kind: 'opportunity' as const, text: 'Cache it', position: 0 },
    ]),
  );
  const [smallJourney] = await db.insert(journeys).values({ workspaceId: w.id, name: 'Small journey' }).returning();
  const [smallStage] = await db.insert(stages).values({ workspaceId: w.id, journeyId: smallJourney.id, name: 'Only stage', position: 0 }).returning();
  await db.insert(touchpoints).values({ workspaceId: w.id, journeyId: smallJourney.id, stageId: smallStage.id, position: 0, name: 'Only touchpoint' });
  const t = performance.now();
  const csvPath = path.join(process.env.WAYFINDER_DATA_DIR || os.tmpdir(), 'bench-import.csv');
  const card = await seedBenchScorecard(db, w.id, [owner.id, ...others.map((u) => u.id)], stageRows.map((s) => s.id), csvPath);
  const scorecardSeedMs = Math.round(performance.now() - t);
  // The share page of that scorecard, with its strategy map (issue 6's speed target).
  const shareToken = newToken();
  await db.insert(shareLinks).values({ workspaceId: w.id, scorecardId: card.scorecardId, tokenHash: hashToken(shareToken), label: 'Bench', includeStrategyMap: true, createdBy: owner.id });
  // The API scenarios' Bearer token (editor: reads and records measurements).
  const apiToken = newToken('wf_');
  await db.insert(apiTokens).values({ workspaceId: w.id, name: 'Bench', role: 'editor', tokenHash: hashToken(apiToken), prefix: apiToken.slice(0, 7), createdBy: owner.id });
  // The two drivers answer db.execute() in different shapes (rows, or an array).
  const answer = (await db.execute(sql`select version() as v`)) as unknown as { rows?: { v: string }[] } & { v: string }[];
  // "PostgreSQL 15.8 (Debian …) on x86_64-pc-linux-gnu, compiled by …": the part before the platform.
  const dbVersion = String((answer.rows ?? answer)[0]?.v ?? 'unknown').split(' on ')[0];
  await closeDatabase(db);
  process.stdout.write(
    JSON.stringify({
      email: owner.email,
      password,
      slug: w.slug,
      largeJourney: bigJourney.id,
      smallJourney: smallJourney.id,
      scorecard: card.scorecardId,
      shareToken,
      apiToken,
      measureIds: card.measureIds,
      periods: card.periods,
      dbVersion,
      scorecardSeed: { ms: scorecardSeedMs, measures: card.measures, measurements: card.measurements },
      importCsv: csvPath,
      importRows: card.importRows,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
