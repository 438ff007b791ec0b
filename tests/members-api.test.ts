import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from './support/db';
import { makeUser, makeWorkspace, snapshot } from './support/factories';
import { apiTokens, invitations, type User } from '@/db/schema';
import { hashToken, newToken } from '@/lib/tokens';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
  safeNext: (n: unknown, f = '/w') => (typeof n === 'string' && n.startsWith('/') && !n.startsWith('//') ? n : f),
}));
process.env.OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-outbox-'));

const members = await import('@/app/api/v1/workspaces/[slug]/members/route');
const member = await import('@/app/api/v1/workspaces/[slug]/members/[id]/route');
const invites = await import('@/app/api/v1/workspaces/[slug]/invitations/route');
const invite = await import('@/app/api/v1/workspaces/[slug]/invitations/[id]/route');

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

beforeEach(() => {
  session.user = null;
});

describe('members API', () => {
  it('lists members in pages of ?limit with a nextCursor', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'admin', 'editor', 'viewer', 'viewer']);
    session.user = ms[4].user; // viewers may read members
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const r = await call(members.GET, { slug: workspace.slug }, { query: q });
      expect(r.status).toBe(200);
      expect(r.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...r.json.data.map((m: { id: string }) => m.id));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(ms.map((m) => m.membershipId).sort());
    expect((await call(members.GET, { slug: workspace.slug }, { query: '?cursor=bm9wZQ' })).status).toBe(400);
    expect((await call(members.GET, { slug: workspace.slug }, { query: '?limit=0' })).status).toBe(400);
  });

  it('answers 401 signed out, 404 to outsiders, 403 to viewers who try to change roles', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'viewer']);
    const params = { slug: workspace.slug, id: ms[0].membershipId };
    expect((await call(members.GET, { slug: workspace.slug })).status).toBe(401);
    session.user = await makeUser(t.db);
    const before = await snapshot(t.db);
    expect((await call(members.GET, { slug: workspace.slug })).status).toBe(404);
    expect((await call(member.DELETE, params, { method: 'DELETE' })).status).toBe(404);
    session.user = ms[1].user;
    expect((await call(member.PATCH, params, { method: 'PATCH', body: { role: 'viewer', version: 1 } })).status).toBe(403);
    expect((await call(member.DELETE, params, { method: 'DELETE' })).status).toBe(403);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('changes a role with a strict body, answers 409 with the current member when stale, then removes', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'editor']);
    session.user = ms[0].user;
    const params = { slug: workspace.slug, id: ms[1].membershipId };
    const extra = await call(member.PATCH, params, { method: 'PATCH', body: { role: 'admin', version: 1, name: 'x' } });
    expect(extra.status).toBe(400);
    const ok = await call(member.PATCH, params, { method: 'PATCH', body: { role: 'admin', version: 1 } });
    expect(ok).toMatchObject({ status: 200, json: { id: ms[1].membershipId, role: 'admin', version: 2 } });
    const stale = await call(member.PATCH, params, { method: 'PATCH', body: { role: 'viewer', version: 1 } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { role: 'admin', version: 2 } } } });
    expect((await call(member.PATCH, { ...params, id: 'not-a-uuid' }, { method: 'PATCH', body: { role: 'viewer', version: 2 } })).status).toBe(404);
    expect((await call(member.DELETE, params, { method: 'DELETE' })).status).toBe(204);
    expect((await call(member.DELETE, params, { method: 'DELETE' })).status).toBe(404);
    expect((await call(member.DELETE, { ...params, id: ms[0].membershipId }, { method: 'DELETE' })).status).toBe(403); // last owner
  });

  it('acts with an API token’s role: an admin token cannot touch owners', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'editor']);
    const token = newToken('wf_');
    await t.db.insert(apiTokens).values({ workspaceId: workspace.id, name: 'ci', role: 'admin', tokenHash: hashToken(token), prefix: token.slice(0, 7) });
    expect((await call(member.PATCH, { slug: workspace.slug, id: ms[0].membershipId }, { method: 'PATCH', body: { role: 'admin', version: 1 }, token })).status).toBe(403);
    expect((await call(member.PATCH, { slug: workspace.slug, id: ms[1].membershipId }, { method: 'PATCH', body: { role: 'viewer', version: 1 }, token })).status).toBe(200);
  });
});

describe('invitations API', () => {
  it('creates (link once), lists, and revokes; refuses roles above the caller and unknown fields', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'admin']);
    session.user = ms[1].user;
    const slug = { slug: workspace.slug };
    const created = await call(invites.POST, slug, { method: 'POST', body: { email: 'API.Person@example.com', role: 'editor' } });
    expect(created).toMatchObject({ status: 201, json: { email: 'api.person@example.com', role: 'editor', status: 'pending', mailed: true } });
    const token = created.json.link.split('/invite/')[1];
    const [row] = await t.db.select().from(invitations);
    expect(row.tokenHash).toBe(hashToken(token));
    const before = await snapshot(t.db);
    expect((await call(invites.POST, slug, { method: 'POST', body: { email: 'b@example.com', role: 'owner' } })).status).toBe(403);
    expect((await call(invites.POST, slug, { method: 'POST', body: { email: 'b@example.com', role: 'viewer', message: 'hi' } })).status).toBe(400);
    expect((await call(invites.POST, slug, { method: 'POST', body: { email: 'nope', role: 'viewer' } })).json.error.fields.email).toBeTruthy();
    expect(await snapshot(t.db)).toEqual(before);
    const list = await call(invites.GET, slug);
    expect(list).toMatchObject({ status: 200, json: { data: [{ id: row.id, email: 'api.person@example.com' }], nextCursor: null } });
    expect(JSON.stringify(list.json)).not.toContain(token);
    expect((await call(invite.DELETE, { ...slug, id: row.id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(invites.GET, slug)).json.data).toEqual([]);
    session.user = (await makeWorkspace(t.db, ['editor'])).members[0].user;
    expect((await call(invites.GET, slug)).status).toBe(404);
  });

  it('editors get 403 from every invitation endpoint', async () => {
    const { workspace, members: ms } = await makeWorkspace(t.db, ['owner', 'editor']);
    session.user = ms[1].user;
    expect((await call(invites.GET, { slug: workspace.slug })).status).toBe(403);
    expect((await call(invites.POST, { slug: workspace.slug }, { method: 'POST', body: { email: 'x@example.com', role: 'viewer' } })).status).toBe(403);
    expect((await call(invite.DELETE, { slug: workspace.slug, id: ms[0].membershipId }, { method: 'DELETE' })).status).toBe(403);
  });
});
