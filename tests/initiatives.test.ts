import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { activities, initiatives, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('@/app/(app)/w/[workspace]/scorecards/[id]/actions');
const { listInitiatives } = await import('@/db/queries/initiatives');
const { getScorecardView } = await import('@/db/queries/scorecard-view');
const { removeMember } = await import('@/db/queries/members');
const { describeActivity } = await import('@/lib/activity-text');

const t = useTestDatabase();

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let other: Awaited<ReturnType<typeof makeWorkspace>>;
let sc: Awaited<ReturnType<typeof makeScorecard>>;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  other = await makeWorkspace(t.db, ['owner']);
  sc = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
  session.user = ws.members[1].user;
});
const base = () => ({ workspace: ws.workspace.slug, scorecardId: sc.scorecard.id });
const objectiveId = () => sc.objectives[0].id;
const row = async (id: string) => (await t.db.select().from(initiatives).where(eq(initiatives.id, id)))[0];
const idOf = (r: unknown) => (r as { data: { id: string } }).data.id;

describe('initiatives', () => {
  it('creates with every field; the scorecard view flags an overdue one that is not done', async () => {
    const r = await actions.createInitiativeAction(null, {
      ...base(),
      objectiveId: objectiveId(),
      name: ' Launch loyalty programme ',
      ownerId: ws.members[2].user.id,
      status: 'at_risk',
      startDate: '2026-01-05',
      dueDate: '2026-03-31',
      progress: '40',
    });
    const id = idOf(r);
    expect(await row(id)).toMatchObject({ name: 'Launch loyalty programme', status: 'at_risk', startDate: '2026-01-05', dueDate: '2026-03-31', progress: 40, position: 0, version: 1 });
    idOf(await actions.createInitiativeAction(null, { ...base(), objectiveId: objectiveId(), name: 'Done thing', status: 'done', dueDate: '2026-01-01' }));
    const listed = await listInitiatives(ws.workspace.id, objectiveId());
    expect(listed.map((i) => [i.name, i.ownerName, i.position])).toEqual([['Launch loyalty programme', ws.members[2].user.name, 0], ['Done thing', null, 1]]);
    const view = await getScorecardView(ws.workspace.id, sc.scorecard.id, { timeZone: 'UTC', now: new Date('2026-04-10T12:00:00Z') });
    const inits = view!.perspectives.flatMap((p) => p.objectives).flatMap((o) => o.initiatives);
    expect(inits.map((i) => [i.name, i.overdue])).toEqual([['Launch loyalty programme', true], ['Done thing', false]]);
    const [log] = await t.db.select().from(activities).where(eq(activities.targetId, id));
    expect(describeActivity(log)).toBe(`added the initiative “Launch loyalty programme” to “${sc.objectives[0].name}”`);
  });

  it('refuses due before start, progress outside 0–100, an unknown status, a non-member owner and a foreign objective, storing nothing', async () => {
    const foreign = await makeScorecard(t.db, other.workspace.id, { perPerspective: 1 });
    const before = await snapshot(t.db);
    const mk = (extra: Record<string, unknown>) => actions.createInitiativeAction(null, { ...base(), objectiveId: objectiveId(), name: 'X', ...extra });
    expect(await mk({ startDate: '2026-05-01', dueDate: '2026-04-01' })).toMatchObject({ ok: false, fieldErrors: { dueDate: ['The due date cannot be before the start.'] } });
    expect(await mk({ progress: '101' })).toMatchObject({ ok: false, fieldErrors: { progress: ['Progress is at most 100%.'] } });
    expect(await mk({ progress: '-1', status: 'late', startDate: '2026-13-01' })).toMatchObject({
      ok: false,
      fieldErrors: { progress: [expect.any(String)], status: ['Choose planned, on track, at risk or done.'], startDate: ['Enter a date (YYYY-MM-DD).'] },
    });
    expect(await mk({ ownerId: other.members[0].user.id })).toMatchObject({ ok: false, fieldErrors: { ownerId: ['Choose a member of this workspace.'] } });
    expect(await mk({ objectiveId: foreign.objectives[0].id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('updates from the version read (stale → conflict with the current row; dates checked against the saved ones), then deletes', async () => {
    const id = idOf(await actions.createInitiativeAction(null, { ...base(), objectiveId: objectiveId(), name: 'Pilot', startDate: '2026-02-01' }));
    const edit = { ...base(), initiativeId: id, name: 'Pilot v2', status: 'on_track', startDate: '2026-02-01', dueDate: '2026-06-30', progress: '10' };
    expect(await actions.updateInitiativeAction(null, { ...edit, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await row(id)).toMatchObject({ name: 'Pilot v2', status: 'on_track', dueDate: '2026-06-30', progress: 10 });
    const before = await snapshot(t.db);
    expect(await actions.updateInitiativeAction(null, { ...edit, version: 1, name: 'Mine' })).toMatchObject({ ok: false, code: 'conflict', current: { version: 2, name: 'Pilot v2' } });
    expect(await actions.updateInitiativeAction(null, { ...edit, version: 2, dueDate: '2026-01-01' })).toMatchObject({ ok: false, fieldErrors: { dueDate: [expect.any(String)] } });
    expect(await snapshot(t.db)).toBe(before);
    expect(await actions.deleteInitiativeAction(null, { ...base(), initiativeId: id })).toMatchObject({ ok: true, data: { name: 'Pilot v2' } });
    expect(await row(id)).toBeUndefined();
    const log = await t.db.select().from(activities).where(eq(activities.targetId, id)).orderBy(asc(activities.createdAt));
    expect(log.map((l) => l.action)).toEqual(['initiative.created', 'initiative.updated', 'initiative.deleted']);
    expect(describeActivity(log[1])).toContain('of the initiative “Pilot v2”');
  });

  it('removing the owner from the workspace empties the initiative’s owner; viewers cannot write', async () => {
    const id = idOf(await actions.createInitiativeAction(null, { ...base(), objectiveId: objectiveId(), name: 'Owned', ownerId: ws.members[2].user.id }));
    session.user = ws.members[2].user;
    const before = await snapshot(t.db);
    expect(await actions.deleteInitiativeAction(null, { ...base(), initiativeId: id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot(t.db)).toBe(before);
    await removeMember(ws.workspace.id, { actor: { userId: ws.members[0].user.id, tokenId: null, name: 'O' }, role: 'owner' }, ws.members[2].membershipId);
    expect((await row(id)).ownerId).toBeNull();
  });
});
