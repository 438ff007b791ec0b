// The access matrix over HTTP for every /api/v1 operation (e2e/matrix/api-table.ts): each actor × own, foreign and
// missing ids gets what lib/authz.ts's table and STYLE.md's check order say; refused requests change no rows
// (both workspaces' exports, members and invitations compared before and after); allowed roles get past every gate.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiTable, type ApiEntry, type BodyCtx, type IdSet } from './matrix/api-table';
import { allowed, fetchOnce, makeActors, matrix, missingIds, ROLES } from './matrix/actors';

test.setTimeout(300_000);

function send(request: APIRequestContext, origin: string, slug: string, e: ApiEntry, x: IdSet, c: BodyCtx) {
  const url = `/api/v1/workspaces/${slug}${e.route.replace('[id]', e.id ? x[e.id] : '')}${e.query ? e.query(x) : ''}`;
  const headers: Record<string, string> = { origin };
  let data: unknown;
  if (e.upload !== undefined) {
    headers['content-type'] = 'text/csv';
    data = e.upload;
  } else if (e.body) data = e.body(x, c);
  return fetchOnce(request, url, { method: e.method, data: data as string, headers, maxRedirects: 0 }).then(async (res) => ({ url: `${e.method} ${url}`, status: res.status(), text: await res.text() }));
}

async function snapshot(request: APIRequestContext, slug: string) {
  const get = async (p: string) => {
    const res = await request.get(`/api/v1/workspaces/${slug}${p}`);
    expect(res.status(), p).toBe(200);
    return res.json();
  };
  const { exportedAt: _at, ...content } = await get('/export');
  return { content, members: await get('/members?limit=200'), invitations: await get('/invitations?limit=200') };
}

test('every API operation answers each actor as the permission table and the check order say', async ({ browser, baseURL }) => {
  const m = matrix();
  const origin = new URL(baseURL!).origin;
  const { members, outsiders } = await makeActors(browser);
  const bToken = outsiders.find((a) => a.name === 'token of B')!.request;
  const measurements = await (await members.owner.get(`/api/v1/workspaces/${m.a.slug}/measures/${m.a.ids.measure}/measurements?limit=1`)).json();
  const c: BodyCtx = { period: measurements.data[0].period };
  const failures: string[] = [];
  const check = (who: string, r: { url: string; status: number; text: string }, want: number[]) => {
    if (!want.includes(r.status)) failures.push(`${who}: ${r.url} → ${r.status}, expected ${want.join('/')} ${r.text.slice(0, 160)}`);
  };

  // Phase 1: every refused request, for every operation (DELETEs included), in parallel per operation.
  const before = { a: await snapshot(members.owner, m.a.slug), b: await snapshot(bToken, m.b.slug) };
  for (const e of apiTable) {
    const calls: Promise<void>[] = [];
    for (const o of outsiders) {
      const want = o.name === 'anonymous' || o.name === 'share visitor' ? 401 : 404;
      calls.push(send(o.request, origin, m.a.slug, e, m.a.ids, c).then((r) => check(o.name, r, [want])));
    }
    for (const role of ROLES) {
      const ok = allowed(role, e.permission);
      const variants: [string, IdSet][] = ok ? [] : [['own', m.a.ids]];
      if (e.id) variants.push(['foreign', m.b.ids], ['missing', missingIds()]);
      for (const [label, ids] of variants) {
        calls.push(send(members[role], origin, m.a.slug, e, ids, c).then((r) => check(`${role} (${label} ids)`, r, [ok ? 404 : 403])));
      }
    }
    await Promise.all(calls);
  }
  const after = { a: await snapshot(members.owner, m.a.slug), b: await snapshot(bToken, m.b.slug) };
  expect(after, 'refused requests changed rows').toEqual(before);

  // Phase 2: allowed roles with their own ids get past every gate (reads 200, creates 2xx, stale edits 409).
  for (const e of apiTable.filter((x) => x.method !== 'DELETE')) {
    const want = e.own ?? (e.method === 'GET' ? [200] : e.method === 'POST' ? [200, 201] : [409]);
    for (const role of ROLES.filter((r) => allowed(r, e.permission))) check(role, await send(members[role], origin, m.a.slug, e, m.a.ids, c), want);
  }

  // Phase 3: each allowed role deletes a row of its own (204); deleting it again finds nothing (404).
  for (const e of apiTable.filter((x) => x.method === 'DELETE')) {
    const roles = ROLES.filter((r) => allowed(r, e.permission));
    roles.forEach((role, i) => expect(m.a.victims[e.victims!][i], `${e.route}: a victim for ${role}`).toBeTruthy());
    for (const [i, role] of roles.entries()) {
      const x = { [e.id!]: m.a.victims[e.victims!][i] };
      check(role, await send(members[role], origin, m.a.slug, e, x, c), [204]);
      check(`${role} again`, await send(members[role], origin, m.a.slug, e, x, c), [404]);
    }
  }
  expect(failures).toEqual([]);
});
