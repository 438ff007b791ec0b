import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { User } from '@/db/schema';
import { activities } from '@/db/schema';
import { getDb } from '@/db';
import { useTestDatabase } from './support/db';
import { makeTeam, type RoleTeam } from './support/settings-fixtures';
import { describeActivity, kindLabel } from '@/lib/activity-text';

const session = vi.hoisted(() => {
  // next.config.mjs turns on experimental.authInterrupts, which the built app sees as this variable.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  return { user: null as User | null };
});
vi.mock('@/lib/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
  safeNext: (next: unknown, fallback = '/w') => (typeof next === 'string' && next.startsWith('/') ? next : fallback),
}));

const { listActivities, listActivityKinds, listActivityPage, logActivity } = await import('@/db/queries/activity');
const { default: ActivityPage } = await import('@/app/(app)/w/[workspace]/activity/page');

useTestDatabase();

let a: RoleTeam;
let b: RoleTeam;
beforeEach(async () => {
  a = await makeTeam('Acme');
  b = await makeTeam('Globex');
});

/** Inserts `n` rows into the workspace, 1 second apart (or all at `at` when given), oldest first. */
async function seed(t: RoleTeam, n: number, opts: { kind?: string; by?: User | 'token'; at?: string } = {}) {
  const db = await getDb();
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    await db.insert(activities).values({
      workspaceId: t.workspace.id,
      actorUserId: opts.by === 'token' ? null : (opts.by ?? t.owner).id,
      actorName: opts.by === 'token' ? 'CI token' : (opts.by ?? t.owner).name,
      action: `test.${i}`,
      targetType: opts.kind ?? 'workspace',
      targetLabel: `item ${i}`,
      createdAt: opts.at ? sql`${opts.at}::timestamptz` : new Date(base + i * 1000),
    });
  }
}

async function walk(workspaceId: string, opts: Parameters<typeof listActivityPage>[1] = {}) {
  const seen: string[] = [];
  let page = await listActivityPage(workspaceId, { ...opts, limit: 3 });
  for (let guard = 0; guard < 100; guard++) {
    seen.push(...page.rows.map((r) => r.id));
    if (!page.older) break;
    page = await listActivityPage(workspaceId, { ...opts, limit: 3, before: page.older });
  }
  return seen;
}

describe('listActivityPage', () => {
  it('pages newest first with Older and Newer keys that lead back to the same pages', async () => {
    await seed(a, 7);
    const all = await listActivities(a.workspace.id); // includes 'workspace.created' (now, so newest)
    expect(all).toHaveLength(8);
    const p1 = await listActivityPage(a.workspace.id, { limit: 3 });
    expect(p1.rows.map((r) => r.id)).toEqual(all.slice(0, 3).map((r) => r.id));
    expect(p1.newer).toBeNull();
    const p2 = await listActivityPage(a.workspace.id, { limit: 3, before: p1.older! });
    expect(p2.rows.map((r) => r.id)).toEqual(all.slice(3, 6).map((r) => r.id));
    const p3 = await listActivityPage(a.workspace.id, { limit: 3, before: p2.older! });
    expect(p3.rows.map((r) => r.id)).toEqual(all.slice(6).map((r) => r.id));
    expect(p3.older).toBeNull();
    const back = await listActivityPage(a.workspace.id, { limit: 3, after: p3.newer! });
    expect(back.rows.map((r) => r.id)).toEqual(p2.rows.map((r) => r.id));
    const first = await listActivityPage(a.workspace.id, { limit: 3, after: back.newer! });
    expect(first.rows.map((r) => r.id)).toEqual(p1.rows.map((r) => r.id));
    expect(first.newer).toBeNull();
    expect(first.older).not.toBeNull();
  });

  it('neither skips nor repeats rows that share a timestamp or differ by microseconds', async () => {
    await seed(a, 4, { at: '2026-03-01 10:00:00.000100+00' });
    await seed(a, 3, { at: '2026-03-01 10:00:00.000200+00' });
    await seed(a, 2, { at: '2026-03-01 10:00:00.000300+00' });
    const seen = await walk(a.workspace.id);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('filters by person, by API tokens and by kind, on the server', async () => {
    await seed(a, 2, { by: a.admin, kind: 'member' });
    await seed(a, 3, { by: 'token', kind: 'api_token' });
    await seed(a, 1, { by: a.owner, kind: 'invitation' });
    const names = async (opts: Parameters<typeof listActivityPage>[1]) => (await listActivityPage(a.workspace.id, opts)).rows.map((r) => `${r.actorName}/${r.targetType}`);
    expect(await names({ actor: a.admin.id })).toEqual(['Acme admin/member', 'Acme admin/member']);
    expect(await names({ actor: 'tokens' })).toEqual([]); // the seeded token rows name no token id…
    const db = await getDb();
    const { apiTokens } = await import('@/db/schema');
    const [tok] = await db.insert(apiTokens).values({ workspaceId: a.workspace.id, name: 'CI', role: 'editor', tokenHash: 'h', prefix: 'wf_abcd' }).returning();
    await logActivity(db, a.workspace.id, { userId: null, tokenId: tok.id, name: 'CI' }, { action: 'api_token.used', targetType: 'api_token' });
    expect(await names({ actor: 'tokens' })).toEqual(['CI/api_token']);
    expect((await names({ kind: 'api_token' })).length).toBe(4);
    expect(await names({ kind: 'invitation', actor: a.owner.id })).toEqual(['Acme Owner/invitation']);
    expect(await names({ kind: 'invitation', actor: a.admin.id })).toEqual([]);
    expect(await walk(a.workspace.id, { kind: 'api_token' })).toHaveLength(4);
  });

  it('keeps workspaces apart: filters, keys and kinds never reach another workspace', async () => {
    await seed(a, 4, { kind: 'member' });
    await seed(b, 5, { kind: 'invitation' });
    const aIds = (await listActivities(a.workspace.id)).map((r) => r.id);
    const bRows = await listActivities(b.workspace.id);
    expect(aIds).toHaveLength(5);
    expect(bRows).toHaveLength(6);
    expect(await walk(a.workspace.id)).toEqual(aIds);
    expect((await listActivityPage(a.workspace.id, { actor: b.owner.id })).rows).toEqual([]);
    expect((await listActivityPage(a.workspace.id, { kind: 'invitation' })).rows).toEqual([]);
    // A key taken from B's log still only pages through A's rows.
    const bKey = { createdAt: bRows[0].createdAt, id: bRows[0].id };
    const fromB = await listActivityPage(a.workspace.id, { before: bKey });
    expect(fromB.rows.every((r) => r.workspaceId === a.workspace.id)).toBe(true);
    expect(await listActivityKinds(a.workspace.id)).toEqual(['member', 'workspace']);
    expect(await listActivityKinds(b.workspace.id)).toEqual(['invitation', 'workspace']);
  });
});

describe('activity page gate', () => {
  const render = (slug: string, search: Record<string, string> = {}) => ActivityPage({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(search) });
  const digest = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'rendered';
    } catch (e) {
      return String((e as { digest?: string }).digest ?? e);
    }
  };

  it('renders for admins and owners, 403 for editors and viewers, 404 for outsiders', async () => {
    for (const role of ['owner', 'admin'] as const) {
      session.user = a[role];
      expect(await digest(render(a.workspace.slug, { kind: 'workspace', before: 'garbage' }))).toBe('rendered');
    }
    for (const role of ['editor', 'viewer'] as const) {
      session.user = a[role];
      expect(await digest(render(a.workspace.slug))).toMatch(/HTTP_ERROR_FALLBACK;403/);
    }
    session.user = b.owner;
    expect(await digest(render(a.workspace.slug))).toMatch(/HTTP_ERROR_FALLBACK;404/);
    session.user = null;
    expect(await digest(render(a.workspace.slug))).toMatch(/NEXT_REDIRECT/);
  });
});

describe('describeActivity', () => {
  const row = (action: string, extra: Partial<Parameters<typeof describeActivity>[0]> = {}) => describeActivity({ action, targetType: 'workspace', targetLabel: null, data: null, ...extra });

  it('says what happened in plain words', () => {
    expect(row('workspace.created')).toBe('created the workspace');
    expect(row('workspace.updated', { data: { changes: { name: { from: 'A', to: 'B' } } } })).toBe('renamed the workspace to “B”');
    expect(row('workspace.updated', { data: { changes: { timeZone: { from: 'UTC', to: 'Europe/Berlin' }, fiscalYearStart: { from: 1, to: 4 } } } })).toBe(
      'changed the time zone to Europe/Berlin and changed the fiscal year start to April',
    );
    expect(row('workspace.ownership_transferred', { targetLabel: 'Ana' })).toBe('transferred ownership to Ana');
    expect(row('member.role_changed', { targetLabel: 'Ana', data: { from: 'viewer', to: 'editor' } })).toBe('changed Ana’s role from viewer to editor');
    expect(row('api_token.created', { targetLabel: 'CI', data: { role: 'viewer' } })).toBe('created the API token “CI” with the viewer role');
  });

  it('falls back to the code for actions it does not know', () => {
    expect(row('canvas.archived')).toBe('canvas.archived');
    expect(kindLabel('api_token')).toBe('API tokens');
    expect(kindLabel('share_link')).toBe('Share links');
    expect(kindLabel('member', { one: true })).toBe('Member');
    expect(kindLabel('journey_stage')).toBe('Journey stage');
  });
});
