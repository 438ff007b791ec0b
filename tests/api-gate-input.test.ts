import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { User, Workspace } from '@/db/schema';
import { apiHandler } from '@/lib/api/handler';
import { defineRoute, pageQuery, slugParam, uuidParam } from '@/lib/api/spec';
import { conflict } from '@/lib/errors';
import { useTestDatabase } from './support/db';
import { session } from './support/session-mock';
import { apiRequest, json, makeMember, makeToken, makeWorkspace, params } from './support/gate';

// apiHandler with local specs: the role check, body and query validation, body size and the
// cross-site check for cookie calls. The handler body must not run when the gate refuses.

vi.mock('@/lib/session', () => import('./support/session-mock'));

useTestDatabase();

const createThing = defineRoute({
  id: 'testCreateThing',
  method: 'POST',
  path: '/workspaces/{slug}/things',
  tag: 'Test',
  summary: 'Create a thing',
  permission: 'content.write',
  params: z.object({ slug: slugParam }),
  // Deliberately not .strict(): the gate must refuse unknown keys anyway.
  body: z.object({ name: z.string().min(1, 'Enter a name.'), size: z.number().int().optional() }),
  status: 201,
});

const listThings = defineRoute({
  id: 'testListThings',
  method: 'GET',
  path: '/workspaces/{slug}/things/{id}',
  tag: 'Test',
  summary: 'List things',
  permission: 'content.read',
  params: z.object({ slug: slugParam, id: uuidParam }),
  query: pageQuery,
});

const ran = vi.fn();
const POST = apiHandler(createThing, async ({ body, ctx }) => {
  ran();
  if (body.name === 'stale') throw conflict({ version: 7 });
  if (body.name === 'boom') throw new Error('database on fire at /secret/path');
  return { name: body.name, by: ctx.role };
});
const LIST = apiHandler(listThings, async ({ query }) => ({ data: [], nextCursor: null, limit: query.limit }));

let owner: User;
let workspace: Workspace;
const post = (body: BodyInit | undefined, init: Parameters<typeof apiRequest>[1] = {}, slug = workspace.slug) =>
  POST(apiRequest(`/api/v1/workspaces/${slug}/things`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...init.headers }, token: init.token }), params({ slug }));
const list = (search: string, id = '8a3f5a4e-4c0e-4b8e-9a55-2f0f6c1f9d11') =>
  LIST(apiRequest(`/api/v1/workspaces/${workspace.slug}/things/${id}${search}`, { token: tokenSecret }), params({ slug: workspace.slug, id }));
let tokenSecret: string;

beforeEach(async () => {
  ran.mockClear();
  session.user = null;
  ({ owner, workspace } = await makeWorkspace('Things'));
  tokenSecret = (await makeToken(workspace.id, owner, 'editor')).secret;
});

describe('role', () => {
  it('answers 403 to a token whose role is too low, and 201 to one that suffices', async () => {
    const viewer = await makeToken(workspace.id, owner, 'viewer');
    const res = await post(JSON.stringify({ name: 'x' }), { token: viewer.secret });
    expect(res.status).toBe(403);
    expect((await json(res)).error?.code).toBe('forbidden');
    expect(ran).not.toHaveBeenCalled();
    const ok = await post(JSON.stringify({ name: 'x' }), { token: tokenSecret });
    expect(ok.status).toBe(201);
    expect(await json(ok)).toEqual({ name: 'x', by: 'editor' });
  });

  it('answers 403 to a signed-in viewer, and checks 401 and 404 before the role', async () => {
    session.user = await makeMember(workspace.id, 'viewer');
    expect((await post(JSON.stringify({ name: 'x' }))).status).toBe(403);
    session.user = null;
    expect((await post(JSON.stringify({ name: 'x' }))).status).toBe(401);
    const other = await makeWorkspace('Other');
    const foreign = await makeToken(other.workspace.id, other.owner, 'viewer');
    expect((await post(JSON.stringify({ name: 'x' }), { token: foreign.secret })).status).toBe(404);
    expect(ran).not.toHaveBeenCalled();
  });
});

describe('body', () => {
  it.each([
    ['invalid JSON', '{"name": ', '_body'],
    ['not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), '_body'],
    ['a JSON array', '[1,2]', '_body'],
    ['a missing field', '{}', 'name'],
    ['a wrong type', '{"name":"x","size":"big"}', 'size'],
    ['an unknown key', '{"name":"x","colour":"red"}', 'colour'],
  ])('answers 400 with field errors for %s', async (_, body, field) => {
    const res = await post(body as BodyInit, { token: tokenSecret });
    expect(res.status).toBe(400);
    const err = (await json(res)).error!;
    expect(err.code).toBe('invalid');
    expect(err.fields?.[field]?.length).toBeGreaterThan(0);
    expect(ran).not.toHaveBeenCalled();
  });

  describe('size', () => {
    beforeEach(() => vi.stubEnv('API_MAX_BODY_BYTES', '100'));
    afterEach(() => vi.unstubAllEnvs());

    it('answers 413 when Content-Length declares too much', async () => {
      const res = await post(JSON.stringify({ name: 'x' }), { token: tokenSecret, headers: { 'content-length': '101' } });
      expect(res.status).toBe(413);
      expect((await json(res)).error?.code).toBe('payload_too_large');
    });

    it('answers 413 when the body is larger than declared or undeclared', async () => {
      const big = JSON.stringify({ name: 'x'.repeat(200) });
      expect((await post(big, { token: tokenSecret })).status).toBe(413);
      expect((await post(big, { token: tokenSecret, headers: { 'content-length': '20' } })).status).toBe(413);
      expect(ran).not.toHaveBeenCalled();
    });

    it('stops reading a streamed body once it passes the limit', async () => {
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(c) {
          pulled++;
          if (pulled > 1000) return c.close();
          c.enqueue(new TextEncoder().encode('x'.repeat(64)));
        },
      });
      expect((await post(stream, { token: tokenSecret })).status).toBe(413);
      expect(pulled).toBeLessThan(10);
    });

    it('accepts a body at the limit', async () => {
      const body = JSON.stringify({ name: 'y'.repeat(100 - 11) });
      expect(Buffer.byteLength(body)).toBe(100);
      expect((await post(body, { token: tokenSecret })).status).toBe(201);
    });
  });
});

describe('query and path', () => {
  it('passes parsed query values with defaults', async () => {
    const res = await list('?limit=5');
    expect(res.status).toBe(200);
    expect((await json(res)).limit).toBe(5);
    expect((await json(await list(''))).limit).toBe(50);
  });

  it.each([
    ['a limit of 0', '?limit=0', 'limit'],
    ['a non-numeric limit', '?limit=lots', 'limit'],
    ['an unknown parameter', '?limit=5&sort=name', 'sort'],
  ])('answers 400 with field errors for %s', async (_, search, field) => {
    const res = await list(search);
    expect(res.status).toBe(400);
    expect((await json(res)).error?.fields?.[field]?.length).toBeGreaterThan(0);
  });

  it('answers 404 for a malformed id', async () => {
    expect((await list('', 'not-a-uuid')).status).toBe(404);
  });
});

describe('cookie calls from another site', () => {
  beforeEach(() => {
    session.user = owner;
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site (other subdomain) fetch', { 'sec-fetch-site': 'same-site', origin: 'https://app.localhost:3000' }],
  ])('refuses a cookie POST from %s with 403', async (_, headers) => {
    const res = await post(JSON.stringify({ name: 'x' }), { headers });
    expect(res.status).toBe(403);
    expect((await json(res)).error?.code).toBe('forbidden');
    expect(ran).not.toHaveBeenCalled();
  });

  it('accepts a cookie POST from this origin', async () => {
    const res = await post(JSON.stringify({ name: 'x' }), { headers: { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(201);
  });

  it('accepts a Bearer POST whatever its origin (a token is never sent by the browser on its own)', async () => {
    session.user = null;
    const res = await post(JSON.stringify({ name: 'x' }), { token: tokenSecret, headers: { origin: 'https://tools.example' } });
    expect(res.status).toBe(201);
  });
});

describe('handler errors', () => {
  it('answers 409 with the current item for a stale version', async () => {
    const res = await post(JSON.stringify({ name: 'stale' }), { token: tokenSecret });
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: 'conflict', current: { version: 7 } });
  });

  it('answers 500 without leaking the error', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await post(JSON.stringify({ name: 'boom' }), { token: tokenSecret });
    expect(res.status).toBe(500);
    expect(JSON.stringify(await json(res))).not.toMatch(/secret|fire/);
    spy.mockRestore();
  });
});
