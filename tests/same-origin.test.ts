import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { workspaces, type User } from '@/db/schema';
import { isSameOrigin } from '@/lib/same-origin';
import { useTestDatabase } from './support/db';
import { apiRequest, json, makeUser } from './support/gate';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const t = useTestDatabase();
beforeEach(async () => {
  session.user = await makeUser('Signed in');
});

const req = (headers: Record<string, string>) => new Request('http://localhost:3000/x', { method: 'POST', headers: { host: 'localhost:3000', ...headers } });

describe('isSameOrigin', () => {
  it.each([
    ['this origin', { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }, true],
    ['a client that sends neither header (not a browser)', {}, true],
    ['a typed-in address (sec-fetch-site: none)', { 'sec-fetch-site': 'none' }, true],
    ['the forwarded host behind a proxy', { origin: 'https://app.example', 'x-forwarded-host': 'app.example' }, true],
    ['another origin', { origin: 'https://evil.example' }, false],
    ['another port', { origin: 'http://localhost:3001' }, false],
    ['an opaque origin', { origin: 'null' }, false],
    ['garbage', { origin: '::::' }, false],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }, false],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'http://app.localhost:3000' }, false],
  ])('%s → %s', (_, headers, expected) => {
    expect(isSameOrigin(req(headers as Record<string, string>))).toBe(expected);
  });
});

// Every route handler outside /api/v1 (whose gate is tested in api-gate-input.test.ts) that accepts a mutating
// method, with a call that would otherwise get past the Origin check (a control answer that is not 403).
const CALLS: Record<string, (headers: Record<string, string>) => Promise<Response>> = {
  'app/api/workspace-imports/route.ts': async (headers) => {
    const { POST } = await import('@/app/api/workspace-imports/route');
    return POST(apiRequest('/api/workspace-imports', { method: 'POST', body: '{"not":"a workspace file"}', headers: { 'content-type': 'application/json', ...headers } }));
  },
  'app/api/auth/[...nextauth]/route.ts': async (headers) => {
    const { POST } = await import('@/app/api/auth/[...nextauth]/route');
    const body = new URLSearchParams({ email: 'someone@example.com', password: 'wrong password', csrfToken: 'x' });
    return POST(apiRequest('/api/auth/callback/credentials', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }));
  },
};

function mutatingRouteFiles(dir = 'app'): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== path.join('app', 'api', 'v1')) out.push(...mutatingRouteFiles(p));
    } else if (e.name === 'route.ts' && /export\s+(const|async function|function)\s+(\{[^}]*\b)?(POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(p, 'utf8'))) {
      out.push(p.split(path.sep).join('/'));
    }
  }
  return out.sort();
}

describe('cookie-authenticated mutating route handlers outside /api/v1', () => {
  it('are all listed here (a new one must be added with its Origin check)', () => {
    expect(mutatingRouteFiles()).toEqual(Object.keys(CALLS).sort());
  });

  const workspaceCount = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(workspaces))[0].n);

  for (const [file, call] of Object.entries(CALLS)) {
    it(`${file} refuses a cross-site call with 403 and runs a same-origin one`, async () => {
      const before = await workspaceCount();
      const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }];
      for (const headers of crossSite) {
        const res = await call(headers);
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect((await json(res)).error?.code).toBe('forbidden');
      }
      expect(await workspaceCount()).toBe(before);
      const ok = await call({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' });
      expect(ok.status).not.toBe(403);
    });
  }
});
