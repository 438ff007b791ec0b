import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, canvasNoteLinks, journeys, personas, stages, touchpointItems, touchpoints, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('@/app/(app)/w/[workspace]/canvases/actions');
const { createCanvas } = await import('@/db/queries/canvases');
const { createNote } = await import('@/db/queries/canvas-notes');
const { listCanvasLinks, listLinkTargets, listNotesLinkedTo, listJourneyCanvasNotes } = await import('@/db/queries/canvas-links');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
});
const actor = (u: User) => ({ userId: u.id, tokenId: null, name: u.name });

async function journeyIn(workspaceId: string) {
  const [p] = await t.db.insert(personas).values({ workspaceId, name: 'Ben' }).returning();
  const [j] = await t.db.insert(journeys).values({ workspaceId, name: 'Buy' }).returning();
  const [s] = await t.db.insert(stages).values({ workspaceId, journeyId: j.id, name: 'Decide', position: 0 }).returning();
  const [tp] = await t.db.insert(touchpoints).values({ workspaceId, journeyId: j.id, stageId: s.id, name: 'Checkout', position: 0 }).returning();
  const [pain] = await t.db.insert(touchpointItems).values({ workspaceId, journeyId: j.id, touchpointId: tp.id, kind: 'pain_point', text: 'Slow delivery', position: 0 }).returning();
  const [idea] = await t.db.insert(touchpointItems).values({ workspaceId, journeyId: j.id, touchpointId: tp.id, kind: 'opportunity', text: 'Lockers', position: 0 }).returning();
  return { p, j, s, tp, pain, idea };
}

describe('note links', () => {
  it('links notes by block kind, shows them on both sides and unlinks', async () => {
    const x = await journeyIn(world.a.id);
    const c = await createCanvas(world.a.id, actor(world.byRole.editor), { name: 'Today', description: '' });
    const note = (block: 'channels' | 'customer_segments' | 'value_propositions' | 'key_partners', text: string) =>
      createNote(world.a.id, actor(world.byRole.editor), { canvasId: c.id, block, text, color: 'yellow' });
    const ch = await note('channels', 'Web shop');
    const seg = await note('customer_segments', 'Students');
    const vp = await note('value_propositions', 'Next-day delivery');
    const kp = await note('key_partners', 'Couriers');
    const ws = world.a.slug;

    const l1 = await actions.linkNoteAction(null, { workspace: ws, noteId: ch.id, targetId: x.tp.id });
    expect(l1).toMatchObject({ ok: true, data: { kind: 'touchpoint', label: 'Checkout' } });
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: seg.id, targetId: x.p.id })).toMatchObject({ ok: true });
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: vp.id, targetId: x.pain.id })).toMatchObject({ ok: true });

    const before = await snapshot(t.db);
    // Wrong kinds, an opportunity instead of a pain point, a duplicate, a block without links, a viewer: refused, nothing written.
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: seg.id, targetId: x.tp.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: vp.id, targetId: x.idea.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: ch.id, targetId: x.tp.id })).toMatchObject({ ok: false, error: 'The note is already linked to that.' });
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: kp.id, targetId: x.tp.id })).toMatchObject({ ok: false, error: 'Notes in Key Partners do not link to the journey.' });
    session.user = world.byRole.viewer;
    expect(await actions.linkNoteAction(null, { workspace: ws, noteId: ch.id, targetId: x.p.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot(t.db)).toBe(before);
    session.user = world.byRole.editor;

    const links = await listCanvasLinks(world.a.id, c.id);
    expect(links.map((l) => [l.kind, l.label, l.journeyName])).toEqual([
      ['touchpoint', 'Checkout', 'Buy'],
      ['persona', 'Ben', null],
      ['pain_point', 'Slow delivery', 'Buy'],
    ]);
    expect(await listNotesLinkedTo(world.a.id, 'touchpoint', [x.tp.id])).toMatchObject([{ targetId: x.tp.id, text: 'Web shop', canvasName: 'Today', block: 'channels' }]);
    expect(await listNotesLinkedTo(world.a.id, 'persona', [x.p.id])).toMatchObject([{ text: 'Students' }]);
    expect(await listNotesLinkedTo(world.a.id, 'pain_point', [x.pain.id])).toMatchObject([{ text: 'Next-day delivery' }]);
    expect(await listNotesLinkedTo(world.b.id, 'touchpoint', [x.tp.id])).toEqual([]);

    expect((await listJourneyCanvasNotes(world.a.id, x.j.id)).map((n) => [n.stageId, n.text, n.touchpointId, n.touchpointName, n.painPointId, n.painPoint])).toEqual([
      [x.s.id, 'Web shop', x.tp.id, 'Checkout', null, null],
      [x.s.id, 'Next-day delivery', x.tp.id, 'Checkout', x.pain.id, 'Slow delivery'],
    ]);
    expect(await listJourneyCanvasNotes(world.b.id, x.j.id)).toEqual([]);

    const targets = await listLinkTargets(world.a.id);
    expect(targets.touchpoint).toEqual([{ id: x.tp.id, label: 'Buy › Decide › Checkout' }]);
    expect(targets.pain_point).toEqual([{ id: x.pain.id, label: 'Slow delivery (Buy › Decide › Checkout)' }]);
    expect(targets.persona).toEqual([{ id: x.p.id, label: 'Ben' }]);

    expect(await actions.unlinkNoteAction(null, { workspace: ws, linkId: links[0].id })).toMatchObject({ ok: true });
    expect(await listNotesLinkedTo(world.a.id, 'touchpoint', [x.tp.id])).toEqual([]);
    const logged = await t.db.select({ action: activities.action, data: activities.data }).from(activities).where(eq(activities.action, 'canvas_note.unlinked'));
    expect(logged).toEqual([{ action: 'canvas_note.unlinked', data: { note: 'Web shop', target: 'Checkout' } }]);
  });

  it('another workspace’s targets are not found; deleting the target removes the link', async () => {
    const mine = await journeyIn(world.a.id);
    const theirs = await journeyIn(world.b.id);
    const c = await createCanvas(world.a.id, actor(world.byRole.editor), { name: 'Today', description: '' });
    const ch = await createNote(world.a.id, actor(world.byRole.editor), { canvasId: c.id, block: 'channels', text: 'Web', color: 'yellow' });
    expect(await actions.linkNoteAction(null, { workspace: world.a.slug, noteId: ch.id, targetId: theirs.tp.id })).toMatchObject({ ok: false, code: 'not_found' });
    session.user = world.outsider;
    expect(await actions.linkNoteAction(null, { workspace: world.b.slug, noteId: ch.id, targetId: theirs.tp.id })).toMatchObject({ ok: false, code: 'not_found' });
    session.user = world.byRole.editor;
    expect(await actions.linkNoteAction(null, { workspace: world.a.slug, noteId: ch.id, targetId: mine.tp.id })).toMatchObject({ ok: true });
    await t.db.delete(touchpoints).where(eq(touchpoints.id, mine.tp.id));
    expect(await t.db.select().from(canvasNoteLinks)).toEqual([]);
  });
});
