import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, journeys, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const list = await import('@/app/api/v1/workspaces/[slug]/personas/route');
const one = await import('@/app/api/v1/workspaces/[slug]/personas/[id]/route');
const { createJourney } = await import('@/db/queries/journeys');

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
// Every row except the API rate-limit counters (each request counts, refused or not).
async function rows() {
  const all = JSON.parse(await snapshot(t.db));
  delete all.rate_limits;
  return JSON.stringify(all);
}
const slug = () => ({ slug: world.a.slug });
const post = (body: unknown) => call(list.POST, slug(), { method: 'POST', body });

describe('personas API', () => {
  it('creates, reads, updates and deletes a persona', async () => {
    const created = await post({ name: 'Ana', goals: ['Ship fast'], color: 'rose' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Ana', segment: '', goals: ['Ship fast'], needs: [], color: 'rose', version: 1 });
    expect(created.json).not.toHaveProperty('workspaceId');
    const id = created.json.id as string;
    const j = await createJourney(world.a.id, { userId: null, tokenId: null, name: 'seed' }, { name: 'Checkout', personaId: id, template: 'blank' });

    const got = await call(one.GET, { ...slug(), id });
    expect(got).toMatchObject({ status: 200, json: { id, name: 'Ana', journeys: [{ id: j.id, name: 'Checkout', status: 'active' }] } });

    const patched = await call(one.PATCH, { ...slug(), id }, { method: 'PATCH', body: { segment: 'Developers', version: 1 } });
    expect(patched).toMatchObject({ status: 200, json: { name: 'Ana', segment: 'Developers', goals: ['Ship fast'], version: 2 } });

    const listed = await call(list.GET, slug());
    expect(listed).toMatchObject({ status: 200, json: { data: [{ id, journeyCount: 1, version: 2 }], nextCursor: null } });

    expect((await call(one.DELETE, { ...slug(), id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.GET, { ...slug(), id })).status).toBe(404);
    const [kept] = await t.db.select().from(journeys).where(eq(journeys.id, j.id));
    expect(kept.personaId).toBeNull();
    const log = await t.db.select({ action: activities.action }).from(activities).where(eq(activities.targetId, id));
    expect(log.map((l) => l.action).sort()).toEqual(['persona.created', 'persona.deleted', 'persona.updated']);
  });

  it('pages the list with ?limit and nextCursor', async () => {
    for (const name of ['A', 'B', 'C', 'D', 'E']) await post({ name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(list.GET, slug(), { query: cursor ? `?limit=2&cursor=${cursor}` : '?limit=2' });
      expect(r.status).toBe(200);
      expect(r.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...r.json.data.map((p: { name: string }) => p.name));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect((await call(list.GET, slug(), { query: '?cursor=bm9wZQ' })).status).toBe(400);
  });

  it('answers 400 with field errors for bad or unknown fields, storing nothing', async () => {
    const before = await rows();
    const bad = [{}, { name: '' }, { name: 'x', nickname: 'y' }, { name: 'x', goals: 'not a list' }, { name: 'x', goals: Array(21).fill('g') }, { name: 'x', color: 'pink' }];
    for (const body of bad) {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error.code).toBe('invalid');
    }
    expect((await post({ name: 'x'.repeat(81) })).json.error.fields).toHaveProperty('name');
    expect(await rows()).toBe(before);
    const id = (await post({ name: 'Ok' })).json.id;
    const noVersion = await call(one.PATCH, { ...slug(), id }, { method: 'PATCH', body: { name: 'New' } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.json.error.fields).toHaveProperty('version');
  });

  it('answers 409 with the current persona on a stale version, changing nothing', async () => {
    const id = (await post({ name: 'Ana' })).json.id;
    expect((await call(one.PATCH, { ...slug(), id }, { method: 'PATCH', body: { name: 'Ana 2', version: 1 } })).status).toBe(200);
    const before = await rows();
    const stale = await call(one.PATCH, { ...slug(), id }, { method: 'PATCH', body: { name: 'Mine', version: 1 } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { id, name: 'Ana 2', version: 2 } } } });
    expect(await rows()).toBe(before);
  });

  it('answers 404 for another workspace’s persona, a malformed id and outsiders; 403 to viewers who write', async () => {
    session.user = world.outsider;
    const theirs = (await call(list.POST, { slug: world.b.slug }, { method: 'POST', body: { name: 'Theirs' } })).json.id;
    const mine = (await call(list.POST, { slug: world.b.slug }, { method: 'POST', body: { name: 'B2' } })).json.id;
    expect(mine).toBeTruthy();
    session.user = world.byRole.editor;
    const before = await rows();
    const p = { ...slug(), id: theirs };
    expect((await call(one.GET, p)).status).toBe(404);
    expect((await call(one.PATCH, p, { method: 'PATCH', body: { name: 'x', version: 1 } })).status).toBe(404);
    expect((await call(one.DELETE, p, { method: 'DELETE' })).status).toBe(404);
    expect((await call(one.GET, { ...slug(), id: 'not-a-uuid' })).status).toBe(404);
    session.user = world.outsider;
    expect((await call(list.GET, slug())).status).toBe(404);
    session.user = world.byRole.viewer;
    expect((await call(list.GET, slug())).status).toBe(200);
    expect((await post({ name: 'Nope' })).status).toBe(403);
    session.user = null;
    expect((await call(list.GET, slug())).status).toBe(401);
    expect(await rows()).toBe(before);
  });
});
