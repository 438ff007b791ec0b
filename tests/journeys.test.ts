import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { activities, journeys, stages, touchpointItems, touchpoints, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney, makePersona } from './support/journeys';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// Client components of the page call useRouter(); outside a mounted app router they get a stub.
vi.mock('next/navigation', async (orig) => ({ ...(await orig<typeof import('next/navigation')>()), useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const actions = await import('@/app/(app)/w/[workspace]/journeys/actions');
const { listJourneys } = await import('@/db/queries/journeys');
const { getJourneyMap } = await import('@/db/queries/journey-map');
const { default: JourneysPage } = await import('@/app/(app)/w/[workspace]/journeys/page');
const { renderToStaticMarkup } = await import('react-dom/server');

const t = useTestDatabase();

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let other: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  other = await makeWorkspace(t.db, ['owner']);
  session.user = ws.members[1].user; // an editor
});
const slug = () => ws.workspace.slug;
const activityOf = (targetId: string) => t.db.select().from(activities).where(eq(activities.targetId, targetId)).orderBy(asc(activities.createdAt));

describe('creating journeys', () => {
  it('creates the template’s stages in order, with the persona, and logs it', async () => {
    const persona = await makePersona(t.db, ws.workspace.id, 'Pat');
    const r = await actions.createJourneyAction(null, { workspace: slug(), name: '  Onboarding ', template: 'aipp', personaId: persona.id });
    expect(r.ok).toBe(true);
    const id = (r as { data: { id: string } }).data.id;
    const map = await getJourneyMap(ws.workspace.id, id);
    expect(map?.journey).toMatchObject({ name: 'Onboarding', persona: { id: persona.id, name: 'Pat' }, status: 'active' });
    expect(map?.stages.map((s) => s.name)).toEqual(['Awareness', 'Interest', 'Purchase', 'Post-purchase']);
    expect((await activityOf(id)).map((a) => a.action)).toEqual(['journey.created']);
  });

  it('a blank template has no stages; a form’s empty persona means none', async () => {
    const r = await actions.createJourneyAction(null, { workspace: slug(), name: 'Blank one', template: 'blank', personaId: '' });
    const map = await getJourneyMap(ws.workspace.id, (r as { data: { id: string } }).data.id);
    expect(map?.stages).toEqual([]);
    expect(map?.journey.persona).toBeNull();
  });

  it('refuses bad input and another workspace’s persona, storing nothing', async () => {
    const foreign = await makePersona(t.db, other.workspace.id);
    const before = await snapshot(t.db);
    const bad = await actions.createJourneyAction(null, { workspace: slug(), name: ' ', template: 'nope' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: ['Enter a name.'], template: [expect.any(String)] } });
    const r = await actions.createJourneyAction(null, { workspace: slug(), name: 'X', template: 'acdr', personaId: foreign.id });
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { personaId: ['Choose a persona of this workspace.'] } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('viewers are refused', async () => {
    session.user = ws.members[2].user;
    expect(await actions.createJourneyAction(null, { workspace: slug(), name: 'X', template: 'acdr' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('editing, archiving and conflicts', () => {
  it('updates name, description and persona, bumping the version', async () => {
    const { journey } = await makeJourney(t.db, ws.workspace.id);
    const p = await makePersona(t.db, ws.workspace.id);
    const r = await actions.updateJourneyAction(null, { workspace: slug(), journeyId: journey.id, version: '1', name: 'Renamed', description: 'New words', personaId: p.id });
    expect(r).toMatchObject({ ok: true, data: { name: 'Renamed', description: 'New words', personaId: p.id, version: 2 } });
    const [log] = await activityOf(journey.id);
    expect(log).toMatchObject({ action: 'journey.updated', targetLabel: 'Renamed' });
  });

  it('a stale version is a conflict carrying the current values, and changes nothing', async () => {
    const { journey } = await makeJourney(t.db, ws.workspace.id);
    await actions.updateJourneyAction(null, { workspace: slug(), journeyId: journey.id, version: '1', name: 'Theirs', description: '' });
    const before = await snapshot(t.db);
    const r = await actions.updateJourneyAction(null, { workspace: slug(), journeyId: journey.id, version: '1', name: 'Mine', description: '' });
    expect(r).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Theirs', version: 2 }, values: { name: 'Mine' } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('archives and unarchives (versioned), and the list shows status and counts', async () => {
    const { journey } = await makeJourney(t.db, ws.workspace.id, { stageCount: 3, perStage: 4 });
    const a = await actions.setJourneyStatusAction(null, { workspace: slug(), journeyId: journey.id, version: '1', status: 'archived' });
    expect(a).toMatchObject({ ok: true, data: { status: 'archived', version: 2 } });
    expect(await actions.setJourneyStatusAction(null, { workspace: slug(), journeyId: journey.id, version: '1', status: 'active' })).toMatchObject({ code: 'conflict' });
    const [row] = await listJourneys(ws.workspace.id);
    expect(row).toMatchObject({ id: journey.id, status: 'archived', stageCount: 3, touchpointCount: 12 });
    await actions.setJourneyStatusAction(null, { workspace: slug(), journeyId: journey.id, version: '2', status: 'active' });
    expect((await activityOf(journey.id)).map((x) => x.action)).toEqual(['journey.archived', 'journey.unarchived']);
  });

  it('another workspace’s journey or persona is not found / invalid, changing nothing', async () => {
    const theirs = await makeJourney(t.db, other.workspace.id);
    const mine = await makeJourney(t.db, ws.workspace.id);
    const foreignPersona = await makePersona(t.db, other.workspace.id);
    const before = await snapshot(t.db);
    const id = theirs.journey.id;
    expect(await actions.updateJourneyAction(null, { workspace: slug(), journeyId: id, version: '1', name: 'Hijack', description: '' })).toMatchObject({ code: 'not_found' });
    expect(await actions.setJourneyStatusAction(null, { workspace: slug(), journeyId: id, version: '1', status: 'archived' })).toMatchObject({ code: 'not_found' });
    expect(await actions.duplicateJourneyAction(null, { workspace: slug(), journeyId: id })).toMatchObject({ code: 'not_found' });
    expect(await actions.deleteJourneyAction(null, { workspace: slug(), journeyId: id })).toMatchObject({ code: 'not_found' });
    const r = await actions.updateJourneyAction(null, { workspace: slug(), journeyId: mine.journey.id, version: '1', name: 'X', description: '', personaId: foreignPersona.id });
    expect(r).toMatchObject({ code: 'invalid', fieldErrors: { personaId: [expect.any(String)] } });
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('duplicating and deleting', () => {
  it('deep-copies stages, touchpoints and items with new ids and the same content', async () => {
    const p = await makePersona(t.db, ws.workspace.id);
    const src = await makeJourney(t.db, ws.workspace.id, { name: 'Checkout', stageCount: 3, perStage: 3, personaId: p.id });
    const r = await actions.duplicateJourneyAction(null, { workspace: slug(), journeyId: src.journey.id });
    expect(r).toMatchObject({ ok: true, data: { name: 'Copy of Checkout' } });
    const copyId = (r as { data: { id: string } }).data.id;
    const a = (await getJourneyMap(ws.workspace.id, src.journey.id))!;
    const b = (await getJourneyMap(ws.workspace.id, copyId))!;
    expect(b.journey).toMatchObject({ name: 'Copy of Checkout', description: a.journey.description, persona: a.journey.persona, status: 'active' });
    const strip = (m: typeof a) =>
      m.stages.map((s) => ({
        name: s.name,
        position: s.position,
        touchpoints: s.touchpoints.map((tp) => ({ ...tp, id: '', stageId: '', painPoints: tp.painPoints.map((i) => i.text), opportunities: tp.opportunities.map((i) => i.text) })),
      }));
    expect(strip(b)).toEqual(strip(a));
    const idsOf = (m: typeof a) => [
      ...m.stages.map((s) => s.id),
      ...m.stages.flatMap((s) => s.touchpoints.flatMap((tp) => [tp.id, ...tp.painPoints.map((i) => i.id), ...tp.opportunities.map((i) => i.id)])),
    ];
    const shared = idsOf(b).filter((id) => idsOf(a).includes(id));
    expect(shared).toEqual([]);
    expect(idsOf(b)).toHaveLength(idsOf(a).length);
    // Every copied touchpoint points at a stage of the copy.
    const copyTps = await t.db.select().from(touchpoints).where(eq(touchpoints.journeyId, copyId));
    const copyStages = new Set(b.stages.map((s) => s.id));
    expect(copyTps.every((tp) => copyStages.has(tp.stageId))).toBe(true);
    expect((await activityOf(copyId)).map((x) => x.action)).toEqual(['journey.duplicated']);
  });

  it('delete removes the journey with its stages, touchpoints and items, and logs it', async () => {
    const keep = await makeJourney(t.db, ws.workspace.id);
    const gone = await makeJourney(t.db, ws.workspace.id, { name: 'Old one' });
    const r = await actions.deleteJourneyAction(null, { workspace: slug(), journeyId: gone.journey.id });
    expect(r).toMatchObject({ ok: true, data: { name: 'Old one' } });
    const left = (table: typeof stages | typeof touchpoints | typeof touchpointItems) =>
      t.db.select().from(table).where(and(eq(table.workspaceId, ws.workspace.id), eq(table.journeyId, gone.journey.id)));
    expect(await left(stages)).toEqual([]);
    expect(await left(touchpoints)).toEqual([]);
    expect(await left(touchpointItems)).toEqual([]);
    expect((await t.db.select({ id: journeys.id }).from(journeys)).map((j) => j.id)).toEqual([keep.journey.id]);
    expect(await getJourneyMap(ws.workspace.id, keep.journey.id)).not.toBeNull();
    expect((await activityOf(gone.journey.id)).map((x) => x.action)).toEqual(['journey.deleted']);
  });
});

describe('the journeys page', () => {
  const render = async () => renderToStaticMarkup(await JourneysPage({ params: Promise.resolve({ workspace: slug() }) }));

  it('lists journeys with persona and counts; editors get the create button and row menus', async () => {
    const p = await makePersona(t.db, ws.workspace.id, 'Quinn');
    await makeJourney(t.db, ws.workspace.id, { name: 'Mapped one', stageCount: 3, perStage: 2, personaId: p.id });
    const html = await render();
    expect(html).toContain('Mapped one');
    expect(html).toContain('Quinn');
    expect(html).toContain('New journey');
    expect(html).toContain('Actions for Mapped one');
  });

  it('viewers see the same list read-only: no create button, no row menus', async () => {
    await makeJourney(t.db, ws.workspace.id, { name: 'Mapped one' });
    session.user = ws.members[2].user;
    const html = await render();
    expect(html).toContain('Mapped one');
    expect(html).not.toContain('New journey');
    expect(html).not.toContain('Actions for');
  });

  it('says what to do next when there are no journeys', async () => {
    expect(await render()).toContain('No journeys yet');
  });
});

describe('journey events in the activity log', () => {
  it('read as sentences', async () => {
    const { describeActivity } = await import('@/lib/activity-text');
    const { journey } = await makeJourney(t.db, ws.workspace.id, { name: 'Old' });
    await actions.updateJourneyAction(null, { workspace: slug(), journeyId: journey.id, version: '1', name: 'New', description: 'Seeded' });
    await actions.duplicateJourneyAction(null, { workspace: slug(), journeyId: journey.id });
    const rows = await t.db.select().from(activities).orderBy(asc(activities.createdAt));
    expect(rows.map((r) => describeActivity(r))).toEqual(['renamed the journey “Old” to “New”', 'duplicated “New” as “Copy of New”']);
  });
});
