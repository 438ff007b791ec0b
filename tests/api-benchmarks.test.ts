import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { benchmarks, measures, type User } from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const list = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/benchmarks/route');
const one = await import('@/app/api/v1/workspaces/[slug]/benchmarks/[id]/route');
const ref = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/reference-benchmark/route');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
  session.user = world.byRole.editor;
});

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
const nps = () => ({ slug: world.a.slug, id: sc.measures['Net Promoter Score'] });
const body = { kind: 'competitor', competitorName: 'Acme', value: -5, asOf: '2026-01-31', source: 'Annual report', sourceUrl: 'https://example.com/r' };

describe('benchmarks API', () => {
  it('creates, lists, reads, updates (versioned), sets the reference and deletes, with a token', async () => {
    session.user = null;
    const { secret } = await createApiToken(world.a.id, { userId: world.byRole.owner.id, tokenId: null, name: 'Owner' }, { name: 'BI', role: 'editor' });
    const headers = { authorization: `Bearer ${secret}` };
    const made = await call(list.POST, nps(), { method: 'POST', body, headers });
    expect(made).toMatchObject({ status: 200, json: { kind: 'competitor', competitorName: 'Acme', value: -5, asOf: '2026-01-31', periodLabel: '', note: '', version: 1 } });
    const id = made.json.id;
    expect(await call(list.GET, nps(), { headers })).toMatchObject({ status: 200, json: { data: [{ id }], nextCursor: null } });
    expect(await call(one.GET, { slug: world.a.slug, id }, { headers })).toMatchObject({ status: 200, json: { id, source: 'Annual report' } });
    const upd = await call(one.PATCH, { slug: world.a.slug, id }, { method: 'PATCH', body: { ...body, value: -4, version: 1 }, headers });
    expect(upd).toMatchObject({ status: 200, json: { value: -4, version: 2 } });
    const stale = await call(one.PATCH, { slug: world.a.slug, id }, { method: 'PATCH', body: { ...body, value: 1, version: 1 }, headers });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'conflict', current: { value: -4, version: 2 } } } });
    const [m] = await t.db.select().from(measures).where(eq(measures.id, nps().id));
    expect(await call(ref.POST, nps(), { method: 'POST', body: { benchmarkId: id, version: m.version }, headers })).toMatchObject({ status: 200, json: { referenceBenchmarkId: id, version: m.version + 1 } });
    expect(await call(one.DELETE, { slug: world.a.slug, id }, { method: 'DELETE', headers })).toEqual({ status: 204, json: null });
    expect((await t.db.select().from(measures).where(eq(measures.id, nps().id)))[0].referenceBenchmarkId).toBeNull();
  });

  it('answers 400 with field errors for bad input and writes nothing', async () => {
    const before = await rows();
    const r = await call(list.POST, nps(), { method: 'POST', body: { kind: 'competitor', value: 'x', asOf: '2026-13-01' } });
    expect(r.status).toBe(400);
    expect(Object.keys(r.json.error.fields).sort()).toEqual(['asOf', 'value']);
    expect(await rows()).toBe(before);
  });

  it('404s outsiders and other workspaces’ ids, 403s viewers, and writes nothing', async () => {
    const made = await call(list.POST, nps(), { method: 'POST', body });
    const id = made.json.id;
    const before = await rows();
    session.user = world.outsider;
    expect((await call(list.GET, nps())).status).toBe(404);
    expect((await call(one.DELETE, { slug: world.a.slug, id }, { method: 'DELETE' })).status).toBe(404);
    expect((await call(one.GET, { slug: world.b.slug, id })).status).toBe(404);
    expect((await call(list.POST, { slug: world.b.slug, id: nps().id }, { method: 'POST', body })).status).toBe(404);
    session.user = world.byRole.viewer;
    expect((await call(list.GET, nps())).status).toBe(200);
    expect((await call(one.PATCH, { slug: world.a.slug, id }, { method: 'PATCH', body: { ...body, version: 1 } })).status).toBe(403);
    expect(await rows()).toBe(before);
    expect(await t.db.$count(benchmarks)).toBe(1);
  });
});
