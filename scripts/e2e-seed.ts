// Seeds what the e2e suite cannot make through the UI (an invitation already past its expiry), in
// the run's own database, before the server starts; writes the fixture ids/tokens to fixtures.json.
import fs from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { closeDatabase, openDatabase } from '../db/client';
import { activities, invitations, memberships, shareLinks, users, workspaces } from '../db/schema';
import { hashToken, newToken } from '../lib/tokens';
import { seedMapJourneys } from './e2e-seed-journeys';
import { seedMeasures } from './e2e-seed-measures';
import { seedMeasurementScorecards, seedMeasureScorecard } from './e2e-seed-measurements';
import { seedKpiScorecard } from './e2e-seed-scorecards';
import { seedBenchmarksWorkspace } from './e2e-seed-benchmarks';
import { seedAccessMatrix } from './e2e-seed-matrix';

async function main() {
  const runDir = process.env.E2E_RUN_DIR!;
  const db = await openDatabase();
  const password = 'fixture-owner-' + Math.random().toString(36).slice(2, 10);
  const expiredToken = newToken();
  const [owner] = await db
    .insert(users)
    .values({ name: 'Fixture Owner', email: `fixture-owner-${Date.now()}@e2e.test`, passwordHash: await hash(password) })
    .returning();
  const [w] = await db.insert(workspaces).values({ name: 'Fixture Workspace', slug: `fixture-${Date.now().toString(36)}` }).returning();
  await db.insert(memberships).values({ workspaceId: w.id, userId: owner.id, role: 'owner' });
  const expiredEmail = `expired-${Date.now()}@e2e.test`;
  await db.insert(invitations).values({
    workspaceId: w.id,
    email: expiredEmail,
    role: 'editor',
    tokenHash: hashToken(expiredToken),
    invitedBy: owner.id,
    expiresAt: new Date(Date.now() - 3600_000),
    createdAt: new Date(Date.now() - 8 * 86400_000),
  });
  await db.insert(activities).values({ workspaceId: w.id, actorUserId: owner.id, actorName: owner.name, action: 'workspace.created', targetType: 'workspace', targetId: w.id, targetLabel: w.name });
  const journeys = await seedMapJourneys(db, w.id, owner, ['Map editing', 'Map conflict', 'Map stages']);
  const measures = await seedMeasures(db, w.id, owner);
  const measurementScorecards = await seedMeasurementScorecards(db, w.id, ['Import scorecard', 'Survey scorecard', 'Edit scorecard', 'Cache scorecard']);
  const kpiScorecard = await seedKpiScorecard(db, w.id, owner);
  // A share link whose expiry has passed (the form refuses past dates): /share/<token> must answer 404.
  const expiredShareToken = newToken();
  await db.insert(shareLinks).values({
    workspaceId: w.id,
    scorecardId: kpiScorecard.id,
    tokenHash: hashToken(expiredShareToken),
    label: 'Expired fixture link',
    expiresAt: new Date(Date.now() - 3600_000),
    createdBy: owner.id,
  });
  measurementScorecards['Benchmark scorecard'] = await seedMeasureScorecard(db, w.id, 'Benchmark scorecard', [{ name: 'Resolution time', frequency: 'monthly', direction: 'lower' }]);
  measurementScorecards['Benchmark import scorecard'] = await seedMeasureScorecard(db, w.id, 'Benchmark import scorecard', [
    { name: 'Resolution time', frequency: 'monthly', direction: 'lower' },
    { name: 'Conversion rate', frequency: 'monthly', unit: '%' },
  ]);
  const benchmarksPage = await seedBenchmarksWorkspace(db, owner, password);
  const accessMatrix = await seedAccessMatrix(db);
  await closeDatabase(db);
  const fixtures = { owner: { email: owner.email, password }, workspace: w.slug, expiredInvitation: { token: expiredToken, email: expiredEmail }, journeys, measures, measurementScorecards, kpiScorecard, benchmarksPage, expiredShareToken, accessMatrix };
  fs.writeFileSync(path.join(runDir, 'fixtures.json'), JSON.stringify(fixtures, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
