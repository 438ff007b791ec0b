import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { activities, measures, objectiveLinks, objectives, perspectives, scorecards, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const listActions = await import('@/app/(app)/w/[workspace]/scorecards/actions');
const actions = await import('@/app/(app)/w/[workspace]/scorecards/[id]/actions');
const { listScorecards } = await import('@/db/queries/scorecards');
const { describeActivity } = await import('@/lib/activity-text');

const t = useTestDatabase();

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let other: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  other = await makeWorkspace(t.db, ['owner']);
  session.user = ws.members[1].user; // an editor
});
const slug = () => ws.workspace.slug;
const perspectivesOf = (id: string) => t.db.select().from(perspectives).where(eq(perspectives.scorecardId, id)).orderBy(asc(perspectives.position));

describe('creating and listing scorecards', () => {
  it('creates the four perspectives (weights 1, positions 0–3) with the scorecard, and logs it', async () => {
    const r = await listActions.createScorecardAction(null, { workspace: slug(), name: '  Company ', description: 'FY26' });
    expect(r.ok).toBe(true);
    const id = (r as { data: { id: string } }).data.id;
    const [s] = await t.db.select().from(scorecards).where(eq(scorecards.id, id));
    expect(s).toMatchObject({ name: 'Company', description: 'FY26', greenThreshold: 0.9, amberThreshold: 0.7, version: 1 });
    const ps = await perspectivesOf(id);
    expect(ps.map((p) => [p.kind, p.label, p.weight, p.position])).toEqual([
      ['financial', 'Financial', 1, 0],
      ['customer', 'Customer', 1, 1],
      ['internal', 'Internal Process', 1, 2],
      ['learning', 'Learning & Growth', 1, 3],
    ]);
    const log = await t.db.select().from(activities).where(eq(activities.targetId, id));
    expect(log.map((a) => a.action)).toEqual(['scorecard.created']);
    expect(describeActivity(log[0])).toBe('created the scorecard “Company”');
  });

  it('lists only this workspace’s scorecards, with objective and measure counts', async () => {
    const { scorecard, objectives: objs } = await makeScorecard(t.db, ws.workspace.id, { name: 'Mine', perPerspective: 2 });
    await t.db.insert(measures).values({ workspaceId: ws.workspace.id, scorecardId: scorecard.id, objectiveId: objs[0].id, name: 'M1', unit: 'count', direction: 'higher', frequency: 'monthly', baseline: 0, position: 0 });
    await makeScorecard(t.db, other.workspace.id, { name: 'Theirs' });
    const rows = await listScorecards(ws.workspace.id);
    expect(rows.map((r) => [r.name, r.objectiveCount, r.measureCount])).toEqual([['Mine', 8, 1]]);
  });

  it('refuses an empty name and viewers, storing nothing', async () => {
    const before = await snapshot(t.db);
    expect(await listActions.createScorecardAction(null, { workspace: slug(), name: '  ' })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: ['Give the scorecard a name.'] } });
    session.user = ws.members[2].user;
    expect(await listActions.createScorecardAction(null, { workspace: slug(), name: 'X' })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = other.members[0].user;
    expect(await listActions.createScorecardAction(null, { workspace: slug(), name: 'X' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('scorecard settings', () => {
  it('saves name, thresholds (whole percents → fractions) and perspective labels/weights in one versioned save', async () => {
    const { scorecard, perspectives: p } = await makeScorecard(t.db, ws.workspace.id);
    const r = await actions.updateScorecardAction(null, {
      workspace: slug(),
      scorecardId: scorecard.id,
      version: 1,
      name: 'Company 2026',
      description: '',
      greenPercent: '85',
      amberPercent: '60',
      perspectives: [
        { id: p.customer.id, label: 'Clients', weight: '2' },
        { id: p.financial.id, label: 'Financial', weight: '1' },
      ],
    });
    expect(r).toMatchObject({ ok: true, data: { name: 'Company 2026', version: 2 } });
    const [s] = await t.db.select().from(scorecards).where(eq(scorecards.id, scorecard.id));
    expect(s).toMatchObject({ greenThreshold: 0.85, amberThreshold: 0.6, version: 2 });
    const ps = await perspectivesOf(scorecard.id);
    expect(ps.map((x) => [x.kind, x.label, x.weight])).toEqual([
      ['financial', 'Financial', 1],
      ['customer', 'Clients', 2],
      ['internal', 'Internal Process', 1],
      ['learning', 'Learning & Growth', 1],
    ]);
    const log = await t.db.select().from(activities).where(eq(activities.targetId, scorecard.id)).orderBy(asc(activities.createdAt));
    expect(log.map((a) => a.action)).toEqual(['scorecard.updated', 'perspective.updated']);
    expect(describeActivity(log[1])).toContain('renamed the perspective “Customer” to “Clients”');
  });

  it('refuses a stale version with the current values, and bad thresholds/labels/weights, storing nothing', async () => {
    const { scorecard, perspectives: p } = await makeScorecard(t.db, ws.workspace.id);
    await t.db.update(scorecards).set({ version: 2 }).where(eq(scorecards.id, scorecard.id));
    const before = await snapshot(t.db);
    const base = { workspace: slug(), scorecardId: scorecard.id, name: 'X', greenPercent: 90, amberPercent: 70 };
    const stale = await actions.updateScorecardAction(null, { ...base, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { version: 2, name: 'Company', perspectives: expect.any(Array) } });
    expect(await actions.updateScorecardAction(null, { ...base, version: 2, greenPercent: 60, amberPercent: 70 })).toMatchObject({
      ok: false,
      fieldErrors: { amberPercent: ['Amber must not be above green.'] },
    });
    expect(await actions.updateScorecardAction(null, { ...base, version: 2, greenPercent: 101, amberPercent: 'x' })).toMatchObject({
      ok: false,
      fieldErrors: { greenPercent: [expect.any(String)], amberPercent: [expect.any(String)] },
    });
    expect(await actions.updateScorecardAction(null, { ...base, version: 2, amberPercent: '' })).toMatchObject({ ok: false, fieldErrors: { amberPercent: ['Enter a whole percent from 0 to 100.'] } });
    const bad = await actions.updateScorecardAction(null, { ...base, version: 2, perspectives: [{ id: p.customer.id, label: ' ', weight: -1 }] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'perspectives.0.label': ['A perspective needs a label.'], 'perspectives.0.weight': ['A weight cannot be negative.'] } });
    const foreign = await makeScorecard(t.db, ws.workspace.id, { name: 'Other' });
    const after = await snapshot(t.db);
    const wrong = await actions.updateScorecardAction(null, { ...base, version: 2, perspectives: [{ id: foreign.perspectives.customer.id, label: 'Y', weight: 1 }] });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid' });
    expect(await snapshot(t.db)).toBe(after);
    expect(before).not.toBe(after);
  });

  it('deletes a scorecard with everything in it; another workspace’s id is not_found', async () => {
    const { scorecard, objectives: objs } = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
    await t.db.insert(objectiveLinks).values({ workspaceId: ws.workspace.id, scorecardId: scorecard.id, causeId: objs[3].id, effectId: objs[0].id });
    const foreign = await makeScorecard(t.db, other.workspace.id);
    expect(await listActions.deleteScorecardAction(null, { workspace: slug(), scorecardId: foreign.scorecard.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await listActions.deleteScorecardAction(null, { workspace: slug(), scorecardId: scorecard.id })).toMatchObject({ ok: true });
    expect(await t.db.select().from(objectives).where(eq(objectives.scorecardId, scorecard.id))).toEqual([]);
    expect(await t.db.select().from(perspectives).where(eq(perspectives.scorecardId, scorecard.id))).toEqual([]);
    expect(await t.db.select().from(objectiveLinks)).toEqual([]);
    const [log] = await t.db.select().from(activities).where(eq(activities.action, 'scorecard.deleted'));
    expect(log).toMatchObject({ targetId: scorecard.id, targetLabel: 'Company' });
  });
});
