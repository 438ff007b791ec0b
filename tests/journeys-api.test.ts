import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, apiTokens, type User } from '@/db/schema';
import { hashToken, newToken } from '@/lib/tokens';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney, makePersona } from './support/journeys';
import { snapshot as fullSnapshot } from './support/snapshot';

// Every row except the per-request rate-limit counters (each API call moves them on purpose).
async function snapshot(db: Parameters<typeof fullSnapshot>[0]) {
  const all = JSON.parse(await fullSnapshot(db));
  delete all.rate_limits;
  return JSON.stringify(all);
}

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));

const list = await import('@/app/api/v1/workspaces/[slug]/journeys/route');
const one = await import('@/app/api/v1/workspaces/[slug]/journeys/[id]/route');

const t = useTestDatabase();

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; query?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, {
    method: opts.method ?? 'GET',
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  session.user = ws.members[1].user;
});

describe('journeys API', () => {
  it('creates from a template, reads the map, patches, and deletes', async () => {
    const slug = ws.workspace.slug;
    const persona = await makePersona(t.db, ws.workspace.id, 'Sam');
    const created = await call(list.POST, { slug }, { method: 'POST', body: { name: 'Signup', template: 'acdr', personaId: persona.id } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Signup', personaId: persona.id, status: 'active', version: 1 });
    expect(created.json.workspaceId).toBeUndefined();
    const id = created.json.id;

    const got = await call(one.GET, { slug, id });
    expect(got.status).toBe(200);
    expect(got.json.journey).toMatchObject({ id, name: 'Signup', persona: { id: persona.id, name: 'Sam' } });
    expect(got.json.stages.map((s: { name: string }) => s.name)).toEqual(['Awareness', 'Consideration', 'Decision', 'Retention']);

    const patched = await call(one.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, name: 'Sign-up flow', status: 'archived', personaId: null } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ name: 'Sign-up flow', status: 'archived', personaId: null, version: 2 });

    const page = await call(list.GET, { slug });
    expect(page.json).toMatchObject({ data: [{ id, name: 'Sign-up flow', stageCount: 4, touchpointCount: 0 }], nextCursor: null });

    expect((await call(one.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.GET, { slug, id })).status).toBe(404);
    const log = await t.db.select({ action: activities.action }).from(activities).where(eq(activities.targetId, id));
    expect(log.map((l) => l.action).sort()).toEqual(['journey.archived', 'journey.created', 'journey.deleted', 'journey.updated']);
  });

  it('pages the list with ?limit and a cursor', async () => {
    for (let i = 0; i < 5; i++) await makeJourney(t.db, ws.workspace.id, { name: `J${i}`, stageCount: 1, perStage: 1 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { status: number; json: { data: { name: string }[]; nextCursor: string | null } } = await call(list.GET, { slug: ws.workspace.slug }, { query: cursor ? `?limit=2&cursor=${cursor}` : '?limit=2' });
      expect(r.status).toBe(200);
      seen.push(...r.json.data.map((j) => j.name));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['J0', 'J1', 'J2', 'J3', 'J4']);
  });

  it('answers 400 with field errors for bad bodies and stores nothing', async () => {
    const slug = ws.workspace.slug;
    const { journey } = await makeJourney(t.db, ws.workspace.id);
    const before = await snapshot(t.db);
    const a = await call(list.POST, { slug }, { method: 'POST', body: { name: '', template: 'zzz', extra: 1 } });
    expect(a.status).toBe(400);
    expect(a.json.error.code).toBe('invalid');
    expect(Object.keys(a.json.error.fields)).toEqual(expect.arrayContaining(['name', 'template']));
    const b = await call(one.PATCH, { slug, id: journey.id }, { method: 'PATCH', body: { name: 'No version' } });
    expect(b.status).toBe(400);
    expect(b.json.error.fields.version).toBeTruthy();
    const empty = await call(one.PATCH, { slug, id: journey.id }, { method: 'PATCH', body: { version: 1 } });
    expect(empty.status).toBe(400);
    const foreign = await makeWorkspace(t.db, ['owner']);
    const otherPersona = await makePersona(t.db, foreign.workspace.id);
    const snap = await snapshot(t.db);
    const c = await call(list.POST, { slug }, { method: 'POST', body: { name: 'X', personaId: otherPersona.id } });
    expect(c.status).toBe(400);
    expect(c.json.error.fields.personaId).toBeTruthy();
    expect(await snapshot(t.db)).toBe(snap);
    expect(before).not.toBe(snap); // the foreign workspace was added in between
  });

  it('answers 409 with the current journey for a stale version', async () => {
    const slug = ws.workspace.slug;
    const { journey } = await makeJourney(t.db, ws.workspace.id, { name: 'Base' });
    expect((await call(one.PATCH, { slug, id: journey.id }, { method: 'PATCH', body: { version: 1, name: 'First' } })).status).toBe(200);
    const before = await snapshot(t.db);
    const stale = await call(one.PATCH, { slug, id: journey.id }, { method: 'PATCH', body: { version: 1, name: 'Second' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'conflict', current: { name: 'First', version: 2 } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('another workspace’s journey is 404; viewers and viewer tokens read but cannot write', async () => {
    const other = await makeWorkspace(t.db, ['owner']);
    const theirs = await makeJourney(t.db, other.workspace.id);
    const slug = ws.workspace.slug;
    const id = theirs.journey.id;
    expect((await call(one.GET, { slug, id })).status).toBe(404);
    expect((await call(one.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, name: 'x' } })).status).toBe(404);
    expect((await call(one.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(404);

    session.user = ws.members[2].user;
    expect((await call(list.GET, { slug })).status).toBe(200);
    expect((await call(list.POST, { slug }, { method: 'POST', body: { name: 'Nope' } })).status).toBe(403);

    session.user = null;
    const secret = newToken();
    await t.db.insert(apiTokens).values({ workspaceId: ws.workspace.id, name: 'ro', role: 'viewer', tokenHash: hashToken(secret), prefix: secret.slice(0, 7) });
    expect((await call(list.GET, { slug }, { token: secret })).status).toBe(200);
    expect((await call(list.POST, { slug }, { method: 'POST', token: secret, body: { name: 'Nope' } })).status).toBe(403);
    expect((await call(list.GET, { slug })).status).toBe(401);
  });
});
