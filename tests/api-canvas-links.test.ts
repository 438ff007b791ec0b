import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, canvasNoteLinks, journeys, personas, stages, touchpointItems, touchpoints, type User } from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const links = await import('@/app/api/v1/workspaces/[slug]/canvas-notes/[id]/links/route');
const link = await import('@/app/api/v1/workspaces/[slug]/canvas-note-links/[id]/route');
const { createCanvas } = await import('@/db/queries/canvases');
const { createNote } = await import('@/db/queries/canvas-notes');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let x: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  x = await setup(world.a.id);
  session.user = world.byRole.editor;
});

async function setup(workspaceId: string) {
  const actor = { userId: null, tokenId: null, name: 'Seed' };
  const [p] = await t.db.insert(personas).values({ workspaceId, name: 'Ben' }).returning();
  const [j] = await t.db.insert(journeys).values({ workspaceId, name: 'Buy' }).returning();
  const [s] = await t.db.insert(stages).values({ workspaceId, journeyId: j.id, name: 'Decide', position: 0 }).returning();
  const [tp] = await t.db.insert(touchpoints).values({ workspaceId, journeyId: j.id, stageId: s.id, name: 'Checkout', position: 0 }).returning();
  const [pain] = await t.db.insert(touchpointItems).values({ workspaceId, journeyId: j.id, touchpointId: tp.id, kind: 'pain_point', text: 'Slow delivery', position: 0 }).returning();
  const c = await createCanvas(workspaceId, actor, { name: 'Today', description: '' });
  const note = (block: 'channels' | 'customer_segments' | 'value_propositions' | 'key_partners', text: string) =>
    createNote(workspaceId, actor, { canvasId: c.id, block, text, color: 'yellow' });
  return { p, j, tp, pain, ch: await note('channels', 'Web shop'), seg: await note('customer_segments', 'Students'), vp: await note('value_propositions', 'Next-day'), kp: await note('key_partners', 'Couriers') };
}

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const req = new NextRequest('http://localhost/api/v1/x', {
    method: opts.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}
async function rows() {
  const all = JSON.parse(await snapshot(t.db));
  delete all.rate_limits;
  delete all.api_tokens;
  return JSON.stringify(all);
}
const post = (noteId: string, body: unknown, headers?: Record<string, string>) => call(links.POST, { slug: world.a.slug, id: noteId }, { method: 'POST', body, headers });
const linkCount = async () => (await t.db.select().from(canvasNoteLinks)).length;

describe('canvas note links API', () => {
  it('links each block to its kind, lists the links, is idempotent and unlinks, with a token', async () => {
    const { secret } = await createApiToken(world.a.id, { userId: world.byRole.owner.id, tokenId: null, name: 'Owner' }, { name: 'BI', role: 'editor' });
    const headers = { authorization: `Bearer ${secret}` };
    const made = await post(x.ch.id, { touchpointId: x.tp.id }, headers);
    expect(made).toMatchObject({ status: 201, json: { noteId: x.ch.id, kind: 'touchpoint', targetId: x.tp.id, label: 'Checkout', created: true } });
    expect(await post(x.seg.id, { personaId: x.p.id })).toMatchObject({ status: 201, json: { kind: 'persona', label: 'Ben' } });
    expect(await post(x.vp.id, { painPointId: x.pain.id })).toMatchObject({ status: 201, json: { kind: 'pain_point', label: 'Slow delivery' } });

    // Linking again answers the same link with 200 and writes nothing (no second row, no activity).
    const before = await rows();
    expect(await post(x.ch.id, { touchpointId: x.tp.id }, headers)).toEqual({ status: 200, json: { ...made.json, created: false } });
    expect(await rows()).toBe(before);

    const listed = await call(links.GET, { slug: world.a.slug, id: x.ch.id }, { headers });
    expect(listed).toEqual({ status: 200, json: { data: [{ id: made.json.id, noteId: x.ch.id, kind: 'touchpoint', targetId: x.tp.id, label: 'Checkout', journeyId: x.j.id, journeyName: 'Buy' }] } });
    expect((await call(links.GET, { slug: world.a.slug, id: x.kp.id })).json).toEqual({ data: [] });

    expect(await call(link.DELETE, { slug: world.a.slug, id: made.json.id }, { method: 'DELETE', headers })).toEqual({ status: 204, json: null });
    expect((await call(links.GET, { slug: world.a.slug, id: x.ch.id })).json).toEqual({ data: [] });
    expect((await call(link.DELETE, { slug: world.a.slug, id: made.json.id }, { method: 'DELETE' })).status).toBe(404);
    const logged = await t.db.select({ action: activities.action, actor: activities.actorName }).from(activities).where(eq(activities.workspaceId, world.a.id));
    expect(logged.filter((l) => l.action === 'canvas_note.linked')).toHaveLength(3);
    expect(logged).toContainEqual({ action: 'canvas_note.unlinked', actor: 'API token “BI”' });
  });

  it('refuses the wrong kind (422), bad bodies (400) and missing targets (404), writing nothing', async () => {
    const before = await rows();
    const wrong = await post(x.ch.id, { personaId: x.p.id });
    expect(wrong).toMatchObject({ status: 422, json: { error: { code: 'unprocessable', message: 'Notes in Channels link to touchpoints, not to personas.' } } });
    expect(await post(x.seg.id, { painPointId: x.pain.id })).toMatchObject({ status: 422, json: { error: { message: 'Notes in Customer Segments link to personas, not to pain points.' } } });
    expect(await post(x.kp.id, { touchpointId: x.tp.id })).toMatchObject({ status: 422, json: { error: { message: 'Notes in Key Partners do not link to the journey.' } } });
    // The right kind of field, but an id of another kind of thing: not found.
    expect(await post(x.vp.id, { painPointId: x.tp.id })).toMatchObject({ status: 404, json: { error: { message: 'That pain point is not in the workspace.' } } });
    expect(await post(x.ch.id, {})).toMatchObject({ status: 400, json: { error: { fields: { _body: ['Send exactly one of touchpointId, personaId or painPointId.'] } } } });
    expect((await post(x.ch.id, { touchpointId: x.tp.id, personaId: x.p.id })).status).toBe(400);
    expect((await post(x.ch.id, { touchpointId: 'nope' })).json.error.fields).toEqual({ touchpointId: ['Not a valid touchpoint id.'] });
    expect((await post(x.ch.id, { touchpoint: x.tp.id })).status).toBe(400);
    expect(await rows()).toBe(before);
  });

  it('viewers read only; outsiders, foreign ids and other workspaces’ tokens get 404; nothing changes', async () => {
    const made = await post(x.ch.id, { touchpointId: x.tp.id });
    const other = await setup(world.b.id);
    const { secret } = await createApiToken(world.b.id, { userId: world.outsider.id, tokenId: null, name: 'Outsider' }, { name: 'B', role: 'owner' });
    const headers = { authorization: `Bearer ${secret}` };
    const before = await rows();
    session.user = world.byRole.viewer;
    expect((await call(links.GET, { slug: world.a.slug, id: x.ch.id })).json.data).toHaveLength(1);
    expect((await post(x.ch.id, { touchpointId: x.tp.id })).status).toBe(403);
    expect((await call(link.DELETE, { slug: world.a.slug, id: made.json.id }, { method: 'DELETE' })).status).toBe(403);

    session.user = world.outsider;
    expect((await call(links.GET, { slug: world.a.slug, id: x.ch.id })).status).toBe(404);
    expect((await post(x.ch.id, { touchpointId: x.tp.id })).status).toBe(404);
    expect((await call(link.DELETE, { slug: world.a.slug, id: made.json.id }, { method: 'DELETE' })).status).toBe(404);
    // The outsider's own workspace with A's ids: not found either way round.
    expect((await call(links.GET, { slug: world.b.slug, id: x.ch.id })).status).toBe(404);
    expect((await call(links.POST, { slug: world.b.slug, id: x.ch.id }, { method: 'POST', body: { touchpointId: x.tp.id } })).status).toBe(404);
    expect((await call(links.POST, { slug: world.b.slug, id: other.ch.id }, { method: 'POST', body: { touchpointId: x.tp.id } })).status).toBe(404);
    expect((await call(link.DELETE, { slug: world.b.slug, id: made.json.id }, { method: 'DELETE' })).status).toBe(404);

    session.user = world.byRole.editor;
    expect((await post(x.ch.id, { touchpointId: other.tp.id })).status).toBe(404);
    expect((await call(links.GET, { slug: world.a.slug, id: x.ch.id }, { headers })).status).toBe(404);
    expect((await post(x.ch.id, { touchpointId: x.tp.id }, headers)).status).toBe(404);
    expect((await call(link.DELETE, { slug: world.a.slug, id: made.json.id }, { method: 'DELETE', headers })).status).toBe(404);
    expect(await rows()).toBe(before);
    expect(await linkCount()).toBe(1);
  });
});
