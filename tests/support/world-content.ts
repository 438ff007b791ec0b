import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  benchmarks,
  canvases,
  canvasNotes,
  initiatives,
  journeys,
  measurements,
  measures,
  memberships,
  objectives,
  personas,
  perspectives,
  scorecards,
  stages,
  touchpointItems,
  touchpoints,
  type User,
} from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { createBenchmark } from '@/db/queries/benchmarks';
import { addNoteLink } from '@/db/queries/canvas-links';
import { createNote } from '@/db/queries/canvas-notes';
import { createCanvas } from '@/db/queries/canvases';
import { createInitiative } from '@/db/queries/initiatives';
import { createInvitation } from '@/db/queries/invitations';
import { createJourney } from '@/db/queries/journeys';
import { createMeasure } from '@/db/queries/measures';
import { createObjectiveLink } from '@/db/queries/objective-links';
import { createObjective } from '@/db/queries/objectives';
import { createPersona } from '@/db/queries/personas';
import { createScorecard } from '@/db/queries/scorecards';
import { createShareLink } from '@/db/queries/share-links';
import { createTouchpoint } from '@/db/queries/touchpoints';
import { recordForMeasure } from '@/lib/measurements/service';

/**
 * One row of every kind a server action takes an id of, made through the app's own queries, so that a
 * matrix can fill every id field with a row of this workspace. `member` is a non-owner membership that
 * actions may change or remove; `invitee` is the email of the pending invitation.
 */
export async function seedContent(db: Db, workspaceId: string, owner: User, member: { id: string }) {
  const actor = { userId: owner.id, tokenId: null, name: owner.name };
  const persona = await createPersona(workspaceId, actor, { name: 'Pat' });
  const journey = await createJourney(workspaceId, actor, { name: 'Onboarding', template: 'acdr', personaId: persona.id });
  const stageRows = await db.select().from(stages).where(eq(stages.journeyId, journey.id)).orderBy(asc(stages.position));
  const tp = await createTouchpoint(workspaceId, actor, { journeyId: journey.id, stageId: stageRows[0].id, name: 'Welcome mail', painPoints: [{ text: 'Too long' }] });
  const [painPoint] = await db.select().from(touchpointItems).where(eq(touchpointItems.touchpointId, tp.id));

  const sc = await createScorecard(workspaceId, actor, { name: 'Company' });
  const ps = await db.select().from(perspectives).where(eq(perspectives.scorecardId, sc.id)).orderBy(asc(perspectives.position));
  const objective = await createObjective(workspaceId, actor, { scorecardId: sc.id, perspectiveId: ps[1].id, name: 'Delight customers' });
  const objective2 = await createObjective(workspaceId, actor, { scorecardId: sc.id, perspectiveId: ps[1].id, name: 'Grow loyalty' });
  const objective3 = await createObjective(workspaceId, actor, { scorecardId: sc.id, perspectiveId: ps[0].id, name: 'Grow revenue' });
  const link = await createObjectiveLink(workspaceId, actor, { scorecardId: sc.id, causeId: objective.id, effectId: objective2.id });
  const initiative = await createInitiative(workspaceId, actor, { scorecardId: sc.id, objectiveId: objective.id, name: 'Onboarding revamp' });
  const measure = await createMeasure(workspaceId, actor, {
    scorecardId: sc.id,
    objectiveId: objective.id,
    fields: { name: 'NPS', unit: 'score', direction: 'higher', frequency: 'monthly', baseline: 10, targets: [{ from: '2026-01', target: 40 }] },
  });
  await recordForMeasure(workspaceId, actor, measure.id, [{ period: '2026-01', value: 20 }], 'manual');
  const benchmark = await createBenchmark(workspaceId, actor, measure.id, {
    kind: 'industry_average',
    competitorName: '',
    value: 30,
    asOf: '2026-01-15',
    periodLabel: '',
    source: '',
    sourceUrl: '',
  } as never);

  const canvas = await createCanvas(workspaceId, actor, { name: 'Model', description: '' });
  const note = await createNote(workspaceId, actor, { canvasId: canvas.id, block: 'channels', text: 'Mail', color: 'yellow' });
  const noteLink = await addNoteLink(workspaceId, actor, note.id, tp.id);
  const segmentNote = await createNote(workspaceId, actor, { canvasId: canvas.id, block: 'customer_segments', text: 'Families', color: 'yellow' });
  const share = await createShareLink(workspaceId, actor, {
    scorecardId: sc.id,
    label: 'Board',
    expiresAt: null,
    passwordHash: null,
    includeStrategyMap: false,
    includeJourneys: false,
  });
  const token = await createApiToken(workspaceId, actor, { name: 'CI', role: 'editor' });
  const invitee = `invitee-${workspaceId.slice(0, 8)}@test.local`;
  const { invitation, token: invitationToken } = await createInvitation(workspaceId, { actor, role: 'owner' }, { email: invitee, role: 'viewer' });

  // Versions as they stand after seeding (creating children bumps some parents).
  const v = async <T extends { version: number }>(rows: Promise<T[]>) => (await rows)[0].version;
  const [mm] = await db.select().from(measurements).where(eq(measurements.measureId, measure.id));
  return {
    personaId: persona.id,
    personaVersion: await v(db.select().from(personas).where(eq(personas.id, persona.id))),
    journeyId: journey.id,
    journeyVersion: await v(db.select().from(journeys).where(eq(journeys.id, journey.id))),
    stageIds: stageRows.map((s) => s.id),
    stageId: stageRows[0].id,
    stageVersion: stageRows[0].version,
    stage2Id: stageRows[1].id,
    touchpointId: tp.id,
    touchpointVersion: await v(db.select().from(touchpoints).where(eq(touchpoints.id, tp.id))),
    painPointId: painPoint.id,
    scorecardId: sc.id,
    scorecardVersion: await v(db.select().from(scorecards).where(eq(scorecards.id, sc.id))),
    perspectives: ps.map((p) => ({ id: p.id, label: p.label, weight: p.weight })),
    perspectiveId: ps[1].id,
    perspectiveVersion: await v(db.select().from(perspectives).where(eq(perspectives.id, ps[1].id))),
    objectiveId: objective.id,
    objective2Id: objective2.id,
    objective3Id: objective3.id,
    objectiveVersion: await v(db.select().from(objectives).where(eq(objectives.id, objective.id))),
    objectiveLinkId: link.id,
    initiativeId: initiative.id,
    initiativeVersion: await v(db.select().from(initiatives).where(eq(initiatives.id, initiative.id))),
    measureId: measure.id,
    measureVersion: await v(db.select().from(measures).where(eq(measures.id, measure.id))),
    measurementId: mm.id,
    measurementVersion: mm.version,
    benchmarkId: benchmark.id,
    benchmarkVersion: await v(db.select().from(benchmarks).where(eq(benchmarks.id, benchmark.id))),
    canvasId: canvas.id,
    canvasVersion: await v(db.select().from(canvases).where(eq(canvases.id, canvas.id))),
    noteId: note.id,
    noteVersion: await v(db.select().from(canvasNotes).where(eq(canvasNotes.id, note.id))),
    noteLinkId: noteLink.id,
    segmentNoteId: segmentNote.id,
    shareLinkId: share.id,
    shareToken: share.token,
    tokenId: token.id,
    tokenSecret: token.secret,
    invitationId: invitation.id,
    invitationToken,
    invitee,
    memberId: member.id,
    memberVersion: await v(db.select().from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, member.id)))),
  };
}
export type WorldContent = Awaited<ReturnType<typeof seedContent>>;
