import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { activities, apiTokens, measures, measureTargets, type User } from '@/db/schema';
import { hashToken, newToken } from '@/lib/tokens';
import { useTestDatabase } from './support/db';
import { activityOf } from './support/journey-fixtures';
import { addMeasurement, makeMeasureTeam } from './support/measure-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));

const list = await import('@/app/api/v1/workspaces/[slug]/scorecards/[id]/measures/route');
const one = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/route');

const t = useTestDatabase();
// The rate-limit counter moves with every request; the content tables must not.
const stored = async () => [await t.db.select().from(measures), await t.db.select().from(measureTargets), await t.db.select().from(activities)];

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, params: Record<string, string>, opts: { method?: string; query?: string; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, { method: opts.method ?? 'GET', headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}

let team: Awaited<ReturnType<typeof makeMeasureTeam>>;
let slug: string;
beforeEach(async () => {
  team = await makeMeasureTeam(t.db);
  slug = team.workspace.slug;
  session.user = team.editor;
});

const churn = () => ({
  objectiveId: team.objective.id,
  name: 'Churn rate',
  unit: '%',
  direction: 'lower',
  frequency: 'monthly',
  baseline: 8,
  libraryKey: 'churn-rate',
  targets: [{ from: '2026-01', target: 5 }],
});

async function token(role: 'viewer' | 'editor') {
  const tk = newToken();
  await t.db.insert(apiTokens).values({ workspaceId: team.workspace.id, name: role, role, tokenHash: hashToken(tk), prefix: tk.slice(0, 7), createdBy: team.owner.id });
  return tk;
}

describe('measures API', () => {
  it('creates with defaults, lists in pages, reads, patches (targets replaced) and deletes', async () => {
    const c = await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: churn() });
    expect(c).toMatchObject({ status: 201, json: { name: 'Churn rate', amberThreshold: 0.7, weight: 1, decimals: 1, indicator: 'lagging', version: 1, targets: [{ from: '2026-01', fromPeriod: '2026-01-01', target: 5 }] } });
    const id = c.json.id;
    await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: { ...churn(), name: 'Traffic', direction: 'higher', unit: 'count', libraryKey: 'website-traffic', baseline: 100 } });
    const p1 = await call(list.GET, { slug, id: team.scorecard.id }, { query: '?limit=1' });
    expect(p1).toMatchObject({ status: 200, json: { data: [{ name: 'Churn rate' }] } });
    const p2 = await call(list.GET, { slug, id: team.scorecard.id }, { query: `?limit=1&cursor=${p1.json.nextCursor}` });
    expect(p2.json).toMatchObject({ data: [{ name: 'Traffic' }], nextCursor: null });
    expect((await call(one.GET, { slug, id })).json).toMatchObject({ id, objective: { name: 'Delight customers' } });

    const patched = await call(one.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, targets: [{ from: '2026-01', target: 5 }, { from: '2026-07', target: 4 }] } });
    expect(patched).toMatchObject({ status: 200, json: { version: 2, targets: [{ from: '2026-01' }, { from: '2026-07', target: 4 }] } });
    const stale = await call(one.PATCH, { slug, id }, { method: 'PATCH', body: { version: 1, name: 'Old' } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { version: 2, name: 'Churn rate' } } } });
    expect((await call(one.DELETE, { slug, id }, { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.GET, { slug, id })).status).toBe(404);
    expect(await activityOf(t.db, team.workspace.id)).toEqual(['journey.created', 'measure.created', 'measure.created', 'measure.updated', 'measure.deleted']);
  });

  it('answers 400 with fields for bad bodies and rule breaks, storing nothing', async () => {
    const before = await stored();
    const bad = await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: { ...churn(), colour: 'red', baseline: 'eight' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['baseline', 'colour']);
    const range = await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: { ...churn(), direction: 'range', targets: [{ from: '2026-W03', lo: 1, hi: 2 }] } });
    expect(range).toMatchObject({ status: 400, json: { error: { fields: { tolerance: [expect.any(String)], 'targets.0.from': [expect.stringMatching(/weekly period; this measure is monthly/)] } } } });
    expect(await stored()).toEqual(before);
  });

  it('a PATCH changing the frequency is refused while measurements exist, saying so', async () => {
    const c = await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: churn() });
    await addMeasurement(t.db, team.workspace.id, c.json.id, '2026-02-01', 7);
    const r = await call(one.PATCH, { slug, id: c.json.id }, { method: 'PATCH', body: { version: 1, frequency: 'quarterly', targets: [{ from: '2026-Q1', target: 5 }] } });
    expect(r).toMatchObject({ status: 400, json: { error: { fields: { frequency: [expect.stringMatching(/cannot change while they exist/)] } } } });
    const [row] = await t.db.select().from(measures).where(eq(measures.id, c.json.id));
    expect(row.frequency).toBe('monthly');
  });

  it('foreign scorecards and measures are 404; a viewer token reads but cannot write', async () => {
    const other = await makeMeasureTeam(t.db);
    expect((await call(list.GET, { slug, id: other.scorecard.id })).status).toBe(404);
    expect((await call(list.POST, { slug, id: other.scorecard.id }, { method: 'POST', body: { ...churn(), objectiveId: other.objective.id } })).status).toBe(404);
    expect((await call(list.POST, { slug, id: team.scorecard.id }, { method: 'POST', body: { ...churn(), objectiveId: other.objective.id } })).status).toBe(404);
    session.user = other.editor;
    const theirs = await call(list.POST, { slug: other.workspace.slug, id: other.scorecard.id }, { method: 'POST', body: { ...churn(), objectiveId: other.objective.id } });
    expect(theirs.status).toBe(201);
    session.user = team.editor;
    expect((await call(one.GET, { slug, id: theirs.json.id })).status).toBe(404);
    expect((await call(one.DELETE, { slug, id: theirs.json.id }, { method: 'DELETE' })).status).toBe(404);
    session.user = null;
    const ro = await token('viewer');
    expect((await call(list.GET, { slug, id: team.scorecard.id }, { token: ro })).status).toBe(200);
    expect((await call(list.POST, { slug, id: team.scorecard.id }, { token: ro, method: 'POST', body: churn() })).status).toBe(403);
    const rw = await token('editor');
    expect(await call(list.POST, { slug, id: team.scorecard.id }, { token: rw, method: 'POST', body: churn() })).toMatchObject({ status: 201 });
    expect((await call(list.GET, { slug: other.workspace.slug, id: other.scorecard.id }, { token: rw })).status).toBe(404);
  });
});
