import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { apiTokens, stages, touchpoints, type User } from '@/db/schema';
import { hashToken, newToken } from '@/lib/tokens';
import { useTestDatabase } from './support/db';
import { activityOf, makeJourneyTeam } from './support/journey-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));

const stageList = await import('@/app/api/v1/workspaces/[slug]/stages/route');
const stageOne = await import('@/app/api/v1/workspaces/[slug]/stages/[id]/route');
const tpList = await import('@/app/api/v1/workspaces/[slug]/touchpoints/route');
const tpOne = await import('@/app/api/v1/workspaces/[slug]/touchpoints/[id]/route');

const t = useTestDatabase();

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; query?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, { method: opts.method ?? 'GET', headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}

let team: Awaited<ReturnType<typeof makeJourneyTeam>>;
let slug: string;
beforeEach(async () => {
  team = await makeJourneyTeam(t.db);
  slug = team.workspace.slug;
  session.user = team.editor;
});

describe('stages API', () => {
  it('lists a journey’s stages in pages, creates, reads, patches and deletes', async () => {
    const p1 = await call(stageList.GET, { slug }, { query: `?journeyId=${team.journey.id}&limit=3` });
    expect(p1.status).toBe(200);
    expect(p1.json.data.map((s: { name: string }) => s.name)).toEqual(['Awareness', 'Consideration', 'Decision']);
    const p2 = await call(stageList.GET, { slug }, { query: `?journeyId=${team.journey.id}&limit=3&cursor=${p1.json.nextCursor}` });
    expect(p2.json).toMatchObject({ data: [{ name: 'Retention' }], nextCursor: null });

    const created = await call(stageList.POST, { slug }, { method: 'POST', body: { journeyId: team.journey.id, name: 'Advocacy', position: 0 } });
    expect(created).toMatchObject({ status: 201, json: { name: 'Advocacy', position: 0, version: 1 } });
    const id = created.json.id;
    expect((await call(stageOne.GET, { slug, id })).json).toMatchObject({ id, name: 'Advocacy' });
    const patched = await call(stageOne.PATCH, { slug, id }, { method: 'PATCH', body: { description: 'They tell friends', version: 1 } });
    expect(patched).toMatchObject({ status: 200, json: { name: 'Advocacy', description: 'They tell friends', version: 2 } });
    const stale = await call(stageOne.PATCH, { slug, id }, { method: 'PATCH', body: { name: 'Old', version: 1 } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { version: 2 } } } });
    expect((await call(stageOne.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(stageOne.GET, { slug, id })).status).toBe(404);
    expect(await activityOf(t.db, team.workspace.id)).toEqual(['journey.created', 'stage.created', 'stage.updated', 'stage.deleted']);
  });

  it('answers 400 with fields for bad bodies (nothing stored) and 404 for foreign ids', async () => {
    const bad = await call(stageList.POST, { slug }, { method: 'POST', body: { journeyId: team.journey.id, name: '', colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['colour', 'name']);
    expect(await t.db.select().from(stages)).toHaveLength(4);
    const other = await makeJourneyTeam(t.db);
    expect((await call(stageOne.GET, { slug, id: other.stages[0].id })).status).toBe(404);
    expect((await call(stageList.GET, { slug }, { query: `?journeyId=${other.journey.id}` })).status).toBe(404);
    expect((await call(stageList.POST, { slug }, { method: 'POST', body: { journeyId: other.journey.id, name: 'X' } })).status).toBe(404);
  });

  it('lets a viewer-role token read but not write', async () => {
    const token = newToken();
    await t.db.insert(apiTokens).values({ workspaceId: team.workspace.id, name: 'ro', role: 'viewer', tokenHash: hashToken(token), prefix: token.slice(0, 7), createdBy: team.owner.id });
    session.user = null;
    expect((await call(stageList.GET, { slug }, { token, query: `?journeyId=${team.journey.id}` })).status).toBe(200);
    expect((await call(stageList.POST, { slug }, { token, method: 'POST', body: { journeyId: team.journey.id, name: 'X' } })).status).toBe(403);
  });
});

describe('touchpoints API', () => {
  it('creates with items, lists by journey and stage, patches fields and moves, deletes', async () => {
    const s0 = team.stages[0].id;
    const s1 = team.stages[1].id;
    const c = await call(tpList.POST, { slug }, { method: 'POST', body: { stageId: s0, name: 'Ad', emotion: -1, painPoints: [{ text: 'Loud' }] } });
    expect(c).toMatchObject({ status: 201, json: { name: 'Ad', emotion: -1, stageId: s0, painPoints: [{ text: 'Loud' }], version: 1 } });
    await call(tpList.POST, { slug }, { method: 'POST', body: { stageId: s1, name: 'Review' } });
    const byJourney = await call(tpList.GET, { slug }, { query: `?journeyId=${team.journey.id}` });
    expect(byJourney.json.data.map((x: { name: string }) => x.name)).toEqual(['Ad', 'Review']);
    const byStage = await call(tpList.GET, { slug }, { query: `?stageId=${s1}` });
    expect(byStage.json.data.map((x: { name: string }) => x.name)).toEqual(['Review']);
    expect((await call(tpList.GET, { slug }, { query: '' })).status).toBe(400);

    const id = c.json.id;
    const keep = c.json.painPoints[0].id;
    const p = await call(tpOne.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, emotion: 2, painPoints: [{ id: keep, text: 'Very loud' }, { text: 'Long' }], stageId: s1, position: 0 } });
    expect(p).toMatchObject({ status: 200, json: { emotion: 2, stageId: s1, position: 0, version: 3 } });
    expect(p.json.painPoints[0]).toEqual({ id: keep, text: 'Very loud' });
    const stale = await call(tpOne.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, name: 'X' } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { name: 'Ad', version: 3 } } } });
    const bad = await call(tpOne.PATCH, { slug, id }, { method: 'PATCH', body: { version: 3, emotion: 5 } });
    expect(bad).toMatchObject({ status: 400, json: { error: { fields: { emotion: expect.any(Array) } } } });
    expect((await call(tpOne.GET, { slug, id })).json).toMatchObject({ emotion: 2, version: 3 });
    expect((await call(tpOne.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(204);
    expect(await t.db.select().from(touchpoints)).toHaveLength(1);
  });

  it('applies fields and a move together or not at all', async () => {
    const other = await makeJourneyTeam(t.db);
    const c = await call(tpList.POST, { slug }, { method: 'POST', body: { stageId: team.stages[0].id, name: 'Ad' } });
    const r = await call(tpOne.PATCH, { slug, id: c.json.id }, { method: 'PATCH', body: { version: 1, name: 'Renamed', stageId: other.stages[0].id, position: 0 } });
    expect(r.status).toBe(404);
    expect((await call(tpOne.GET, { slug, id: c.json.id })).json).toMatchObject({ name: 'Ad', version: 1, stageId: team.stages[0].id });
    const half = await call(tpOne.PATCH, { slug, id: c.json.id }, { method: 'PATCH', body: { version: 1, stageId: team.stages[1].id } });
    expect(half.status).toBe(400);
  });

  it('answers 404 for another workspace’s touchpoint or stage', async () => {
    const other = await makeJourneyTeam(t.db);
    session.user = other.owner;
    const theirs = await call(tpList.POST, { slug: other.workspace.slug }, { method: 'POST', body: { stageId: other.stages[0].id, name: 'Theirs' } });
    session.user = team.editor;
    expect((await call(tpOne.GET, { slug, id: theirs.json.id })).status).toBe(404);
    expect((await call(tpOne.PATCH, { slug, id: theirs.json.id }, { method: 'PATCH', body: { version: 1, name: 'Mine' } })).status).toBe(404);
    expect((await call(tpList.POST, { slug }, { method: 'POST', body: { stageId: other.stages[0].id, name: 'X' } })).status).toBe(404);
    expect((await call(tpList.GET, { slug }, { query: `?stageId=${other.stages[0].id}` })).status).toBe(404);
  });
});
