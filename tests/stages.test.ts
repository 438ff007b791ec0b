import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { journeys, stages, touchpointItems, touchpoints, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { activityOf, makeJourneyTeam } from './support/journey-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const A = await import('@/app/(app)/w/[workspace]/journeys/[id]/actions');

const t = useTestDatabase();
let team: Awaited<ReturnType<typeof makeJourneyTeam>>;
beforeEach(async () => {
  team = await makeJourneyTeam(t.db);
  session.user = team.editor;
});
const base = () => ({ workspace: team.workspace.slug, journeyId: team.journey.id });
const order = async () => (await t.db.select().from(stages).where(eq(stages.journeyId, team.journey.id)).orderBy(asc(stages.position))).map((s) => s.name);

describe('stages', () => {
  it('adds at the end and at a position, shifting later stages', async () => {
    expect(await A.createStageAction(null, { ...base(), name: 'Advocacy' })).toMatchObject({ ok: true });
    expect(await A.createStageAction(null, { ...base(), name: 'Research', position: '1' })).toMatchObject({ ok: true });
    expect(await order()).toEqual(['Awareness', 'Research', 'Consideration', 'Decision', 'Retention', 'Advocacy']);
    expect(await activityOf(t.db, team.workspace.id)).toEqual(['journey.created', 'stage.created', 'stage.created']);
  });

  it('renames from the version read; a stale version is a conflict carrying the current stage', async () => {
    const s = team.stages[0];
    const ok = await A.updateStageAction(null, { ...base(), stageId: s.id, name: 'Discover', description: 'First contact', version: '1' });
    expect(ok).toMatchObject({ ok: true, data: { name: 'Discover', version: 2 } });
    const stale = await A.updateStageAction(null, { ...base(), stageId: s.id, name: 'Mine', version: '1' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Discover', description: 'First contact', version: 2 } });
    expect(await order()).toContain('Discover');
  });

  it('refuses invalid input and stores nothing', async () => {
    const r = await A.createStageAction(null, { ...base(), name: '   ' });
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: expect.any(Array) } });
    expect(await order()).toHaveLength(4);
    expect(await activityOf(t.db, team.workspace.id)).toEqual(['journey.created']);
  });

  it('deletes a stage with its touchpoints and their items', async () => {
    const s = team.stages[1];
    const tp = await A.createTouchpointAction(null, { ...base(), stageId: s.id, name: 'Pricing page', painPoints: [{ text: 'Hidden fees' }] });
    expect(tp.ok).toBe(true);
    const r = await A.deleteStageAction(null, { ...base(), stageId: s.id });
    expect(r).toMatchObject({ ok: true, data: { name: 'Consideration', touchpointCount: 1 } });
    expect(await t.db.select().from(touchpoints)).toHaveLength(0);
    expect(await t.db.select().from(touchpointItems)).toHaveLength(0);
    expect((await activityOf(t.db, team.workspace.id)).at(-1)).toBe('stage.deleted');
  });

  it('reorders from the journey version and the full id list, bumping the version', async () => {
    const ids = team.stages.map((s) => s.id);
    const next = [ids[3], ids[0], ids[1], ids[2]];
    const r = await A.reorderStagesAction(null, { ...base(), version: 1, stageIds: next });
    expect(r).toMatchObject({ ok: true, data: { version: 2, stageIds: next } });
    expect(await order()).toEqual(['Retention', 'Awareness', 'Consideration', 'Decision']);
    const [j] = await t.db.select().from(journeys).where(eq(journeys.id, team.journey.id));
    expect(j.version).toBe(2);
    expect((await activityOf(t.db, team.workspace.id)).at(-1)).toBe('stage.reordered');
  });

  it('refuses a reorder from a stale journey version, or with a different id set, changing nothing', async () => {
    const ids = team.stages.map((s) => s.id);
    await A.reorderStagesAction(null, { ...base(), version: 1, stageIds: [ids[1], ids[0], ids[2], ids[3]] });
    const stale = await A.reorderStagesAction(null, { ...base(), version: 1, stageIds: [ids[3], ids[2], ids[1], ids[0]] });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { version: 2, stageIds: [ids[1], ids[0], ids[2], ids[3]] } });
    const missing = await A.reorderStagesAction(null, { ...base(), version: 2, stageIds: [ids[0], ids[1], ids[2]] });
    expect(missing).toMatchObject({ ok: false, code: 'conflict' });
    expect(await order()).toEqual(['Consideration', 'Awareness', 'Decision', 'Retention']);
  });

  it("answers not_found for another journey's or workspace's stage, and forbids viewers", async () => {
    const other = await makeJourneyTeam(t.db);
    const foreign = other.stages[0];
    expect(await A.updateStageAction(null, { ...base(), stageId: foreign.id, name: 'X', version: 1 })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await A.deleteStageAction(null, { ...base(), stageId: foreign.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await A.createStageAction(null, { ...base(), journeyId: other.journey.id, name: 'X' })).toMatchObject({ ok: false, code: 'not_found' });
    session.user = team.viewer;
    expect(await A.createStageAction(null, { ...base(), name: 'X' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await t.db.select().from(stages)).toHaveLength(8);
  });
});
