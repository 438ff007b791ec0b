// The access matrix over HTTP for every page and download under /w/[workspace] (e2e/matrix/page-table.ts) and the
// route handlers outside /api/v1; and the meta-test: every page and route handler method on disk is in a table,
// and the API table states the same operations and permissions as the OpenAPI document.
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiKey, apiTable, openApiPath } from './matrix/api-table';
import { otherTable, workspaceKey, workspaceTable, type WorkspaceEntry } from './matrix/page-table';
import { allowed, fetchOnce, makeActors, matrix, missingIds, ROLES } from './matrix/actors';
import { routesOnDisk } from './matrix/on-disk';
import { signIn } from './support';

test('the matrix lists every page and route handler method on disk, and the API table matches the OpenAPI document', async ({ request }) => {
  const listed = [...apiTable.map(apiKey), ...workspaceTable.map(workspaceKey), ...otherTable.map((o) => o.key)].sort();
  expect(new Set(listed).size, 'a key listed twice').toBe(listed.length);
  expect(routesOnDisk(), 'pages and route handler methods on disk vs the access matrix tables').toEqual(listed);
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  const documented = Object.entries(doc.paths as Record<string, Record<string, { description?: string }>>)
    .flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => `${m.toUpperCase()} ${p} ${/`([a-z.]+)`/.exec(op.description ?? '')?.[1]}`))
    .sort();
  expect(apiTable.map((e) => `${e.method} ${openApiPath(e)} ${e.permission}`).sort()).toEqual(documented);
});

type Answer = { url: string; status: number; location: string; streamed: string };
/**
 * Every gate answers with a real status: the loading.tsx skeletons sit in route groups around list pages only
 * ((overview), personas/(list), kpis/(list)), so no detail page has sent a 200 shell before its own gate runs. Were one
 * to, its notFound()/forbidden() would stream inside a 200: `streamed` names that fallback in the failure message.
 */
async function get(request: APIRequestContext, slug: string, e: WorkspaceEntry, ids: Record<string, string>): Promise<Answer> {
  const url = `/w/${slug}${e.route.replace('[id]', e.id ? ids[e.id] : '')}`;
  const res = await fetchOnce(request, url, { method: 'GET', maxRedirects: 0 });
  let streamed = '';
  if (res.status() === 200 && e.method === 'PAGE') {
    const html = await res.text();
    const fallback = /NEXT_HTTP_ERROR_FALLBACK;(\d{3})/.exec(html);
    const refresh = /id="__next-page-redirect"[^>]*content="\d+;url=([^"]+)"/.exec(html);
    streamed = fallback ? fallback[1] : refresh ? `redirect:${refresh[1]}` : '';
  }
  return { url, status: res.status(), location: res.headers().location ?? '', streamed };
}

test('every workspace page and download answers each actor as the permission table and the check order say', async ({ browser }) => {
  test.setTimeout(300_000);
  const m = matrix();
  const { members, outsiders } = await makeActors(browser);
  const failures: string[] = [];
  const check = (who: string, r: Answer, want: number | 'sign-in', e: WorkspaceEntry) => {
    const signIn = (at: string) => new URL(at, 'http://x').pathname === '/sign-in';
    // The layout's gate (signed out, not a member) and the page's own gate (role, id) both answer real statuses.
    const ok =
      want === 'sign-in'
        ? [303, 307].includes(r.status) && signIn(r.location)
        : want === 307
          ? r.status === 307 && new URL(r.location, 'http://x').pathname === `/w/${m.a.slug}${e.redirectsTo}`
          : r.status === want;
    if (!ok) failures.push(`${who}: GET ${r.url} → ${r.status} ${r.location} [${r.streamed}], expected ${want}`);
  };
  for (const e of workspaceTable) {
    const calls: Promise<void>[] = [];
    for (const o of outsiders) {
      // Pages and downloads take cookies only: a Bearer token is as signed out as the share visitor.
      const want = o.name === 'member of B' ? 404 : 'sign-in';
      calls.push(get(o.request, m.a.slug, e, m.a.ids).then((r) => check(o.name, r, want, e)));
    }
    for (const role of ROLES) {
      const ok = allowed(role, e.permission);
      calls.push(get(members[role], m.a.slug, e, m.a.ids).then((r) => check(`${role} (own ids)`, r, ok ? (e.own ?? 200) : 403, e)));
      if (!e.id) continue;
      for (const [label, ids] of [['foreign', m.b.ids], ['missing', missingIds()]] as const) {
        calls.push(get(members[role], m.a.slug, e, ids).then((r) => check(`${role} (${label} ids)`, r, ok ? 404 : 403, e)));
      }
    }
    await Promise.all(calls);
  }
  expect(failures).toEqual([]);
});

test('pages and routes outside the workspace gate answer anonymous and signed-in visitors as listed', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const m = matrix();
  const anonymous = (await browser.newContext()).request;
  const viewerContext = await browser.newContext();
  await signIn(await viewerContext.newPage(), m.a.users.viewer, m.password);
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  for (const o of otherTable.filter((x) => !x.exempt)) {
    const [method, route] = o.key.split(' ');
    const url = route.replace('[token]', randomBytes(32).toString('base64url')).replace('[...missing]', 'no/such/address');
    for (const [who, request, want] of [['anonymous', anonymous, o.anonymous], ['viewer of A', viewerContext.request, o.signedIn]] as const) {
      if (want === undefined) continue;
      const res = await fetchOnce(request, url, { method: method === 'PAGE' ? 'GET' : method, headers: { origin }, data: method === 'POST' ? '' : undefined, maxRedirects: 0 });
      if (res.status() !== want) failures.push(`${who}: ${method} ${url} → ${res.status()}, expected ${want}`);
    }
  }
  expect(failures).toEqual([]);
});
