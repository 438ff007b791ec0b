import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, journeys, personas, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The editor's client components ask for the router; the pages are rendered outside an app router here.
vi.mock('next/navigation', async (orig) => ({
  ...(await orig<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {} }),
}));

const { createPersonaAction, updatePersonaAction, deletePersonaAction } = await import('@/app/(app)/w/[workspace]/personas/actions');
const { listPersonas, getPersona, createPersona } = await import('@/db/queries/personas');
const { createJourney } = await import('@/db/queries/journeys');
const { default: PersonasPage } = await import('@/app/(app)/w/[workspace]/personas/(list)/page');
const { default: PersonaPage } = await import('@/app/(app)/w/[workspace]/personas/[id]/page');
const { renderToStaticMarkup } = await import('react-dom/server');
const { describeActivity } = await import('@/lib/activity-text');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
});

const actor = (u: User) => ({ userId: u.id, tokenId: null, name: u.name });
const form = (extra: Record<string, unknown> = {}) => ({
  workspace: world.a.slug,
  name: 'Budget-minded Ben',
  segment: 'Students',
  color: 'teal',
  goals: 'Save money\n\n  Finish quickly  \n',
  needs: '',
  frustrations: 'Hidden fees',
  ...extra,
});
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

describe('persona actions', () => {
  it('creates from a form (one list item per line, blank lines dropped) and logs it', async () => {
    const { id } = ok<{ id: string }>(await createPersonaAction(null, form()));
    const p = await getPersona(world.a.id, id);
    expect(p).toMatchObject({ name: 'Budget-minded Ben', segment: 'Students', color: 'teal', goals: ['Save money', 'Finish quickly'], needs: [], frustrations: ['Hidden fees'], version: 1, journeys: [] });
    const log = await t.db.select().from(activities).where(eq(activities.targetId, id));
    expect(log).toMatchObject([{ action: 'persona.created', targetType: 'persona', actorUserId: world.byRole.editor.id, workspaceId: world.a.id }]);
  });

  it.each([
    ['a blank name', { name: '  ' }, 'name'],
    ['an 81-character name', { name: 'x'.repeat(81) }, 'name'],
    ['an 81-character segment', { segment: 's'.repeat(81) }, 'segment'],
    ['a 2001-character description', { description: 'd'.repeat(2001) }, 'description'],
    ['21 goals', { goals: Array.from({ length: 21 }, (_, i) => `goal ${i}`).join('\n') }, 'goals'],
    ['a 201-character need', { needs: `ok\n${'n'.repeat(201)}` }, 'needs.1'],
    ['a colour outside the palette', { color: 'pink' }, 'color'],
  ])('refuses %s with a field error and stores nothing', async (_label, extra, field) => {
    const before = await snapshot(t.db);
    const r = await createPersonaAction(null, form(extra));
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(r.ok ? {} : r.fieldErrors).toHaveProperty([field]);
    if (!r.ok) expect(r.values?.name).toBe(form(extra).name); // the form gets its text back
    expect(await snapshot(t.db)).toBe(before);
  });

  it('lets editors, admins and owners write; viewers read but are refused; outsiders get not_found', async () => {
    for (const role of ['editor', 'admin', 'owner'] as const) {
      session.user = world.byRole[role];
      ok(await createPersonaAction(null, form({ name: `By ${role}` })));
    }
    const p = await createPersona(world.a.id, actor(world.byRole.owner), { name: 'Target' });
    const before = await snapshot(t.db);
    session.user = world.byRole.viewer;
    expect(await createPersonaAction(null, form())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await updatePersonaAction(null, form({ personaId: p.id, version: '1' }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await deletePersonaAction(null, { workspace: world.a.slug, personaId: p.id })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = world.outsider;
    expect(await updatePersonaAction(null, form({ personaId: p.id, version: '1' }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
    expect((await listPersonas(world.a.id)).map((x) => x.name)).toEqual(['By admin', 'By editor', 'By owner', 'Target']);
  });

  it('updates from the version read; a stale save is a conflict carrying the current persona, and writes nothing', async () => {
    const p = await createPersona(world.a.id, actor(world.byRole.owner), { name: 'Ben', goals: ['Save'] });
    const saved = ok<{ version: number }>(await updatePersonaAction(null, form({ personaId: p.id, version: '1', name: 'Ben B.' })));
    expect(saved.version).toBe(2);
    const before = await snapshot(t.db);
    const stale = await updatePersonaAction(null, form({ personaId: p.id, version: '1', name: 'Mine' }));
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { id: p.id, name: 'Ben B.', version: 2, goals: ['Save money', 'Finish quickly'] } });
    if (!stale.ok) expect(stale.values?.name).toBe('Mine');
    expect(await snapshot(t.db)).toBe(before);
    const log = await t.db.select().from(activities).where(eq(activities.action, 'persona.updated'));
    expect(log).toHaveLength(1);
    expect(log[0].data).toMatchObject({ fields: expect.arrayContaining(['name', 'segment', 'color', 'goals', 'frustrations']) });
    expect(describeActivity(log[0])).toMatch(/^edited the persona “Ben B\.” \(name, segment, /);
  });

  it('deletes a persona and keeps its journeys, without a persona, in one logged step', async () => {
    const p = await createPersona(world.a.id, actor(world.byRole.owner), { name: 'Ben' });
    const j = await createJourney(world.a.id, actor(world.byRole.owner), { name: 'Onboarding', personaId: p.id, template: 'blank' });
    expect((await listPersonas(world.a.id))[0].journeyCount).toBe(1);
    expect((await getPersona(world.a.id, p.id))?.journeys).toEqual([{ id: j.id, name: 'Onboarding', status: 'active' }]);
    const r = ok<{ journeysKept: number }>(await deletePersonaAction(null, { workspace: world.a.slug, personaId: p.id }));
    expect(r.journeysKept).toBe(1);
    expect(await t.db.select().from(personas)).toHaveLength(0);
    const [kept] = await t.db.select().from(journeys).where(eq(journeys.id, j.id));
    expect(kept.personaId).toBeNull();
    const [log] = await t.db.select().from(activities).where(eq(activities.action, 'persona.deleted'));
    expect(log).toMatchObject({ targetId: p.id, targetLabel: 'Ben', data: { journeysKept: 1 } });
    expect(describeActivity(log)).toBe('deleted the persona “Ben” (its journey was kept)');
  });

  it('never reaches another workspace’s persona: not_found, nothing changed', async () => {
    const theirs = await createPersona(world.b.id, actor(world.outsider), { name: 'Theirs' });
    const before = await snapshot(t.db);
    expect(await getPersona(world.a.id, theirs.id)).toBeNull();
    expect(await updatePersonaAction(null, form({ personaId: theirs.id, version: '1' }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await deletePersonaAction(null, { workspace: world.a.slug, personaId: theirs.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await listPersonas(world.a.id)).toEqual([]);
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('persona pages', () => {
  const listHtml = async () => renderToStaticMarkup(await PersonasPage({ params: Promise.resolve({ workspace: world.a.slug }) }));
  const detailHtml = async (id: string) => renderToStaticMarkup(await PersonaPage({ params: Promise.resolve({ workspace: world.a.slug, id }) }));

  it('shows viewers everything read-only, and editors the edit and delete controls', async () => {
    session.user = world.byRole.viewer;
    expect(await listHtml()).toContain('No personas yet');
    expect(await listHtml()).not.toContain('New persona');
    const p = await createPersona(world.a.id, actor(world.byRole.owner), { name: 'Ana Lytic', segment: 'Analysts', goals: ['See the numbers'], color: 'violet' });
    await createJourney(world.a.id, actor(world.byRole.owner), { name: 'Reporting', personaId: p.id, template: 'blank' });
    const list = await listHtml();
    expect(list).toContain('Ana Lytic');
    expect(list).toContain('Analysts');
    expect(list).toContain('1 journey');
    expect(list).toContain('bg-violet-600');
    const viewer = await detailHtml(p.id);
    expect(viewer).toContain('See the numbers');
    expect(viewer).toContain(`/w/${world.a.slug}/journeys/`);
    expect(viewer).not.toContain('Edit persona');
    expect(viewer).not.toContain('Delete persona');
    session.user = world.byRole.editor;
    const editor = await detailHtml(p.id);
    expect(editor).toContain('Edit persona');
    expect(editor).toContain('Delete persona');
    expect(await listHtml()).toContain('New persona');
  });

  it('answers 404 for another workspace’s persona and a malformed id', async () => {
    const theirs = await createPersona(world.b.id, actor(world.outsider), { name: 'Theirs' });
    for (const id of [theirs.id, 'nope']) await expect(detailHtml(id)).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });
});
