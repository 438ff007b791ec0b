import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { User, Workspace } from '@/db/schema';
import { apiTokens } from '@/db/schema';
import { getDb } from '@/db';
import { revokeApiToken } from '@/db/queries/api-tokens';
import { GET } from '@/app/api/v1/workspaces/[slug]/route';
import { useTestDatabase } from './support/db';
import { session } from './support/session-mock';
import { apiRequest, json, makeMember, makeToken, makeUser, makeWorkspace, params } from './support/gate';

// The JSON API gate, through the real GET /api/v1/workspaces/{slug} route: who gets in, who gets
// 401 / 404 / 429, and what a token's use records. Body, query, role and origin checks are in
// api-gate-input.test.ts (they need routes with a body, which this branch does not ship yet).

vi.mock('@/lib/session', () => import('./support/session-mock'));

useTestDatabase();

let owner: User;
let workspace: Workspace;
const get = (slug: string, init: Parameters<typeof apiRequest>[1] = {}) => GET(apiRequest(`/api/v1/workspaces/${slug}`, init), params({ slug }));

beforeEach(async () => {
  session.user = null;
  ({ owner, workspace } = await makeWorkspace('Acme'));
});

describe('authentication', () => {
  it('answers 401 without credentials, with a WWW-Authenticate hint', async () => {
    const res = await get(workspace.slug);
    expect(res.status).toBe(401);
    expect((await json(res)).error?.code).toBe('unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it.each([
    ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer', 'Bearer'],
    ['two words after Bearer', 'Bearer wf_abc wf_def'],
    ['a bare token', 'wf_abcdef'],
  ])('answers 401 for a malformed Authorization header (%s)', async (_, header) => {
    session.user = owner; // a valid cookie does not rescue a bad token: the header wins
    const res = await get(workspace.slug, { headers: { authorization: header } });
    expect(res.status).toBe(401);
  });

  it('answers 401 for an unknown token', async () => {
    const res = await get(workspace.slug, { token: 'wf_' + 'x'.repeat(43) });
    expect(res.status).toBe(401);
    expect((await json(res)).error?.code).toBe('unauthorized');
  });

  it('answers 401 for a revoked token', async () => {
    const t = await makeToken(workspace.id, owner, 'admin');
    expect((await get(workspace.slug, { token: t.secret })).status).toBe(200);
    await revokeApiToken(workspace.id, { userId: owner.id, tokenId: null, name: owner.name, role: 'owner' }, t.id);
    expect((await get(workspace.slug, { token: t.secret })).status).toBe(401);
  });

  it('answers 200 with the token’s role (not its creator’s)', async () => {
    const t = await makeToken(workspace.id, owner, 'viewer');
    const res = await get(workspace.slug, { token: t.secret });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ id: workspace.id, slug: workspace.slug, name: 'Acme', role: 'viewer' });
  });

  it('answers members with their membership role through the session cookie', async () => {
    session.user = await makeMember(workspace.id, 'editor');
    const res = await get(workspace.slug);
    expect(res.status).toBe(200);
    expect((await json(res)).role).toBe('editor');
  });
});

describe('tenancy', () => {
  it('answers 404 for a token of another workspace', async () => {
    const other = await makeWorkspace('Other');
    const t = await makeToken(other.workspace.id, other.owner, 'owner');
    const res = await get(workspace.slug, { token: t.secret });
    expect(res.status).toBe(404);
    expect((await json(res)).error?.code).toBe('not_found');
  });

  it('answers 404 for an unknown or malformed slug, to tokens and to signed-in users alike', async () => {
    const t = await makeToken(workspace.id, owner, 'owner');
    for (const slug of ['no-such-workspace', 'Not A Slug!']) {
      expect((await get(slug, { token: t.secret })).status).toBe(404);
      session.user = owner;
      expect((await get(slug)).status).toBe(404);
      session.user = null;
    }
  });

  it('answers 404 to a signed-in user who is not a member', async () => {
    session.user = await makeUser('Outsider');
    expect((await get(workspace.slug)).status).toBe(404);
  });
});

describe('token use', () => {
  it('records when a token was last used (at most once a minute)', async () => {
    const t = await makeToken(workspace.id, owner, 'viewer');
    const db = await getDb();
    const lastUsed = async () => (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, t.id)))[0].at;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    expect((await get(workspace.slug, { token: t.secret })).status).toBe(200);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    expect(first!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await get(workspace.slug, { token: t.secret });
    expect((await lastUsed())!.getTime()).toBe(first!.getTime());
  });

  it('does not record a use for a token refused for another workspace', async () => {
    const other = await makeWorkspace('Other');
    const t = await makeToken(other.workspace.id, other.owner, 'viewer');
    await get(workspace.slug, { token: t.secret });
    const db = await getDb();
    const [row] = await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(row.at).toBeNull();
  });
});

describe('rate limit', () => {
  beforeEach(() => {
    vi.stubEnv('API_RATE_LIMIT_PER_MINUTE', '3');
    // Fixed one-minute windows: pin the clock mid-window so the test cannot straddle two.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T12:00:20Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('answers 429 with Retry-After past the per-minute limit, per token', async () => {
    const t = await makeToken(workspace.id, owner, 'viewer');
    const other = await makeToken(workspace.id, owner, 'viewer');
    for (let i = 0; i < 3; i++) expect((await get(workspace.slug, { token: t.secret })).status).toBe(200);
    const res = await get(workspace.slug, { token: t.secret });
    expect(res.status).toBe(429);
    expect((await json(res)).error?.code).toBe('rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBe(40);
    expect((await get(workspace.slug, { token: other.secret })).status).toBe(200);
    vi.setSystemTime(new Date('2030-01-01T12:01:01Z'));
    expect((await get(workspace.slug, { token: t.secret })).status).toBe(200);
  });

  it('limits signed-in users per account', async () => {
    session.user = owner;
    for (let i = 0; i < 3; i++) expect((await get(workspace.slug)).status).toBe(200);
    expect((await get(workspace.slug)).status).toBe(429);
  });
});
