import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { benchmarks, type User } from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const imports = await import('@/app/api/v1/workspaces/[slug]/scorecards/[id]/benchmark-imports/route');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
  session.user = world.byRole.editor;
});

async function post(raw: BodyInit, opts: { id?: string; type?: string | null; headers?: Record<string, string> } = {}) {
  const type = opts.type === undefined ? 'text/csv' : opts.type;
  const req = new NextRequest('http://localhost/api/v1/x', { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...opts.headers }, body: raw });
  const res = await imports.POST(req, { params: Promise.resolve({ slug: world.a.slug, id: opts.id ?? sc.scorecardId }) });
  const text = await res.text();
  return { status: res.status, json: (res.headers.get('content-type') ?? '').includes('ndjson') ? text.trim().split('\n').map((l) => JSON.parse(l)) : JSON.parse(text) };
}
async function rows() {
  const all = JSON.parse(await snapshot(t.db));
  delete all.rate_limits;
  delete all.api_tokens; // last-used time
  return JSON.stringify(all);
}
const GOOD = 'measure,kind,value,as_of,competitor,reference\nChurn rate,competitor,2.5,2026-01-31,Acme,yes\nNet Promoter Score,industry average,30,2026-01-31,,\n';
const BAD = 'measure;kind;value;as_of\nChurn rate;competitor;2.5;2026-01-31\nNet Promoter Score;industry average;30;2026-13-01\n';

describe('benchmark import route', () => {
  it('reports every bad row and writes nothing, then imports (also multipart), then changes nothing', async () => {
    const before = await rows();
    expect(await post(BAD)).toMatchObject({
      status: 400,
      json: { error: { code: 'invalid', message: expect.stringContaining('2 rows have problems'), rows: [{ row: 2, column: 'competitor' }, { row: 3, column: 'as_of' }] } },
    });
    expect(await rows()).toBe(before);
    expect(await post(GOOD)).toEqual({ status: 200, json: { created: 2, updated: 0, unchanged: 0, references: 1, rows: 2 } });
    const form = new FormData();
    form.set('file', new File([GOOD], 'benchmarks.csv', { type: 'text/csv' }));
    expect(await post(form, { type: null })).toEqual({ status: 200, json: { created: 0, updated: 0, unchanged: 2, references: 0, rows: 2 } });
  });

  it('streams its phases as NDJSON when asked', async () => {
    const headers = { accept: 'application/x-ndjson' };
    expect(await post(BAD, { headers })).toEqual({
      status: 200,
      json: [{ phase: 'validating' }, { error: { code: 'invalid', message: expect.stringContaining('2 rows'), rows: [expect.objectContaining({ row: 2 }), expect.objectContaining({ row: 3 })] } }],
    });
    expect(await post(GOOD, { headers })).toEqual({
      status: 200,
      json: [{ phase: 'validating' }, { phase: 'writing', written: 0, rows: 2 }, { phase: 'writing', written: 2, rows: 2 }, { result: { created: 2, updated: 0, unchanged: 0, references: 1, rows: 2 } }],
    });
    expect((await post(GOOD, { headers, id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('works with an editor token; refuses viewers and viewer tokens (403), outsiders, foreign scorecards and other workspaces’ tokens (404)', async () => {
    const theirs = await seedMeasureScorecard(t.db, world.b.id, 'Theirs');
    const before = await rows();
    session.user = world.byRole.viewer;
    expect((await post(GOOD)).status).toBe(403);
    session.user = world.outsider;
    expect((await post(GOOD)).status).toBe(404);
    session.user = world.byRole.editor;
    expect((await post(GOOD, { id: theirs.scorecardId })).status).toBe(404);
    expect((await post(GOOD, { id: 'not-a-uuid' })).status).toBe(404);
    const owner = { userId: world.byRole.owner.id, tokenId: null, name: 'Owner' };
    const viewerToken = await createApiToken(world.a.id, owner, { name: 'Read', role: 'viewer' });
    const otherToken = await createApiToken(world.b.id, { ...owner, userId: world.outsider.id }, { name: 'B', role: 'editor' });
    const afterTokens = await rows();
    session.user = null;
    expect((await post(GOOD, { headers: { authorization: `Bearer ${viewerToken.secret}` } })).status).toBe(403);
    expect((await post(GOOD, { headers: { authorization: `Bearer ${otherToken.secret}` } })).status).toBe(404);
    expect(await rows()).toBe(afterTokens);
    expect(afterTokens).not.toBe(before);
    const editorToken = await createApiToken(world.a.id, owner, { name: 'BI', role: 'editor' });
    expect(await post(GOOD, { headers: { authorization: `Bearer ${editorToken.secret}` } })).toMatchObject({ status: 200, json: { created: 2 } });
  });

  it('refuses over 5 MB with 413 before reading, and a file that is not UTF-8', async () => {
    expect(await post('x', { headers: { 'content-length': String(6 * 1024 * 1024) } })).toMatchObject({ status: 413, json: { error: { code: 'payload_too_large' } } });
    expect((await post('measure,kind,value,as_of\n' + 'a'.repeat(5 * 1024 * 1024 + 10))).status).toBe(413);
    const latin1 = await post(new Uint8Array([0x6d, 0x65, 0x61, 0x73, 0xe9, 0x0a]) as unknown as BodyInit);
    expect(latin1).toMatchObject({ status: 400, json: { error: { message: expect.stringContaining('not UTF-8') } } });
    expect(await t.db.$count(benchmarks)).toBe(0);
  });
});
