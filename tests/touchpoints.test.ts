import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { memberships, touchpointItems, touchpoints, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { activityOf, makeJourneyTeam } from './support/journey-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const A = await import('@/app/(app)/w/[workspace]/journeys/[id]/actions');
const { getJourneyMap } = await import('@/db/queries/journey-map');
const { leaveWorkspace, removeMember } = await import('@/db/queries/members');

const t = useTestDatabase();
let team: Awaited<ReturnType<typeof makeJourneyTeam>>;
beforeEach(async () => {
  team = await makeJourneyTeam(t.db);
  session.user = team.editor;
});
const base = () => ({ workspace: team.workspace.slug, journeyId: team.journey.id });
const add = async (stageIdx: number, name: string, extra: Record<string, unknown> = {}) => {
  const r = await A.createTouchpointAction(null, { ...base(), stageId: team.stages[stageIdx].id, name, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
};
const names = async (stageIdx: number) => {
  const rows = await t.db.select().from(touchpoints).where(eq(touchpoints.stageId, team.stages[stageIdx].id)).orderBy(asc(touchpoints.position));
  return rows.map((r) => `${r.position}:${r.name}`);
};

describe('touchpoints', () => {
  it('creates with every field and its items, at the end or at a position', async () => {
    const a = await add(0, 'Ad', { channel: 'advertising', mode: 'digital', ownerId: team.owner.id, emotion: '1', customerActions: 'Sees an ad', isMomentOfTruth: true, momentPolarity: 'positive', proactiveStrategy: 'Wow them', painPoints: [{ text: 'Too loud' }], opportunities: [{ text: 'Target better' }] });
    expect(a).toMatchObject({ name: 'Ad', channel: 'advertising', ownerId: team.owner.id, emotion: 1, isMomentOfTruth: true, momentPolarity: 'positive', painPoints: [{ text: 'Too loud' }], opportunities: [{ text: 'Target better' }] });
    await add(0, 'Blog');
    await add(0, 'Friend', { position: '0' });
    expect(await names(0)).toEqual(['0:Friend', '1:Ad', '2:Blog']);
    expect(await activityOf(t.db, team.workspace.id)).toEqual(['journey.created', 'touchpoint.created', 'touchpoint.created', 'touchpoint.created']);
  });

  it('updates items keeping the ids of items that remain, adding and deleting the others', async () => {
    const tp = await add(0, 'Ad', { painPoints: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }] });
    const [one, , three] = tp.painPoints;
    const r = await A.updateTouchpointAction(null, {
      ...base(), touchpointId: tp.id, version: tp.version, name: 'Ad v2', channel: 'web', mode: 'physical', ownerId: '', customerActions: '', emotion: '', expectations: 'Fast', perceptions: '',
      isMomentOfTruth: false, momentPolarity: '', proactiveStrategy: '', reactiveStrategy: '',
      painPoints: [{ id: three.id, text: 'Three!' }, { text: 'Four' }, { id: one.id, text: 'One' }],
      opportunities: [{ text: 'Idea' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ name: 'Ad v2', mode: 'physical', emotion: null, expectations: 'Fast', version: 2 });
    expect(r.data.painPoints.map((i) => i.text)).toEqual(['Three!', 'Four', 'One']);
    expect(r.data.painPoints[0].id).toBe(three.id);
    expect(r.data.painPoints[2].id).toBe(one.id);
    expect(await t.db.select().from(touchpointItems)).toHaveLength(4);
  });

  it('refuses a stale version with a conflict carrying the current touchpoint, saving nothing', async () => {
    const tp = await add(0, 'Ad');
    const full = { ...base(), touchpointId: tp.id, channel: 'web', mode: 'digital', painPoints: [], opportunities: [] };
    expect(await A.updateTouchpointAction(null, { ...full, version: 1, name: 'First' })).toMatchObject({ ok: true });
    const stale = await A.updateTouchpointAction(null, { ...full, version: 1, name: 'Second' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { name: 'First', version: 2 } });
    expect(await names(0)).toEqual(['0:First']);
  });

  it('requires the owner to be a member, and the emotion to be −2…2', async () => {
    const other = await makeJourneyTeam(t.db);
    const r = await A.createTouchpointAction(null, { ...base(), stageId: team.stages[0].id, name: 'X', ownerId: other.owner.id });
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { ownerId: expect.any(Array) } });
    const bad = await A.createTouchpointAction(null, { ...base(), stageId: team.stages[0].id, name: 'X', emotion: '3' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { emotion: expect.any(Array) } });
    expect(await t.db.select().from(touchpoints)).toHaveLength(0);
  });

  it('moves between stages and within a stage, rewriting positions of both stages', async () => {
    const a = await add(0, 'A');
    await add(0, 'B');
    await add(1, 'C');
    const moved = await A.moveTouchpointAction(null, { ...base(), touchpointId: a.id, stageId: team.stages[1].id, position: 0, version: a.version });
    expect(moved).toMatchObject({ ok: true, data: { stageId: team.stages[1].id, version: 2 } });
    expect(await names(0)).toEqual(['0:B']);
    expect(await names(1)).toEqual(['0:A', '1:C']);
    const within = await A.moveTouchpointAction(null, { ...base(), touchpointId: a.id, stageId: team.stages[1].id, position: 1, version: 2 });
    expect(within.ok).toBe(true);
    expect(await names(1)).toEqual(['0:C', '1:A']);
    const stale = await A.moveTouchpointAction(null, { ...base(), touchpointId: a.id, stageId: team.stages[0].id, position: 0, version: 2 });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect((await activityOf(t.db, team.workspace.id)).filter((x) => x === 'touchpoint.moved')).toHaveLength(2);
  });

  it("answers not_found for another workspace's touchpoint or stage", async () => {
    const other = await makeJourneyTeam(t.db);
    session.user = other.owner;
    const foreign = await A.createTouchpointAction(null, { workspace: other.workspace.slug, journeyId: other.journey.id, stageId: other.stages[0].id, name: 'Theirs' });
    if (!foreign.ok) throw new Error('setup');
    session.user = team.editor;
    const mine = await add(0, 'Mine');
    expect(await A.deleteTouchpointAction(null, { ...base(), touchpointId: foreign.data.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await A.createTouchpointAction(null, { ...base(), stageId: other.stages[0].id, name: 'X' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await A.moveTouchpointAction(null, { ...base(), touchpointId: mine.id, stageId: other.stages[0].id, position: 0, version: 1 })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await t.db.select().from(touchpoints)).toHaveLength(2);
  });

  it('deletes with its items; viewers are refused', async () => {
    const tp = await add(0, 'Ad', { opportunities: [{ text: 'Idea' }] });
    session.user = team.viewer;
    expect(await A.deleteTouchpointAction(null, { ...base(), touchpointId: tp.id })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = team.editor;
    expect(await A.deleteTouchpointAction(null, { ...base(), touchpointId: tp.id })).toMatchObject({ ok: true });
    expect(await t.db.select().from(touchpointItems)).toHaveLength(0);
    expect((await activityOf(t.db, team.workspace.id)).at(-1)).toBe('touchpoint.deleted');
  });

  it("clears a removed member's ownership", async () => {
    const tp = await add(0, 'Ad', { ownerId: team.editor.id });
    const [m] = await t.db.select().from(memberships).where(eq(memberships.userId, team.editor.id));
    await removeMember(team.workspace.id, { actor: { userId: team.owner.id, tokenId: null, name: 'o' }, role: 'owner' }, m.id);
    const [row] = await t.db.select().from(touchpoints).where(eq(touchpoints.id, tp.id));
    expect(row.ownerId).toBeNull();
    const map = await getJourneyMap(team.workspace.id, team.journey.id);
    expect(map?.stages[0].touchpoints[0]).toMatchObject({ ownerId: null, ownerName: null });
  });

  it("clears the ownership of a member who leaves", async () => {
    const mine = await add(0, 'Ad', { ownerId: team.viewer.id });
    await leaveWorkspace(team.workspace.id, team.viewer);
    const [row] = await t.db.select().from(touchpoints).where(eq(touchpoints.id, mine.id));
    expect(row.ownerId).toBeNull();
  });
});
