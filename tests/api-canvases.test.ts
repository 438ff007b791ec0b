import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const list = await import('@/app/api/v1/workspaces/[slug]/canvases/route');
const one = await import('@/app/api/v1/workspaces/[slug]/canvases/[id]/route');
const notes = await import('@/app/api/v1/workspaces/[slug]/canvases/[id]/notes/route');
const note = await import('@/app/api/v1/workspaces/[slug]/canvas-notes/[id]/route');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
});

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; query?: string; body?: unknown } = {}) {
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, {
    method: opts.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}
async function rows() {
  const all = JSON.parse(await snapshot(t.db));
  delete all.rate_limits;
  return JSON.stringify(all);
}

describe('canvases API', () => {
  it('creates a canvas, adds, edits, moves and deletes notes, pages the list, with versions', async () => {
    const slug = world.a.slug;
    const c = await call(list.POST, { slug }, { method: 'POST', body: { name: 'Today' } });
    expect(c).toMatchObject({ status: 201, json: { name: 'Today', version: 1 } });
    const id = c.json.id as string;
    await call(list.POST, { slug }, { method: 'POST', body: { name: 'Next year' } });
    const page1 = await call(list.GET, { slug }, { query: '?limit=1' });
    expect(page1.json.data.map((x: { name: string }) => x.name)).toEqual(['Today']);
    const page2 = await call(list.GET, { slug }, { query: `?limit=1&cursor=${page1.json.nextCursor}` });
    expect(page2.json).toMatchObject({ data: [{ name: 'Next year' }], nextCursor: null });

    const n = await call(notes.POST, { slug, id }, { method: 'POST', body: { block: 'channels', text: 'Web' } });
    expect(n).toMatchObject({ status: 201, json: { block: 'channels', text: 'Web', color: 'yellow', position: 0, version: 1 } });
    const noteId = n.json.id as string;
    const edited = await call(note.PATCH, { slug, id: noteId }, { method: 'PATCH', body: { version: 1, text: 'Web shop', block: 'key_partners' } });
    expect(edited).toMatchObject({ status: 200, json: { text: 'Web shop', block: 'key_partners', version: 3 } });
    const stale = await call(note.PATCH, { slug, id: noteId }, { method: 'PATCH', body: { version: 1, color: 'blue' } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { text: 'Web shop', version: 3 } } } });
    expect((await call(note.PATCH, { slug, id: noteId }, { method: 'PATCH', body: { version: 3, colour: 'blue' } })).status).toBe(400);
    expect((await call(notes.POST, { slug, id }, { method: 'POST', body: { block: 'channels', text: '' } })).status).toBe(400);

    const read = await call(one.GET, { slug, id });
    expect(read.json).toMatchObject({ name: 'Today', notes: [{ id: noteId, block: 'key_partners' }], links: [] });
    expect((await call(one.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, name: 'Now' } })).json).toMatchObject({ name: 'Now', version: 2 });
    expect((await call(note.DELETE, { slug, id: noteId }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.GET, { slug, id })).status).toBe(404);
    const logged = await t.db.select({ action: activities.action }).from(activities).where(eq(activities.workspaceId, world.a.id));
    expect(logged.map((l) => l.action)).toContain('canvas_note.moved');
  });

  it('viewers read only; outsiders get 404; nothing changes', async () => {
    const slug = world.a.slug;
    const c = await call(list.POST, { slug }, { method: 'POST', body: { name: 'Today' } });
    const before = await rows();
    session.user = world.byRole.viewer;
    expect((await call(one.GET, { slug, id: c.json.id })).status).toBe(200);
    expect((await call(notes.POST, { slug, id: c.json.id }, { method: 'POST', body: { block: 'channels', text: 'x' } })).status).toBe(403);
    session.user = world.outsider;
    expect((await call(one.GET, { slug, id: c.json.id })).status).toBe(404);
    expect((await call(one.GET, { slug: world.b.slug, id: c.json.id })).status).toBe(404);
    expect((await call(notes.POST, { slug: world.b.slug, id: c.json.id }, { method: 'POST', body: { block: 'channels', text: 'x' } })).status).toBe(404);
    expect(await rows()).toBe(before);
  });
});
