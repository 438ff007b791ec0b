import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { asc, eq } from 'drizzle-orm';
import { activities, measurementHistory, measurements, type User } from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const list = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/measurements/route');
const one = await import('@/app/api/v1/workspaces/[slug]/measurements/[id]/route');
const imports = await import('@/app/api/v1/workspaces/[slug]/scorecards/[id]/measurement-imports/route');
const survey = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/survey-answers/route');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
  session.user = world.byRole.editor;
});

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Opts = { method?: string; query?: string; body?: unknown; raw?: BodyInit; type?: string | null; headers?: Record<string, string> };
async function call(h: Handler, params: Record<string, string>, opts: Opts = {}) {
  const req = new NextRequest(`http://localhost/api/v1/x${opts.query ?? ''}`, {
    method: opts.method ?? 'GET',
    headers: { ...(opts.type === null ? {} : { 'content-type': opts.type ?? 'application/json' }), ...opts.headers },
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const res = await h(req, { params: Promise.resolve(params) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}
async function rows() {
  const all = JSON.parse(await snapshot(t.db));
  delete all.rate_limits;
  delete all.api_tokens; // last-used time
  return JSON.stringify(all);
}
const nps = () => ({ slug: world.a.slug, id: sc.measures['Net Promoter Score'] });

describe('measurements API', () => {
  it('an API token POST repeated twice leaves one row per period and reports the second unchanged', async () => {
    session.user = null;
    const { secret } = await createApiToken(world.a.id, { userId: world.byRole.owner.id, tokenId: null, name: 'Owner' }, { name: 'BI', role: 'editor' });
    const headers = { authorization: `Bearer ${secret}` };
    const body = { measurements: [{ period: '2026-01', value: 10 }, { period: '2026-02', value: 12.5, note: 'launch' }] };
    expect(await call(list.POST, nps(), { method: 'POST', body, headers })).toEqual({ status: 200, json: { created: 2, updated: 0, unchanged: 0 } });
    expect(await call(list.POST, nps(), { method: 'POST', body, headers })).toEqual({ status: 200, json: { created: 0, updated: 0, unchanged: 2 } });
    expect(await call(list.POST, nps(), { method: 'POST', body: { period: '2026-02', value: 13 }, headers })).toEqual({ status: 200, json: { created: 0, updated: 1, unchanged: 0 } });
    expect(await t.db.$count(measurements)).toBe(2);
    const hist = await t.db.select().from(measurementHistory).where(eq(measurementHistory.change, 'updated'));
    expect(hist).toMatchObject([{ previousValue: 12.5, previousNote: 'launch', value: 13, note: '', source: 'api', actorId: null, actorName: 'API token “BI”' }]);
    // One activity row per call that changed something (the upsert statement writes it), none for the unchanged repeat.
    const acts = await t.db.select().from(activities).where(eq(activities.targetId, nps().id)).orderBy(asc(activities.createdAt));
    expect(acts.map(({ action, targetType, targetLabel, actorUserId, actorName, data }) => ({ action, targetType, targetLabel, actorUserId, actorName, data }))).toEqual([
      { action: 'measurements.imported', targetType: 'measure', targetLabel: 'Net Promoter Score', actorUserId: null, actorName: 'API token “BI”', data: { created: 2, updated: 0, unchanged: 0, rows: 2, source: 'api' } },
      { action: 'measurement.recorded', targetType: 'measure', targetLabel: 'Net Promoter Score', actorUserId: null, actorName: 'API token “BI”', data: { period: '2026-02', value: 13, source: 'api', change: 'updated' } },
    ]);
    expect(acts.every((a) => a.workspaceId === world.a.id && a.actorTokenId !== null)).toBe(true);

    const got = await call(list.GET, nps(), { query: '?limit=1', headers });
    expect(got).toMatchObject({ status: 200, json: { data: [{ period: '2026-01', periodStart: '2026-01-01', value: 10, source: 'api', version: 1 }] } });
    const next = await call(list.GET, nps(), { query: `?limit=1&cursor=${got.json.nextCursor}`, headers });
    expect(next.json).toMatchObject({ data: [{ period: '2026-02', value: 13, version: 2 }], nextCursor: null });

    const id = next.json.data[0].id as string;
    expect(await call(one.PATCH, { slug: world.a.slug, id }, { method: 'PATCH', body: { value: 14, version: 1 }, headers })).toMatchObject({
      status: 409,
      json: { error: { code: 'conflict', current: { period: '2026-02', value: 13, version: 2 } } },
    });
    expect(await call(one.PATCH, { slug: world.a.slug, id }, { method: 'PATCH', body: { value: 14, version: 2 }, headers })).toMatchObject({ status: 200, json: { value: 14, version: 3 } });
    expect((await call(one.DELETE, { slug: world.a.slug, id }, { method: 'DELETE', headers })).status).toBe(204);
    expect(await t.db.$count(measurements)).toBe(1);
    const last = await t.db.select().from(measurementHistory).where(eq(measurementHistory.period, '2026-02-01'));
    expect(last.map((h) => [h.change, h.source, h.actorName])).toEqual(expect.arrayContaining([['updated', 'api', 'API token “BI”'], ['deleted', 'api', 'API token “BI”']]));
    const churn = { slug: world.a.slug, id: sc.measures['Churn rate'] };
    expect(await call(list.POST, churn, { method: 'POST', body: { period: '2026-03', value: 1.25 }, headers })).toMatchObject({ status: 200, json: { created: 1 } });
    const churnActs = await t.db.select().from(activities).where(eq(activities.targetId, churn.id));
    expect(churnActs.map((a) => [a.action, a.targetLabel, a.data])).toEqual([['measurement.recorded', 'Churn rate', { period: '2026-03', value: 1.25, source: 'api', change: 'created' }]]);
  });

  it('refuses bad bodies with 400 and field errors, writing nothing', async () => {
    expect((await call(list.POST, nps(), { method: 'POST', body: { period: '2026-01', value: 40 } })).status).toBe(200);
    const before = await rows();
    const bad = async (body: unknown, field: string) => {
      const r = await call(list.POST, nps(), { method: 'POST', body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(r.json.error.fields ?? {}), JSON.stringify(r.json)).toContain(field);
    };
    await bad({ period: '2026-W07', value: 1 }, 'period');
    await bad({ measurements: [{ period: '2026-01', value: 1 }, { period: '2026-13', value: 1 }] }, 'measurements.1.period');
    await bad({ measurements: [{ period: '2026-01', value: 1 }, { period: '2026-01', value: 2 }] }, 'measurements.1.period');
    await bad({ period: '2026-01', value: 'abc' }, 'value');
    await bad({ period: '2026-01', value: 1, extra: true }, 'extra');
    await bad({ measurements: [] }, 'measurements');
    const [value] = await t.db.select({ id: measurements.id }).from(measurements).where(eq(measurements.measureId, sc.measures['Net Promoter Score']));
    const patch = await call(one.PATCH, { slug: world.a.slug, id: value.id }, { method: 'PATCH', body: { version: 1 } });
    expect(patch.status).toBe(400);
    // A measure's id is not a measurement's: with a refused body too, the id is checked first (404).
    expect((await call(one.PATCH, { slug: world.a.slug, id: sc.measures['Churn rate'] }, { method: 'PATCH', body: { version: 1 } })).status).toBe(404);
    expect(await rows()).toBe(before);
  });

  it('applies roles and hides other workspaces (404)', async () => {
    const before = await rows();
    session.user = world.byRole.viewer;
    expect((await call(list.GET, nps())).status).toBe(200);
    expect((await call(list.POST, nps(), { method: 'POST', body: { period: '2026-01', value: 1 } })).status).toBe(403);
    session.user = world.outsider;
    expect((await call(list.GET, nps())).status).toBe(404);
    expect((await call(list.POST, nps(), { method: 'POST', body: { period: '2026-01', value: 1 } })).status).toBe(404);
    // A measure of another workspace is not found from this one.
    const theirs = await seedMeasureScorecard(t.db, world.b.id, 'Theirs');
    const afterSeed = await rows();
    session.user = world.byRole.editor;
    expect((await call(list.POST, { slug: world.a.slug, id: theirs.measures['Churn rate'] }, { method: 'POST', body: { period: '2026-01', value: 1 } })).status).toBe(404);
    expect((await call(list.GET, { slug: world.a.slug, id: theirs.measures['Churn rate'] })).status).toBe(404);
    expect(await rows()).toBe(afterSeed);
    expect(before).not.toBe(afterSeed);
  });
});

describe('CSV import route', () => {
  const csv = (lines: string[]) => lines.join('\n') + '\n';
  const post = (raw: BodyInit, type = 'text/csv', id = sc.scorecardId, headers: Record<string, string> = {}) =>
    call(imports.POST, { slug: world.a.slug, id }, { method: 'POST', raw, type, headers });

  it('reports every bad row and writes nothing; then imports, then changes nothing on the same file', async () => {
    const before = await rows();
    const bad = await post(csv(['measure;period;value', 'Net Promoter Score;2026-01;10', 'Churn rate;2026-02;1,5', 'Nope;2026-02;1']));
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'invalid', message: expect.stringContaining('2 rows have problems'), rows: [{ row: 3, column: 'value' }, { row: 4, column: 'measure' }] } } });
    expect(await rows()).toBe(before);

    const good = csv(['measure,period,value,note', 'Net Promoter Score,2026-01,10,', 'Churn rate,2026-02,1.5,ok', 'Website traffic,2026-W07,1200,']);
    expect(await post(good)).toEqual({ status: 200, json: { created: 3, updated: 0, unchanged: 0, rows: 3 } });
    const form = new FormData();
    form.set('file', new File([good], 'kpis.csv', { type: 'text/csv' }));
    const again = await call(imports.POST, { slug: world.a.slug, id: sc.scorecardId }, { method: 'POST', raw: form, type: null });
    expect(again).toEqual({ status: 200, json: { created: 0, updated: 0, unchanged: 3, rows: 3 } });
  });

  it('streams its phases as NDJSON when asked, ending with the result or the bad rows', async () => {
    const lines = async (raw: string, id = sc.scorecardId) => {
      const req = new NextRequest('http://localhost/api/v1/x', { method: 'POST', headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' }, body: raw });
      const res = await imports.POST(req, { params: Promise.resolve({ slug: world.a.slug, id }) });
      return { status: res.status, lines: res.status === 200 ? (await res.text()).trim().split('\n').map((l) => JSON.parse(l)) : await res.json() };
    };
    expect(await lines('measure,period,value\nChurn rate,2026-01,1\nNope,2026-01,1\n')).toEqual({
      status: 200,
      lines: [{ phase: 'validating' }, { error: { code: 'invalid', message: expect.stringContaining('1 row has a problem'), rows: [expect.objectContaining({ row: 3, column: 'measure' })] } }],
    });
    expect(await t.db.$count(measurements)).toBe(0);
    expect(await lines('measure,period,value\nChurn rate,2026-01,1\n')).toEqual({
      status: 200,
      lines: [{ phase: 'validating' }, { phase: 'writing', written: 0, rows: 1 }, { phase: 'writing', written: 1, rows: 1 }, { result: { created: 1, updated: 0, unchanged: 0, rows: 1 } }],
    });
    expect((await lines('measure,period,value\n', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('imports a 20,000-row CSV through the route (parse, validate, write) with the right counts', async () => {
    const list = Array.from({ length: 10 }, (_, i) => ({ name: `Traffic ${i}`, frequency: 'weekly' as const }));
    const big = await seedMeasureScorecard(t.db, world.a.id, 'Bench', list);
    const lines = ['measure,period,value,note'];
    for (let m = 0; m < 10; m++) for (let w = 0; w < 2000; w++) lines.push(`Traffic ${m},${1980 + Math.floor(w / 52)}-W${String((w % 52) + 1).padStart(2, '0')},${w * 1.5},`);
    const started = performance.now();
    expect(await post(lines.join('\n'), 'text/csv', big.scorecardId)).toEqual({ status: 200, json: { created: 20_000, updated: 0, unchanged: 0, rows: 20_000 } });
    console.info(`[measurements] 20,000-row CSV through the route: ${(performance.now() - started).toFixed(0)} ms`);
    expect(await t.db.$count(measurements)).toBe(20_000);
  }, 120_000);

  it('refuses over 5 MB with 413 before reading, and an unknown scorecard with 404', async () => {
    const big = await post('x', 'text/csv', sc.scorecardId, { 'content-length': String(6 * 1024 * 1024) });
    expect(big).toMatchObject({ status: 413, json: { error: { code: 'payload_too_large', message: 'The upload is larger than 5 MB.' } } });
    const streamed = await post('measure,period,value\n' + 'a'.repeat(5 * 1024 * 1024 + 10));
    expect(streamed.status).toBe(413);
    const form = new FormData();
    form.set('file', new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'big.csv', { type: 'text/csv' }));
    expect((await call(imports.POST, { slug: world.a.slug, id: sc.scorecardId }, { method: 'POST', raw: form, type: null })).status).toBe(413);
    const latin1 = await post(new Uint8Array([0x6d, 0x65, 0x61, 0x73, 0xe9, 0x0a]) as unknown as BodyInit);
    expect(latin1).toMatchObject({ status: 400, json: { error: { message: expect.stringContaining('not UTF-8') } } });
    expect((await post('measure,period,value\n', 'text/csv', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const theirs = await seedMeasureScorecard(t.db, world.b.id, 'Theirs');
    expect((await post('measure,period,value\nChurn rate,2026-01,1\n', 'text/csv', theirs.scorecardId)).status).toBe(404);
    session.user = world.byRole.viewer;
    expect((await post('measure,period,value\nChurn rate,2026-01,1\n')).status).toBe(403);
    expect(await t.db.$count(measurements)).toBe(0);
  });
});

describe('survey answers route', () => {
  it('records NPS from raw answers with its counts, and refuses bad answers', async () => {
    const post = (raw: string, query = '?period=2026-02') => call(survey.POST, nps(), { method: 'POST', raw, type: 'text/csv', query });
    expect(await post('10\n6\n6\n')).toEqual({
      status: 200,
      json: { created: 1, updated: 0, unchanged: 0, period: '2026-02', value: -100 / 3, display: '-33.3', survey: { kind: 'nps', n: 3, promoters: 1, passives: 0, detractors: 2 } },
    });
    const [m] = await t.db.select().from(measurements);
    expect(m).toMatchObject({ source: 'survey', survey: { kind: 'nps', n: 3, promoters: 1, passives: 0, detractors: 2 } });
    const before = await rows();
    expect(await post('10\n11\n7.5\n')).toMatchObject({ status: 400, json: { error: { rows: [{ row: 2, reason: expect.stringContaining('outside') }, { row: 3 }] } } });
    expect((await post('10\n', '?period=2026-W07')).status).toBe(400);
    expect(await rows()).toBe(before);
  });
});
