import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { activities, initiatives, measures, objectiveLinks, objectives, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney } from './support/journeys';
import { makeScorecard, objectiveRow } from './support/scorecards';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('@/app/(app)/w/[workspace]/scorecards/[id]/actions');
const { listObjectives } = await import('@/db/queries/objectives');
const { deleteStage } = await import('@/db/queries/stages');
const { deleteJourney } = await import('@/db/queries/journeys');
const { removeMember } = await import('@/db/queries/members');
const { describeActivity } = await import('@/lib/activity-text');

const t = useTestDatabase();

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let other: Awaited<ReturnType<typeof makeWorkspace>>;
let sc: Awaited<ReturnType<typeof makeScorecard>>;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  other = await makeWorkspace(t.db, ['owner']);
  sc = await makeScorecard(t.db, ws.workspace.id);
  session.user = ws.members[1].user;
});
const base = () => ({ workspace: ws.workspace.slug, scorecardId: sc.scorecard.id });
const actor = () => ({ actor: { userId: ws.members[0].user.id, tokenId: null, name: 'Owner' }, role: 'owner' as const });
const create = (perspectiveId: string, extra: Record<string, unknown> = {}) => actions.createObjectiveAction(null, { ...base(), perspectiveId, name: 'Grow revenue', ...extra });
const idOf = (r: unknown) => (r as { data: { id: string } }).data.id;

describe('objectives', () => {
  it('adds objectives at the end of a perspective with owner, weight and aligned stage', async () => {
    const { stages } = await makeJourney(t.db, ws.workspace.id, { stageCount: 1, perStage: 0 });
    const a = idOf(await create(sc.perspectives.financial.id, { ownerId: ws.members[2].user.id, weight: '2.5', stageId: stages[0].id, description: 'Top line' }));
    const b = idOf(await create(sc.perspectives.financial.id, { name: 'Cut costs', ownerId: '', stageId: '' }));
    expect(await objectiveRow(t.db, a)).toMatchObject({ position: 0, weight: 2.5, stageId: stages[0].id, ownerId: ws.members[2].user.id, description: 'Top line' });
    expect(await objectiveRow(t.db, b)).toMatchObject({ position: 1, weight: 1, stageId: null, ownerId: null });
    const listed = await listObjectives(ws.workspace.id, sc.scorecard.id);
    expect(listed.map((o) => [o.name, o.ownerName])).toEqual([['Grow revenue', ws.members[2].user.name], ['Cut costs', null]]);
    const [log] = await t.db.select().from(activities).where(eq(activities.targetId, a));
    expect(describeActivity(log)).toBe('added the objective “Grow revenue” to Financial');
  });

  it('refuses a non-member owner, a stage of another workspace, a perspective of another scorecard and bad input, storing nothing', async () => {
    const foreignStage = (await makeJourney(t.db, other.workspace.id, { stageCount: 1, perStage: 0 })).stages[0];
    const otherCard = await makeScorecard(t.db, ws.workspace.id, { name: 'Other' });
    const before = await snapshot(t.db);
    expect(await create(sc.perspectives.customer.id, { ownerId: other.members[0].user.id })).toMatchObject({ ok: false, fieldErrors: { ownerId: ['Choose a member of this workspace.'] } });
    expect(await create(sc.perspectives.customer.id, { stageId: foreignStage.id })).toMatchObject({ ok: false, fieldErrors: { stageId: ['Choose a journey stage of this workspace.'] } });
    expect(await create(otherCard.perspectives.customer.id)).toMatchObject({ ok: false, fieldErrors: { perspectiveId: ['Choose a perspective of this scorecard.'] } });
    expect(await create(sc.perspectives.customer.id, { name: '', weight: '-1' })).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)], weight: ['A weight cannot be negative.'] } });
    expect(await create(sc.perspectives.customer.id, { weight: 'abc' })).toMatchObject({ ok: false, fieldErrors: { weight: ['Enter a number.'] } });
    expect(await create(sc.perspectives.customer.id, { weight: ' ' })).toMatchObject({ ok: false, fieldErrors: { weight: ['Enter a number.'] } }); // cleared ≠ 0
    expect(await snapshot(t.db)).toBe(before);
  });

  it('edits from the version read, moves to another perspective, and answers a stale version with the current row', async () => {
    const id = idOf(await create(sc.perspectives.financial.id));
    await create(sc.perspectives.customer.id, { name: 'Delight customers' });
    const edit = { ...base(), objectiveId: id, name: 'Grow revenue 10%', weight: 3 };
    const r = await actions.updateObjectiveAction(null, { ...edit, version: 1, perspectiveId: sc.perspectives.customer.id });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await objectiveRow(t.db, id)).toMatchObject({ perspectiveId: sc.perspectives.customer.id, position: 1, weight: 3, name: 'Grow revenue 10%' });
    const log = await t.db.select().from(activities).where(eq(activities.targetId, id)).orderBy(asc(activities.createdAt));
    expect(log.map((a) => a.action)).toEqual(['objective.created', 'objective.moved', 'objective.updated']);
    const before = await snapshot(t.db);
    const stale = await actions.updateObjectiveAction(null, { ...edit, version: 1, perspectiveId: sc.perspectives.customer.id, name: 'Mine' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { version: 2, name: 'Grow revenue 10%' } });
    const foreign = await actions.updateObjectiveAction(null, { ...edit, version: 2, perspectiveId: sc.perspectives.customer.id, scorecardId: (await makeScorecard(t.db, ws.workspace.id)).scorecard.id });
    expect(foreign).toMatchObject({ ok: false, code: 'not_found' });
    expect(JSON.parse(await snapshot(t.db)).objectives).toEqual(JSON.parse(before).objectives);
  });

  it('reorders within a perspective from its version; a stale version or a changed set is a conflict', async () => {
    const p = sc.perspectives.internal;
    const ids = [idOf(await create(p.id, { name: 'A' })), idOf(await create(p.id, { name: 'B' })), idOf(await create(p.id, { name: 'C' }))];
    const r = await actions.reorderObjectivesAction(null, { ...base(), perspectiveId: p.id, version: 1, objectiveIds: [ids[2], ids[0], ids[1]] });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await listObjectives(ws.workspace.id, sc.scorecard.id)).map((o) => o.name)).toEqual(['C', 'A', 'B']);
    expect(await actions.reorderObjectivesAction(null, { ...base(), perspectiveId: p.id, version: 1, objectiveIds: ids })).toMatchObject({ ok: false, code: 'conflict', current: { version: 2 } });
    expect(await actions.reorderObjectivesAction(null, { ...base(), perspectiveId: p.id, version: 2, objectiveIds: ids.slice(1) })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('deletes an objective with its measures, initiatives and links', async () => {
    const a = idOf(await create(sc.perspectives.learning.id, { name: 'Skills' }));
    const b = idOf(await create(sc.perspectives.internal.id, { name: 'Quality' }));
    await actions.createLinkAction(null, { ...base(), causeId: a, effectId: b });
    await actions.createInitiativeAction(null, { ...base(), objectiveId: a, name: 'Training' });
    await t.db.insert(measures).values({ workspaceId: ws.workspace.id, scorecardId: sc.scorecard.id, objectiveId: a, name: 'Hours', unit: 'count', direction: 'higher', frequency: 'monthly', baseline: 0, position: 0 });
    expect(await actions.deleteObjectiveAction(null, { ...base(), objectiveId: a })).toMatchObject({ ok: true, data: { name: 'Skills' } });
    expect(await t.db.select().from(objectiveLinks)).toEqual([]);
    expect(await t.db.select().from(initiatives)).toEqual([]);
    expect(await t.db.select().from(measures)).toEqual([]);
    expect((await t.db.select().from(objectives)).map((o) => o.id)).toEqual([b]);
  });

  it('deleting a stage or its journey clears the alignment; removing a member empties the owner', async () => {
    const { journey, stages } = await makeJourney(t.db, ws.workspace.id, { stageCount: 2, perStage: 0 });
    const a = idOf(await create(sc.perspectives.customer.id, { stageId: stages[0].id, ownerId: ws.members[2].user.id }));
    const b = idOf(await create(sc.perspectives.customer.id, { stageId: stages[1].id }));
    await deleteStage(ws.workspace.id, actor().actor, stages[0].id);
    expect((await objectiveRow(t.db, a)).stageId).toBeNull();
    expect((await objectiveRow(t.db, b)).stageId).toBe(stages[1].id);
    await deleteJourney(ws.workspace.id, actor().actor, journey.id);
    expect((await objectiveRow(t.db, b)).stageId).toBeNull();
    await removeMember(ws.workspace.id, actor(), ws.members[2].membershipId);
    expect((await objectiveRow(t.db, a)).ownerId).toBeNull();
  });
});

describe('cause → effect links', () => {
  it('links two objectives of the scorecard; refuses self, duplicates, the reverse and other scorecards with clear messages', async () => {
    const a = idOf(await create(sc.perspectives.learning.id, { name: 'Skills' }));
    const b = idOf(await create(sc.perspectives.financial.id, { name: 'Revenue' }));
    const foreign = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
    const r = await actions.createLinkAction(null, { ...base(), causeId: a, effectId: b });
    expect(r).toMatchObject({ ok: true, data: { causeId: a, effectId: b } });
    const before = await snapshot(t.db);
    expect(await actions.createLinkAction(null, { ...base(), causeId: a, effectId: b })).toMatchObject({ ok: false, fieldErrors: { effectId: ['“Skills” already drives “Revenue”.'] } });
    expect(await actions.createLinkAction(null, { ...base(), causeId: b, effectId: a })).toMatchObject({ ok: false, fieldErrors: { effectId: [expect.stringContaining('cannot go both ways')] } });
    expect(await actions.createLinkAction(null, { ...base(), causeId: a, effectId: a })).toMatchObject({ ok: false, fieldErrors: { effectId: ['An objective cannot drive itself.'] } });
    expect(await actions.createLinkAction(null, { ...base(), causeId: a, effectId: foreign.objectives[0].id })).toMatchObject({ ok: false, fieldErrors: { effectId: ['Choose an objective of the same scorecard.'] } });
    expect(await actions.createLinkAction(null, { ...base(), causeId: foreign.objectives[0].id, effectId: a })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
    const linkId = (r as { data: { id: string } }).data.id;
    expect(await actions.deleteLinkAction(null, { ...base(), linkId })).toMatchObject({ ok: true });
    expect(await t.db.select().from(objectiveLinks)).toEqual([]);
    const log = await t.db.select().from(activities).where(eq(activities.targetId, a)).orderBy(asc(activities.createdAt));
    expect(log.map((l) => describeActivity(l)).slice(1)).toEqual(['linked “Skills” as a driver of “Revenue”', 'removed the link from “Skills” to “Revenue”']);
  });
});
