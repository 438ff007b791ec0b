// The access matrix's world (e2e/access-matrix*.spec.ts): workspace A with one member per role, workspace B with
// a member and an owner-role API token, both filled with the demo content; a password-protected share link of A.
// Per resource kind: the id the matrix reads and edits ("primary") in A and in B, and in A a few rows that the
// allowed roles may really delete ("victims"), none of them a primary or an ancestor of one.
import { and, asc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { Db } from '../db/client';
import {
  apiTokens, benchmarks, canvases, canvasNoteLinks, canvasNotes, invitations, journeys, measurements, measures, memberships,
  objectiveLinks, objectives, initiatives, perspectives, scorecards, shareLinks, stages, touchpoints, users, workspaces,
} from '../db/schema';
import { seedDemoJourney } from '../db/seed-demo-journey';
import { seedDemoScorecard } from '../db/seed-demo-scorecard';
import { seedDemoBenchmarks } from '../db/seed-demo-benchmarks';
import { seedDemoCanvas } from '../db/seed-demo-canvas';
import { hashToken, newToken } from '../lib/tokens';

export type MatrixIds = Record<string, string>;
export type MatrixFixture = {
  password: string;
  a: { slug: string; users: Record<'owner' | 'admin' | 'editor' | 'viewer', string>; ids: MatrixIds; victims: Record<string, string[]> };
  b: { slug: string; member: string; token: string; ids: MatrixIds };
  share: { token: string; password: string };
};

type U = { id: string; name: string; email: string };

async function user(db: Db, tag: string, passwordHash: string): Promise<U> {
  const [u] = await db.insert(users).values({ name: `Matrix ${tag}`, email: `matrix-${tag}-${Date.now().toString(36)}@e2e.test`, passwordHash }).returning();
  return u;
}

async function workspace(db: Db, tag: string, owner: U) {
  const [w] = await db.insert(workspaces).values({ name: `Matrix ${tag}`, slug: `matrix-${tag}-${Date.now().toString(36)}` }).returning();
  await db.insert(memberships).values({ workspaceId: w.id, userId: owner.id, role: 'owner' });
  await db.transaction(async (tx) => {
    await seedDemoJourney(tx, w.id, owner.id);
    await seedDemoScorecard(tx, w.id, owner);
    await seedDemoBenchmarks(tx, w.id);
    await seedDemoCanvas(tx, w.id, owner);
  });
  return w;
}

const invitation = (workspaceId: string, invitedBy: string, email: string) => ({
  workspaceId, email, role: 'viewer' as const, tokenHash: hashToken(newToken()), invitedBy, expiresAt: new Date(Date.now() + 7 * 86400_000),
});

/** The primary row of every kind in one workspace (the first journey, scorecard and canvas, and rows under them). */
async function primaries(db: Db, ws: string, inviter: string): Promise<MatrixIds> {
  const [journey] = await db.select().from(journeys).where(eq(journeys.workspaceId, ws)).orderBy(asc(journeys.createdAt)).limit(1);
  const [stage] = await db.select().from(stages).where(eq(stages.journeyId, journey.id)).orderBy(asc(stages.position)).limit(1);
  const [touchpoint] = await db.select().from(touchpoints).where(eq(touchpoints.stageId, stage.id)).limit(1);
  const [scorecard] = await db.select().from(scorecards).where(eq(scorecards.workspaceId, ws)).orderBy(asc(scorecards.createdAt)).limit(1);
  const [perspective] = await db.select().from(perspectives).where(eq(perspectives.scorecardId, scorecard.id)).limit(1);
  // A measure with both a benchmark and a measurement; its objective is the primary objective.
  const [{ measureId }] = await db
    .select({ measureId: benchmarks.measureId })
    .from(benchmarks)
    .where(and(eq(benchmarks.workspaceId, ws), sql`exists (select 1 from measurements m where m.measure_id = ${benchmarks.measureId})`))
    .limit(1);
  const [measure] = await db.select().from(measures).where(eq(measures.id, measureId));
  const [measurement] = await db.select().from(measurements).where(eq(measurements.measureId, measureId)).limit(1);
  const [benchmark] = await db.select().from(benchmarks).where(eq(benchmarks.measureId, measureId)).limit(1);
  const [link] = await db.select().from(objectiveLinks).where(eq(objectiveLinks.scorecardId, scorecard.id)).limit(1);
  const [initiative] = await db.select().from(initiatives).where(eq(initiatives.scorecardId, scorecard.id)).limit(1);
  // An objective not linked with the primary one either way, so that the first allowed role can link them.
  const [effect] = await db
    .select()
    .from(objectives)
    .where(
      and(
        eq(objectives.scorecardId, scorecard.id),
        ne(objectives.id, measure.objectiveId),
        sql`not exists (select 1 from objective_links l where (l.cause_id = ${measure.objectiveId} and l.effect_id = ${objectives.id}) or (l.effect_id = ${measure.objectiveId} and l.cause_id = ${objectives.id}))`,
      ),
    )
    .limit(1);
  const [canvas] = await db.select().from(canvases).where(eq(canvases.workspaceId, ws)).orderBy(asc(canvases.createdAt)).limit(1);
  const [noteLink] = await db.select().from(canvasNoteLinks).where(eq(canvasNoteLinks.workspaceId, ws)).limit(1);
  const [member] = await db.select().from(memberships).where(and(eq(memberships.workspaceId, ws), eq(memberships.role, 'viewer'))).limit(1);
  const [inv] = await db.insert(invitations).values(invitation(ws, inviter, `matrix-invitee-${Date.now().toString(36)}@e2e.test`)).returning();
  return {
    journey: journey.id, stage: stage.id, touchpoint: touchpoint.id, persona: journey.personaId!, scorecard: scorecard.id, perspective: perspective.id,
    objective: measure.objectiveId, effect: effect.id, objectiveLink: link.id, initiative: initiative.id, measure: measure.id,
    measureVersion: String(measure.version), measurement: measurement.id, benchmark: benchmark.id, canvas: canvas.id, canvasNote: noteLink.noteId,
    canvasNoteLink: noteLink.id, member: member.id, invitation: inv.id,
  };
}

const ids = (rows: { id: string }[], n = 3) => {
  if (rows.length < n) throw new Error(`matrix seed: only ${rows.length} rows to delete, ${n} needed`);
  return rows.slice(0, n).map((r) => r.id);
};

/** Rows of A the allowed roles delete, chosen away from the primaries and their ancestors. */
async function victims(db: Db, ws: string, p: MatrixIds, owner: U, passwordHash: string) {
  const other = await db.select({ id: journeys.id, personaId: journeys.personaId }).from(journeys).where(and(eq(journeys.workspaceId, ws), ne(journeys.id, p.journey)));
  const otherJourneys = other.map((j) => j.id);
  const extraScorecards = await db.insert(scorecards).values([1, 2, 3].map((i) => ({ workspaceId: ws, name: `Matrix victim ${i}` }))).returning();
  const extraCanvases = await db.insert(canvases).values([1, 2, 3].map((i) => ({ workspaceId: ws, name: `Matrix victim ${i}` }))).returning();
  const extraMembers: string[] = [];
  for (const i of [1, 2]) {
    const u = await user(db, `victim${i}`, passwordHash);
    const [m] = await db.insert(memberships).values({ workspaceId: ws, userId: u.id, role: 'viewer' }).returning();
    extraMembers.push(m.id);
  }
  const extraInvitations = await db.insert(invitations).values([1, 2].map((i) => invitation(ws, owner.id, `matrix-victim-inv${i}-${Date.now().toString(36)}@e2e.test`))).returning();
  const keepObjectives = [p.objective, p.effect];
  return {
    journeys: otherJourneys.slice(0, 3),
    personas: other.slice(0, 3).map((j) => j.personaId!),
    stages: ids(await db.select({ id: stages.id }).from(stages).where(inArray(stages.journeyId, otherJourneys))),
    touchpoints: ids(await db.select({ id: touchpoints.id }).from(touchpoints).where(and(eq(touchpoints.workspaceId, ws), ne(touchpoints.id, p.touchpoint)))),
    scorecards: extraScorecards.map((s) => s.id),
    objectives: ids(await db.select({ id: objectives.id }).from(objectives).where(and(eq(objectives.scorecardId, p.scorecard), notInArray(objectives.id, keepObjectives)))),
    'objective-links': ids(await db.select({ id: objectiveLinks.id }).from(objectiveLinks).where(and(eq(objectiveLinks.scorecardId, p.scorecard), ne(objectiveLinks.id, p.objectiveLink)))),
    initiatives: ids(await db.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.workspaceId, ws), ne(initiatives.id, p.initiative)))),
    measures: ids(await db.select({ id: measures.id }).from(measures).where(and(eq(measures.scorecardId, p.scorecard), ne(measures.id, p.measure)))),
    measurements: ids(await db.select({ id: measurements.id }).from(measurements).where(and(eq(measurements.workspaceId, ws), ne(measurements.id, p.measurement)))),
    benchmarks: ids(await db.select({ id: benchmarks.id }).from(benchmarks).where(and(eq(benchmarks.workspaceId, ws), ne(benchmarks.id, p.benchmark)))),
    canvases: extraCanvases.map((c) => c.id),
    'canvas-notes': ids(await db.select({ id: canvasNotes.id }).from(canvasNotes).where(and(eq(canvasNotes.canvasId, p.canvas), ne(canvasNotes.id, p.canvasNote)))),
    'canvas-note-links': ids(await db.select({ id: canvasNoteLinks.id }).from(canvasNoteLinks).where(and(eq(canvasNoteLinks.workspaceId, ws), ne(canvasNoteLinks.id, p.canvasNoteLink)))),
    members: extraMembers,
    invitations: extraInvitations.map((i) => i.id),
  };
}

export async function seedAccessMatrix(db: Db): Promise<MatrixFixture> {
  const password = 'matrix-' + Math.random().toString(36).slice(2, 10);
  const passwordHash = await hash(password);
  const owner = await user(db, 'owner', passwordHash);
  const a = await workspace(db, 'a', owner);
  // Three more journeys (each with its own persona) so that three roles can delete a journey, a persona and stages.
  await db.transaction(async (tx) => {
    for (let i = 0; i < 3; i++) await seedDemoJourney(tx, a.id, owner.id);
  });
  const roleUsers = { owner: owner.email } as Record<'owner' | 'admin' | 'editor' | 'viewer', string>;
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    const u = await user(db, role, passwordHash);
    await db.insert(memberships).values({ workspaceId: a.id, userId: u.id, role });
    roleUsers[role] = u.email;
  }
  const aIds = await primaries(db, a.id, owner.id);
  const aVictims = await victims(db, a.id, aIds, owner, passwordHash);

  const bOwner = await user(db, 'b-owner', passwordHash);
  const b = await workspace(db, 'b', bOwner);
  const bViewer = await user(db, 'b-viewer', passwordHash);
  await db.insert(memberships).values({ workspaceId: b.id, userId: bViewer.id, role: 'viewer' });
  const bIds = await primaries(db, b.id, bOwner.id);
  const token = newToken('wf_');
  await db.insert(apiTokens).values({ workspaceId: b.id, name: 'Matrix B owner token', role: 'owner', tokenHash: hashToken(token), prefix: token.slice(0, 7), createdBy: bOwner.id });

  const shareToken = newToken();
  const sharePassword = 'share-' + Math.random().toString(36).slice(2, 10);
  await db.insert(shareLinks).values({ workspaceId: a.id, scorecardId: aIds.scorecard, tokenHash: hashToken(shareToken), label: 'Matrix share', passwordHash: await hash(sharePassword), createdBy: owner.id });
  return {
    password,
    a: { slug: a.slug, users: roleUsers, ids: aIds, victims: aVictims },
    b: { slug: b.slug, member: bOwner.email, token, ids: bIds },
    share: { token: shareToken, password: sharePassword },
  };
}
