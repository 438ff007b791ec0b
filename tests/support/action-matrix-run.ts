import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { activities, type User } from '@/db/schema';
import { ROLES, can, permissions, type Role } from '@/lib/authz';
import type { ActionResult } from '@/lib/actions';
import { UNLOCK_COOKIE } from '@/lib/share/unlock';
import type { Db } from '@/db/client';
import { seedFullWorld, type FullWorld, type WorldContent } from './world';
import { dumpTables, fingerprint, restoreTables, type Dump } from './db-state';
import { actionMatrix, type WorkspaceRow } from './action-matrix';
import { callAction, type FoundAction, type Action } from './action-files';

/** What the test file's mocks read: who is signed in, and the request's headers and cookies. */
export type MatrixRequest = { session: { user: User | null }; request: { headers: Record<string, string>; cookies: Record<string, string> } };

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
const code = (r: ActionResult) => (r.ok ? 'ok' : r.code);

/**
 * Runs the matrix rows of the workspace actions whose key starts with one of `prefixes` (see action-matrix.ts).
 * The test file owns the database (useTestDatabase) and the mocks of lib/session, next/headers and next/cache.
 */
export function describeWorkspaceMatrix(state: { db: Db }, found: FoundAction[], mocks: MatrixRequest, prefixes: string[]) {
  const { session, request } = mocks;
  const byName = new Map(found.map((a) => [a.name, a]));
  const rows = Object.entries(actionMatrix).filter(
    (e): e is [string, WorkspaceRow] => e[1].kind === 'workspace' && prefixes.some((p) => e[0].startsWith(p)),
  );
  const activityCount = async (workspaceId: string) =>
    (await state.db.select({ n: count() }).from(activities).where(eq(activities.workspaceId, workspaceId)))[0].n;

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
    /**
     * Calls as `user` (null: no session) and expects `expected`. `unchanged` compares the whole database right away;
     * gate refusals (answered by the wrapper before the action runs) are compared once per phase instead, to keep
     * the run short.
     */
    const refused = async (user: User | null, input: Record<string, unknown>, expected: string, why: string, unchanged = true) => {
      session.user = user;
      const r = await callAction(fn, input);
      expect(code(r), `${why}: ${JSON.stringify(r)}`).toBe(expected);
      if (unchanged) expect(await fingerprint(state.db), `${why} changed rows`).toBe(before);
    };

    it('refuses callers in STYLE.md check order, answers not_found for foreign and missing ids, succeeds with its own', async () => {
      // 1. Signed out (also a share-link visitor or a foreign API token: no session) → unauthorized; not a member → not_found.
      const own = row.input(w.content.a, w);
      const mine = { workspace: w.a.slug, ...own };
      await refused(null, mine, 'unauthorized', 'anonymous', false);
      request.cookies = { [UNLOCK_COOKIE]: 'unlocked' };
      await refused(null, mine, 'unauthorized', 'share-link visitor (unlock cookie, no session)', false);
      request.cookies = {};
      request.headers = { authorization: `Bearer ${w.content.b.tokenSecret}` };
      await refused(null, mine, 'unauthorized', 'API token of workspace B (Bearer header, no session)', false);
      request.headers = {};
      await refused(w.outsider, mine, 'not_found', 'member of B only, on A', false);
      await refused(w.outsider, { ...mine, workspace: 'no-such-workspace' }, 'not_found', 'member of B only, on an unknown workspace', false);
      expect(await fingerprint(state.db), 'a caller refused as signed out or not a member changed rows').toBe(before);

      // 2. Role too low → forbidden, whatever the ids (the role is checked before any id is read).
      for (const role of ROLES.filter((r) => !can(r, row.permission))) {
        await refused(w.byRole[role], mine, 'forbidden', `${role} with A's ids`, false);
        await refused(w.byRole[role], { workspace: w.a.slug, ...row.input(w.content.b, w) }, 'forbidden', `${role} with B's ids`, false);
        await refused(w.byRole[role], { workspace: w.a.slug, ...row.input(substitute(w.content.a, null), w) }, 'forbidden', `${role} with missing ids`, false);
      }
      expect(await fingerprint(state.db), 'a caller refused for its role changed rows').toBe(before);

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
}
