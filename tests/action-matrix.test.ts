import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { activities, type User } from '@/db/schema';
import { ROLES, can, permissions, type Role } from '@/lib/authz';
import type { ActionResult } from '@/lib/actions';
import { UNLOCK_COOKIE } from '@/lib/share/unlock';
import { useTestDatabase } from './support/db';
import { seedFullWorld, type FullWorld, type WorldContent } from './support/world';
import { dumpTables, fingerprint, restoreTables, type Dump } from './support/db-state';
import { actionMatrix, type WorkspaceRow } from './support/action-matrix';
import { callAction, loadActions, type Action } from './support/action-files';

// Actions read only the session (lib/session). A share-link visitor and a caller holding an API token of another
// workspace have no session: both are driven here with their credential on the request (unlock cookie, Bearer
// header) and must be answered exactly like the anonymous caller.
const session = vi.hoisted(() => ({ user: null as User | null }));
const request = vi.hoisted(() => ({ headers: {} as Record<string, string>, cookies: {} as Record<string, string> }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(request.headers),
  cookies: async () => ({
    get: (name: string) => (name in request.cookies ? { name, value: request.cookies[name] } : undefined),
    getAll: () => Object.entries(request.cookies).map(([name, value]) => ({ name, value })),
    has: (name: string) => name in request.cookies,
    set: () => {},
    delete: () => {},
  }),
}));

const all = await loadActions();
const byName = new Map(all.map((a) => [a.name, a]));

describe('the action matrix', () => {
  it('lists every server action found on disk, and nothing else', () => {
    const onDisk = all.map((a) => a.name).sort();
    const listed = Object.keys(actionMatrix).sort();
    const missing = onDisk.filter((n) => !listed.includes(n));
    const stale = listed.filter((n) => !onDisk.includes(n));
    expect(missing, `actions without a row in tests/support/action-matrix.ts: ${missing.join(', ')}`).toEqual([]);
    expect(stale, `matrix rows for actions that no longer exist: ${stale.join(', ')}`).toEqual([]);
  });

  it('names, for each action, the kind and permission its wrapper registered', () => {
    for (const a of all) {
      const row = actionMatrix[a.name];
      if (!row) continue;
      expect(a.meta.kind, a.name).toBe(row.kind);
      if (row.kind === 'workspace') expect((a.meta as { permission: string }).permission, a.name).toBe(row.permission);
    }
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdValue = (v: unknown): boolean =>
  (typeof v === 'string' && UUID.test(v)) || (Array.isArray(v) && v.length > 0 && v.every((x) => isIdValue(x) || isIdValue((x as { id?: unknown })?.id)));
/** A's content with every id (or only `key`'s) taken from `other`; `other` = null: fresh random uuids. */
function substitute(own: WorldContent, other: WorldContent | null, key?: keyof WorldContent): WorldContent {
  const fresh = (v: unknown): unknown =>
    typeof v === 'string' ? randomUUID() : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? randomUUID() : { ...x, id: randomUUID() })) : v;
  const out = { ...own } as Record<string, unknown>;
  for (const k of Object.keys(own) as (keyof WorldContent)[]) {
    if ((key && k !== key) || !isIdValue(own[k])) continue;
    out[k] = other ? other[k] : fresh(own[k]);
  }
  return out as WorldContent;
}

const lowest = (permission: WorkspaceRow['permission']): Role => permissions[permission];
const state = useTestDatabase();
const activityCount = async (workspaceId: string) =>
  (await state.db.select({ n: count() }).from(activities).where(eq(activities.workspaceId, workspaceId)))[0].n;
const code = (r: ActionResult) => (r.ok ? 'ok' : r.code);

const rows = Object.entries(actionMatrix).filter((e): e is [string, WorkspaceRow] => e[1].kind === 'workspace');

// Seeding both workspaces through the app's queries takes most of a second: do it once, and put the very same rows
// back (same ids) before each test instead.
let w: FullWorld;
let seeded: Dump;
let before: string;
beforeAll(async () => {
  w = await seedFullWorld(state.db);
  seeded = await dumpTables(state.db);
  before = await fingerprint(state.db);
});

describe.each(rows.map(([name, row]) => [name, row] as const))('%s', (name, row) => {
  const fn = (byName.get(name)?.fn ?? (async () => ({ ok: false, code: 'internal', error: 'not on disk' }))) as Action;
  beforeEach(async () => {
    if ((await fingerprint(state.db)) !== before) await restoreTables(state.db, seeded);
    session.user = null;
    request.headers = {};
    request.cookies = {};
  });
  /** Calls as `user` (null: no session) and expects `expected`, with no row changed. */
  const refused = async (user: User | null, input: Record<string, unknown>, expected: string, why: string) => {
    session.user = user;
    const r = await callAction(fn, input);
    expect(code(r), `${why}: ${JSON.stringify(r)}`).toBe(expected);
    expect(await fingerprint(state.db), `${why} changed rows`).toBe(before);
  };

  it('refuses callers in STYLE.md check order, answers not_found for foreign and missing ids, succeeds with its own', async () => {
    // 1. Signed out (also a share-link visitor or a foreign API token: no session) → unauthorized; not a member → not_found.
    const own = row.input(w.content.a, w);
    const mine = { workspace: w.a.slug, ...own };
    await refused(null, mine, 'unauthorized', 'anonymous');
    request.cookies = { [UNLOCK_COOKIE]: 'unlocked' };
    await refused(null, mine, 'unauthorized', 'share-link visitor (unlock cookie, no session)');
    request.cookies = {};
    request.headers = { authorization: `Bearer ${w.content.b.tokenSecret}` };
    await refused(null, mine, 'unauthorized', 'API token of workspace B (Bearer header, no session)');
    request.headers = {};
    await refused(w.outsider, mine, 'not_found', 'member of B only, on A');
    await refused(w.outsider, { ...mine, workspace: 'no-such-workspace' }, 'not_found', 'member of B only, on an unknown workspace');

    // 2. Role too low → forbidden, whatever the ids (the role is checked before any id is read).
    for (const role of ROLES.filter((r) => !can(r, row.permission))) {
      await refused(w.byRole[role], mine, 'forbidden', `${role} with A's ids`);
      await refused(w.byRole[role], { workspace: w.a.slug, ...row.input(w.content.b, w) }, 'forbidden', `${role} with B's ids`);
      await refused(w.byRole[role], { workspace: w.a.slug, ...row.input(substitute(w.content.a, null), w) }, 'forbidden', `${role} with missing ids`);
    }

    // 3. Allowed, but an id (each one alone, then all) of B or nonexistent → not_found (or the row's documented refs answer).
    const as = row.as ?? lowest(row.permission);
    const variants: [string, Record<string, unknown>, string][] = [];
    for (const key of Object.keys(w.content.a) as (keyof WorldContent)[]) {
      if (!isIdValue(w.content.a[key])) continue;
      const foreign = row.input(substitute(w.content.a, w.content.b, key), w);
      if (JSON.stringify(foreign) === JSON.stringify(own)) continue; // the action does not take this id
      const expected = row.refs?.[key] ?? 'not_found';
      variants.push([`${key} of B`, foreign, expected], [`${key} nonexistent`, row.input(substitute(w.content.a, null, key), w), expected]);
    }
    if (variants.length) {
      const expected = Object.keys(row.refs ?? {}).length && variants.every(([, , e]) => e !== 'not_found') ? variants[0][2] : 'not_found';
      variants.push(['every id of B', row.input(w.content.b, w), expected], ['every id nonexistent', row.input(substitute(w.content.a, null), w), expected]);
    }
    for (const [what, input, expected] of variants) await refused(w.byRole[as], { workspace: w.a.slug, ...input }, expected, `${as} with ${what}`);
    if (variants.length) {
      // Every other allowed role is past the gate too; and B's owner, acting in B, gets nothing from A's ids.
      for (const role of ROLES.filter((r) => r !== as && can(r, row.permission))) {
        await refused(w.byRole[role], { workspace: w.a.slug, ...row.input(w.content.b, w) }, variants.at(-1)![2], `${role} with B's ids`);
      }
      await refused(w.outsider, { workspace: w.b.slug, ...own }, variants.at(-1)![2], "B's owner in B with A's ids");
    }

    // 4. Allowed with its own ids: a real success that changes rows and logs it in A.
    session.user = w.byRole[as];
    const activityBefore = await activityCount(w.a.id);
    const r = await callAction(fn, mine);
    expect(r, `${as} with A's own ids`).toMatchObject({ ok: true });
    expect(await fingerprint(state.db), 'a success changes rows').not.toBe(before);
    if (!row.noActivity) expect(await activityCount(w.a.id), 'a success writes an activity row in A').toBeGreaterThan(activityBefore);
  });
});
