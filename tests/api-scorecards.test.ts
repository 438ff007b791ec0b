import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, apiTokens, objectives, type User } from '@/db/schema';
import { hashToken, newToken } from '@/lib/tokens';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney } from './support/journeys';
import { makeScorecard } from './support/scorecards';
import { snapshot as fullSnapshot } from './support/snapshot';

// Every row except the per-request rate-limit counters (each API call moves them on purpose).
async function snapshot(db: Parameters<typeof fullSnapshot>[0]) {
  const all = JSON.parse(await fullSnapshot(db));
  delete all.rate_limits;
  return JSON.stringify(all);
}

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));

const A = '@/app/api/v1/workspaces/[slug]';
const cards = await import(`${A}/scorecards/route`);
const card = await import(`${A}/scorecards/[id]/route`);
const cardObjectives = await import(`${A}/scorecards/[id]/objectives/route`);
const objective = await import(`${A}/objectives/[id]/route`);
const links = await import(`${A}/objectives/[id]/links/route`);
const link = await import(`${A}/objective-links/[id]/route`);
const objInitiatives = await import(`${A}/objectives/[id]/initiatives/route`);
const initiative = await import(`${A}/initiatives/[id]/route`);

const t = useTestDatabase();

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; query?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, { method: opts.method ?? 'GET', headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}
const post = (h: Handler, params: Record<string, string>, body: unknown) => call(h, params, { method: 'POST', body });
const patch = (h: Handler, params: Record<string, string>, body: unknown) => call(h, params, { method: 'PATCH', body });
const del = (h: Handler, params: Record<string, string>) => call(h, params, { method: 'DELETE' });

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let slug: string;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  slug = ws.workspace.slug;
  session.user = ws.members[1].user;
});

describe('scorecards API', () => {
  it('builds a scorecard end to end: create, objectives, a link, an initiative, settings, reads and deletes', async () => {
    const created = await post(cards.POST, { slug }, { name: 'Company', description: 'FY26' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Company', greenThreshold: 0.9, amberThreshold: 0.7, version: 1 });
    expect(created.json.workspaceId).toBeUndefined();
    const id = created.json.id;
    const detail = await call(card.GET, { slug, id });
    expect(detail.json.perspectives.map((p: { label: string }) => p.label)).toEqual(['Financial', 'Customer', 'Internal Process', 'Learning & Growth']);
    const [fin, cust] = detail.json.perspectives;

    const { stages } = await makeJourney(t.db, ws.workspace.id, { stageCount: 1, perStage: 0 });
    const o1 = await post(cardObjectives.POST, { slug, id }, { perspectiveId: fin.id, name: 'Revenue', ownerId: ws.members[0].user.id, weight: 2 });
    const o2 = await post(cardObjectives.POST, { slug, id }, { perspectiveId: cust.id, name: 'Loyalty', stageId: stages[0].id });
    expect([o1.status, o2.status]).toEqual([201, 201]);
    const l = await post(links.POST, { slug, id: o2.json.id }, { effectId: o1.json.id });
    expect(l.status).toBe(201);
    expect(l.json).toMatchObject({ causeId: o2.json.id, effectId: o1.json.id });
    const dup = await post(links.POST, { slug, id: o2.json.id }, { effectId: o1.json.id });
    expect(dup).toMatchObject({ status: 400, json: { error: { fields: { effectId: ['“Loyalty” already drives “Revenue”.'] } } } });

    const i = await post(objInitiatives.POST, { slug, id: o1.json.id }, { name: 'Upsell', status: 'on_track', startDate: '2026-01-01', dueDate: '2026-02-01', progress: 50 });
    expect(i.status).toBe(201);
    expect((await call(objInitiatives.GET, { slug, id: o1.json.id })).json.data.map((x: { name: string }) => x.name)).toEqual(['Upsell']);
    const ip = await patch(initiative.PATCH, { slug, id: i.json.id }, { version: 1, status: 'done', progress: 100 });
    expect(ip.json).toMatchObject({ status: 'done', progress: 100, version: 2 });
    expect((await call(initiative.GET, { slug, id: i.json.id })).json).toMatchObject({ name: 'Upsell', status: 'done' });

    const settings = await patch(card.PATCH, { slug, id }, { version: 1, greenPercent: 80, amberPercent: 50, perspectives: [{ id: cust.id, label: 'Clients', weight: 2 }] });
    expect(settings.status).toBe(200);
    expect(settings.json).toMatchObject({ greenThreshold: 0.8, amberThreshold: 0.5, version: 2 });
    expect(settings.json.perspectives[1]).toMatchObject({ label: 'Clients', weight: 2 });

    const moved = await patch(objective.PATCH, { slug, id: o1.json.id }, { version: 1, perspectiveId: cust.id, name: 'Revenue growth' });
    expect(moved.json).toMatchObject({ perspectiveId: cust.id, name: 'Revenue growth', version: 2, position: 1 });
    const got = await call(objective.GET, { slug, id: o1.json.id });
    expect(got.json).toMatchObject({ ownerName: ws.members[0].user.name, weight: 2 });
    const listed = await call(cardObjectives.GET, { slug, id });
    expect(listed.json.data.map((o: { name: string }) => o.name)).toEqual(['Loyalty', 'Revenue growth']);
    const full = await call(card.GET, { slug, id });
    expect(full.json.links).toEqual([{ id: l.json.id, causeId: o2.json.id, effectId: o1.json.id }]);
    expect(full.json.perspectives[1].objectives).toHaveLength(2);
    const page = await call(cards.GET, { slug });
    expect(page.json).toMatchObject({ data: [{ id, objectiveCount: 2, measureCount: 0 }], nextCursor: null });

    expect((await del(link.DELETE, { slug, id: l.json.id })).status).toBe(204);
    expect((await del(initiative.DELETE, { slug, id: i.json.id })).status).toBe(204);
    expect((await del(objective.DELETE, { slug, id: o2.json.id })).status).toBe(204);
    expect((await del(card.DELETE, { slug, id })).status).toBe(204);
    expect((await call(card.GET, { slug, id })).status).toBe(404);
    const log = await t.db.select({ action: activities.action }).from(activities).where(eq(activities.workspaceId, ws.workspace.id));
    expect(log.map((x) => x.action)).toEqual(expect.arrayContaining(['scorecard.created', 'perspective.updated', 'objective.moved', 'objective_link.created', 'objective_link.deleted', 'initiative.updated', 'scorecard.deleted']));
  });

  it('answers 409 with the current row for stale versions, storing nothing', async () => {
    const sc = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
    const o = sc.objectives[0];
    expect((await patch(objective.PATCH, { slug, id: o.id }, { version: 1, name: 'First' })).status).toBe(200);
    expect((await patch(card.PATCH, { slug, id: sc.scorecard.id }, { version: 1, name: 'First' })).status).toBe(200);
    const before = await snapshot(t.db);
    const a = await patch(objective.PATCH, { slug, id: o.id }, { version: 1, name: 'Second' });
    expect(a).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { name: 'First', version: 2 } } } });
    const b = await patch(card.PATCH, { slug, id: sc.scorecard.id }, { version: 1, name: 'Second' });
    expect(b).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { name: 'First', version: 2 } } } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('answers 400 for bad bodies (strict, thresholds, dates, foreign stage), storing nothing', async () => {
    const sc = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
    const other = await makeWorkspace(t.db, ['owner']);
    const foreignStage = (await makeJourney(t.db, other.workspace.id, { stageCount: 1, perStage: 0 })).stages[0];
    const before = await snapshot(t.db);
    const id = sc.scorecard.id;
    expect((await post(cards.POST, { slug }, { name: '', extra: 1 })).status).toBe(400);
    const th = await patch(card.PATCH, { slug, id }, { version: 1, greenPercent: 50, amberPercent: 70 });
    expect(th).toMatchObject({ status: 400, json: { error: { fields: { amberPercent: ['Amber must not be above green.'] } } } });
    expect((await patch(card.PATCH, { slug, id }, { version: 1, amberPercent: 95 })).status).toBe(400); // above the stored green (90)
    expect((await patch(card.PATCH, { slug, id }, { version: 1, perspectives: [{ id: sc.perspectives.customer.id, label: '' }] })).status).toBe(400);
    const st = await post(cardObjectives.POST, { slug, id }, { perspectiveId: sc.perspectives.customer.id, name: 'X', stageId: foreignStage.id });
    expect(st).toMatchObject({ status: 400, json: { error: { fields: { stageId: [expect.any(String)] } } } });
    const self = await post(links.POST, { slug, id: sc.objectives[0].id }, { effectId: sc.objectives[0].id });
    expect(self).toMatchObject({ status: 400, json: { error: { fields: { effectId: ['An objective cannot drive itself.'] } } } });
    const dates = await post(objInitiatives.POST, { slug, id: sc.objectives[0].id }, { name: 'X', startDate: '2026-05-01', dueDate: '2026-01-01', progress: 120 });
    expect(dates.status).toBe(400);
    expect(Object.keys(dates.json.error.fields).sort()).toEqual(['dueDate', 'progress']);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('another workspace’s ids are 404; viewers and viewer tokens read but cannot write; signed out is 401', async () => {
    const other = await makeWorkspace(t.db, ['owner']);
    const theirs = await makeScorecard(t.db, other.workspace.id, { perPerspective: 1 });
    const oid = theirs.objectives[0].id;
    expect((await call(card.GET, { slug, id: theirs.scorecard.id })).status).toBe(404);
    expect((await call(cardObjectives.GET, { slug, id: theirs.scorecard.id })).status).toBe(404);
    expect((await patch(objective.PATCH, { slug, id: oid }, { version: 1, name: 'x' })).status).toBe(404);
    expect((await call(objInitiatives.GET, { slug, id: oid })).status).toBe(404);
    expect((await del(objective.DELETE, { slug, id: oid })).status).toBe(404);
    session.user = other.members[0].user;
    expect((await call(cards.GET, { slug })).status).toBe(404);

    const mine = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
    session.user = ws.members[2].user;
    expect((await call(card.GET, { slug, id: mine.scorecard.id })).status).toBe(200);
    const before = await snapshot(t.db);
    expect((await post(cards.POST, { slug }, { name: 'Nope' })).status).toBe(403);
    expect((await del(objective.DELETE, { slug, id: mine.objectives[0].id })).status).toBe(403);
    session.user = null;
    const secret = newToken();
    await t.db.insert(apiTokens).values({ workspaceId: ws.workspace.id, name: 'ro', role: 'viewer', tokenHash: hashToken(secret), prefix: secret.slice(0, 7) });
    expect((await call(cards.GET, { slug }, { token: secret })).status).toBe(200);
    expect((await call(cards.POST, { slug }, { method: 'POST', token: secret, body: { name: 'Nope' } })).status).toBe(403);
    expect((await call(cards.GET, { slug })).status).toBe(401);
    expect(await t.db.select().from(objectives).where(eq(objectives.id, mine.objectives[0].id))).toHaveLength(1);
    const after = JSON.parse(await snapshot(t.db));
    delete after.api_tokens;
    const b = JSON.parse(before);
    delete b.api_tokens;
    expect(after).toEqual(b);
  });
});
