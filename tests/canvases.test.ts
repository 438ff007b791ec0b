import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, canvases, canvasNoteLinks, canvasNotes, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const actions = await import('@/app/(app)/w/[workspace]/canvases/actions');
const { getCanvasWithNotes, listCanvases, createCanvas } = await import('@/db/queries/canvases');
const { createNote, listBlockNotes } = await import('@/db/queries/canvas-notes');
const { createPersona } = await import('@/db/queries/personas');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
});

const actor = (u: User) => ({ userId: u.id, tokenId: null, name: u.name });
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};
const mkCanvas = async (name = 'Today') => createCanvas(world.a.id, actor(world.byRole.editor), { name, description: '' });

describe('canvas actions', () => {
  it('creates, renames (versioned) and deletes a canvas, each with an activity row', async () => {
    const { id } = ok<{ id: string }>(await actions.createCanvasAction(null, { workspace: world.a.slug, name: '  Today ', description: '' }));
    expect((await listCanvases(world.a.id)).map((c) => [c.name, c.noteCount])).toEqual([['Today', 0]]);
    ok(await actions.updateCanvasAction(null, { workspace: world.a.slug, canvasId: id, version: '1', name: 'Now', description: 'x' }));
    const stale = await actions.updateCanvasAction(null, { workspace: world.a.slug, canvasId: id, version: '1', name: 'Later', description: '' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Now', version: 2 } });
    ok(await actions.deleteCanvasAction(null, { workspace: world.a.slug, canvasId: id }));
    expect(await listCanvases(world.a.id)).toEqual([]);
    const logged = await t.db.select({ action: activities.action }).from(activities).where(eq(activities.workspaceId, world.a.id));
    expect(logged.map((a) => a.action).sort()).toEqual(['canvas.created', 'canvas.deleted', 'canvas.updated']);
  });

  it('refuses bad input, viewers and outsiders without changing a row', async () => {
    const c = await mkCanvas();
    const before = await snapshot(t.db);
    expect(await actions.createCanvasAction(null, { workspace: world.a.slug, name: '  ' })).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name.'] } });
    const long = await actions.createNoteAction(null, { workspace: world.a.slug, canvasId: c.id, block: 'channels', text: 'x'.repeat(281) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { text: ['Keep a note to 280 characters.'] } });
    const block = await actions.createNoteAction(null, { workspace: world.a.slug, canvasId: c.id, block: 'nope', text: 'hi' });
    expect(block).toMatchObject({ ok: false, fieldErrors: { block: ['Choose one of the nine blocks.'] } });
    const colour = await actions.createNoteAction(null, { workspace: world.a.slug, canvasId: c.id, block: 'channels', text: 'hi', color: 'red' });
    expect(colour).toMatchObject({ ok: false, fieldErrors: { color: ['Choose a colour from the palette.'] } });
    session.user = world.byRole.viewer;
    expect(await actions.createNoteAction(null, { workspace: world.a.slug, canvasId: c.id, block: 'channels', text: 'hi' })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = world.outsider;
    expect(await actions.deleteCanvasAction(null, { workspace: world.a.slug, canvasId: c.id })).toMatchObject({ ok: false, code: 'not_found' });
    // An editor of B cannot reach A's canvas through B's slug.
    expect(await actions.createNoteAction(null, { workspace: world.b.slug, canvasId: c.id, block: 'channels', text: 'hi' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('notes', () => {
  it('appends notes per block, edits them with versions and closes the gap on delete', async () => {
    const c = await mkCanvas();
    const ws = world.a.slug;
    const a = ok<{ id: string; position: number }>(await actions.createNoteAction(null, { workspace: ws, canvasId: c.id, block: 'channels', text: 'Website' }));
    const b = ok<{ id: string; position: number }>(await actions.createNoteAction(null, { workspace: ws, canvasId: c.id, block: 'channels', text: 'Stores', color: 'blue' }));
    const s = ok<{ position: number }>(await actions.createNoteAction(null, { workspace: ws, canvasId: c.id, block: 'customer_segments', text: 'Students' }));
    expect([a.position, b.position, s.position]).toEqual([0, 1, 0]);

    const saved = ok<{ version: number; text: string }>(await actions.updateNoteAction(null, { workspace: ws, noteId: a.id, version: '1', text: 'Web shop', color: 'green' }));
    expect(saved).toMatchObject({ version: 2, text: 'Web shop' });
    const stale = await actions.updateNoteAction(null, { workspace: ws, noteId: a.id, version: '1', text: 'Mine', color: 'yellow' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { text: 'Web shop', color: 'green', version: 2 } });

    ok(await actions.deleteNoteAction(null, { workspace: ws, noteId: a.id }));
    expect((await listBlockNotes(world.a.id, c.id, 'channels')).map((n) => [n.text, n.position])).toEqual([['Stores', 0]]);
    const full = await getCanvasWithNotes(world.a.id, c.id);
    expect(full!.notes.map((n) => n.block)).toEqual(['channels', 'customer_segments']);
    const logged = await t.db.select({ action: activities.action, data: activities.data }).from(activities).where(eq(activities.action, 'canvas_note.deleted'));
    expect(logged).toEqual([{ action: 'canvas_note.deleted', data: { note: 'Web shop', block: 'Channels' } }]);
  });

  it('another workspace’s canvas id is not found', async () => {
    const c = await mkCanvas();
    await expect(createNote(world.b.id, actor(world.outsider), { canvasId: c.id, block: 'channels', text: 'x', color: 'yellow' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await getCanvasWithNotes(world.b.id, c.id)).toBeNull();
  });
});

describe('duplicate', () => {
  it('copies the notes and their links into a new canvas in one go; the source is untouched', async () => {
    const c = await mkCanvas('Today');
    const ed = actor(world.byRole.editor);
    const n1 = await createNote(world.a.id, ed, { canvasId: c.id, block: 'customer_segments', text: 'Students', color: 'pink' });
    await createNote(world.a.id, ed, { canvasId: c.id, block: 'customer_segments', text: 'Parents', color: 'yellow' });
    await createNote(world.a.id, ed, { canvasId: c.id, block: 'revenue_streams', text: 'Subscriptions', color: 'green' });
    const p = await createPersona(world.a.id, ed, { name: 'Ben' });
    await t.db.insert(canvasNoteLinks).values({ workspaceId: world.a.id, noteId: n1.id, personaId: p.id });

    const copy = ok<{ id: string; name: string }>(await actions.duplicateCanvasAction(null, { workspace: world.a.slug, canvasId: c.id }));
    expect(copy.name).toBe('Copy of Today');
    const dup = await getCanvasWithNotes(world.a.id, copy.id);
    expect(dup!.notes.map((n) => [n.block, n.text, n.color, n.position, n.version])).toEqual([
      ['customer_segments', 'Students', 'pink', 0, 1],
      ['customer_segments', 'Parents', 'yellow', 1, 1],
      ['revenue_streams', 'Subscriptions', 'green', 0, 1],
    ]);
    const students = dup!.notes[0];
    expect(students.id).not.toBe(n1.id);
    expect(students.originId).toBe(n1.id);
    const links = await t.db.select().from(canvasNoteLinks).where(eq(canvasNoteLinks.noteId, students.id));
    expect(links).toMatchObject([{ personaId: p.id, workspaceId: world.a.id }]);
    expect((await t.db.select().from(canvasNotes).where(eq(canvasNotes.canvasId, c.id))).length).toBe(3);
    expect((await t.db.select().from(canvases)).length).toBe(2);
  });

  it('deleting a canvas removes its notes and links', async () => {
    const c = await mkCanvas();
    const n = await createNote(world.a.id, actor(world.byRole.editor), { canvasId: c.id, block: 'customer_segments', text: 'S', color: 'yellow' });
    const p = await createPersona(world.a.id, actor(world.byRole.editor), { name: 'Ben' });
    await t.db.insert(canvasNoteLinks).values({ workspaceId: world.a.id, noteId: n.id, personaId: p.id });
    ok(await actions.deleteCanvasAction(null, { workspace: world.a.slug, canvasId: c.id }));
    expect(await t.db.select().from(canvasNotes)).toEqual([]);
    expect(await t.db.select().from(canvasNoteLinks)).toEqual([]);
  });
});

describe('moving notes', () => {
  it('reorders within a block and moves to another block, renumbering both; a stale version is a conflict', async () => {
    const c = await mkCanvas();
    const ed = actor(world.byRole.editor);
    const mk = (block: 'channels' | 'customer_relationships', text: string) => createNote(world.a.id, ed, { canvasId: c.id, block, text, color: 'yellow' });
    const a = await mk('channels', 'A');
    await mk('channels', 'B');
    const cc = await mk('channels', 'C');
    await mk('customer_relationships', 'X');
    const texts = async (block: 'channels' | 'customer_relationships') => (await listBlockNotes(world.a.id, c.id, block)).map((n) => `${n.text}${n.position}`);

    ok(await actions.moveNoteAction(null, { workspace: world.a.slug, noteId: cc.id, version: '1', block: 'channels', position: '0' }));
    expect(await texts('channels')).toEqual(['C0', 'A1', 'B2']);
    const moved = ok<{ version: number; block: string }>(await actions.moveNoteAction(null, { workspace: world.a.slug, noteId: a.id, version: '1', block: 'customer_relationships', position: '99' }));
    expect(moved).toMatchObject({ version: 2, block: 'customer_relationships' });
    expect(await texts('channels')).toEqual(['C0', 'B1']);
    expect(await texts('customer_relationships')).toEqual(['X0', 'A1']);

    const before = await snapshot(t.db);
    const stale = await actions.moveNoteAction(null, { workspace: world.a.slug, noteId: a.id, version: '1', block: 'channels', position: '0' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { block: 'customer_relationships', version: 2 } });
    session.user = world.byRole.viewer;
    expect(await actions.moveNoteAction(null, { workspace: world.a.slug, noteId: a.id, version: '2', block: 'channels', position: '0' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot(t.db)).toBe(before);
    const logged = await t.db.select({ data: activities.data }).from(activities).where(eq(activities.action, 'canvas_note.moved'));
    expect(logged.map((l) => l.data)).toContainEqual({ note: 'A', from: 'Channels', block: 'Customer Relationships' });
  });
});

describe('activity text', () => {
  it('describes canvas and note events', async () => {
    const { describeActivity } = await import('@/lib/activity-text');
    const row = (action: string, data: Record<string, unknown> | null = null) => describeActivity({ action, targetType: 'canvas', targetLabel: 'Today', data });
    expect(row('canvas.duplicated', { from: 'Now' })).toBe('created the canvas “Today” as a copy of “Now”');
    expect(row('canvas_note.moved', { note: 'Web', from: 'Channels', block: 'Key Partners' })).toBe('moved the note “Web” from Channels to Key Partners on “Today”');
    expect(row('canvas_note.created', { note: 'Web', block: 'Channels' })).toBe('added the note “Web” to Channels on “Today”');
  });
});

describe('JSON export', () => {
  it('lists the nine blocks in order with notes and links', async () => {
    const { canvasToJson } = await import('@/lib/canvases/export');
    const doc = canvasToJson({ id: 'c', name: 'Today', description: '' }, [
      { id: 'b', block: 'channels', text: 'Second', color: 'yellow', position: 1 },
      { id: 'a', block: 'channels', text: 'First', color: 'blue', position: 0 },
    ], [{ noteId: 'a', kind: 'touchpoint', targetId: 't', label: 'Checkout' }]);
    expect(doc.blocks.map((b) => b.block)).toEqual(['key_partners', 'key_activities', 'key_resources', 'value_propositions', 'customer_relationships', 'channels', 'customer_segments', 'cost_structure', 'revenue_streams']);
    expect(doc.blocks[5].notes).toEqual([
      { id: 'a', text: 'First', color: 'blue', links: [{ kind: 'touchpoint', id: 't', label: 'Checkout' }] },
      { id: 'b', text: 'Second', color: 'yellow', links: [] },
    ]);
  });
});
