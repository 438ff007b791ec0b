import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { eq } from 'drizzle-orm';
import { activities, measurements, measures, objectives, shareLinks, users, type User } from '@/db/schema';
import { hashToken } from '@/lib/tokens';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';
import { makeJourney } from './support/journeys';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; opts: Record<string, unknown> }[], ip: '203.0.113.7' }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': jar.ip }),
  cookies: async () => ({ set: (name: string, value: string, opts: Record<string, unknown>) => jar.set.push({ name, value, opts }), get: () => undefined }),
}));

const { createShareLinkAction, revokeShareLinkAction } = await import('@/app/(app)/w/[workspace]/scorecards/[id]/_share/actions');
const { unlockShareAction } = await import('@/app/share/[token]/actions');
const { passwordError } = await import('@/app/share/[token]/unlock/password-form');
const { deleteScorecardAction } = await import('@/app/(app)/w/[workspace]/scorecards/actions');
const { findLiveShareLink, listShareLinks } = await import('@/db/queries/share-links');
const { listLinkedJourneys } = await import('@/db/queries/share-journeys');
const { getScorecardView } = await import('@/db/queries/scorecard-view');
const { recordShareView, flushShareViews } = await import('@/lib/share/views');
const { isUnlocked, UNLOCK_COOKIE } = await import('@/lib/share/unlock');
const { endOfLocalDay } = await import('@/lib/share/expiry');
const { describeActivity } = await import('@/lib/activity-text');
const { ExecutiveScorecard } = await import('@/components/executive/executive-scorecard');

const t = useTestDatabase();

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let other: Awaited<ReturnType<typeof makeWorkspace>>;
let card: Awaited<ReturnType<typeof makeScorecard>>;
const as = (role: 'owner' | 'admin' | 'editor' | 'viewer') => (session.user = ws.members.find((m) => m.role === role)!.user);
const input = (extra: Record<string, unknown> = {}) => ({ workspace: ws.workspace.slug, scorecardId: card.scorecard.id, label: 'Board Q3', ...extra });

async function create(extra: Record<string, unknown> = {}) {
  as('admin');
  const r = await createShareLinkAction(null, input(extra));
  if (!r.ok) throw new Error(r.error + JSON.stringify(r.fieldErrors));
  return r.data;
}

beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'admin', 'editor', 'viewer']);
  other = await makeWorkspace(t.db, ['owner']);
  card = await makeScorecard(t.db, ws.workspace.id, { perPerspective: 1 });
  jar.set = [];
  jar.ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
});

describe('creating share links', () => {
  it('admins and owners create one; the token (≥128 bits) is answered once and stored only as its SHA-256', async () => {
    for (const role of ['admin', 'owner'] as const) {
      as(role);
      const r = await createShareLinkAction(null, input({ label: ` ${role} link `, includeStrategyMap: 'on' }));
      expect(r.ok).toBe(true);
      const { id, token } = (r as { data: { id: string; token: string } }).data;
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, id));
      expect(row).toMatchObject({ label: `${role} link`, tokenHash: hashToken(token), includeStrategyMap: true, includeJourneys: false, passwordHash: null, expiresAt: null, viewCount: 0 });
      expect(JSON.stringify(row)).not.toContain(token);
    }
    const list = await listShareLinks(ws.workspace.id, card.scorecard.id);
    expect(list.map((l) => l.label).sort()).toEqual(['admin link', 'owner link']);
    expect(JSON.stringify(list)).not.toMatch(/token/i);
    const acts = await t.db.select().from(activities).where(eq(activities.action, 'share_link.created'));
    expect(acts).toHaveLength(2);
    expect(describeActivity(acts[0])).toMatch(/^created the share link “(admin|owner) link” to the scorecard “Company”$/);
  });

  it('editors and viewers are refused and nothing is written; outsiders and other workspaces’ scorecards get not found', async () => {
    for (const role of ['editor', 'viewer'] as const) {
      as(role);
      const before = await snapshot(t.db);
      expect(await createShareLinkAction(null, input())).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshot(t.db)).toBe(before);
    }
    const before = await snapshot(t.db);
    session.user = other.members[0].user;
    expect(await createShareLinkAction(null, input())).toMatchObject({ ok: false, code: 'not_found' });
    const foreign = await makeScorecard(t.db, other.workspace.id);
    const after = await snapshot(t.db);
    as('admin');
    expect(await createShareLinkAction(null, input({ scorecardId: foreign.scorecard.id }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(after);
    expect(before).not.toBe(after);
  });

  it('refuses a missing label, a short password and a past expiry with field errors, storing nothing', async () => {
    as('admin');
    const before = await snapshot(t.db);
    const r = await createShareLinkAction(null, input({ label: '  ', password: 'short', expiresOn: 'soon' }));
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(Object.keys((r as { fieldErrors: object }).fieldErrors).sort()).toEqual(['expiresOn', 'label', 'password']);
    const past = await createShareLinkAction(null, input({ expiresOn: '2020-01-01' }));
    expect(past).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { expiresOn: [expect.stringMatching(/today or a later day/)] } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('stores a password as an argon2 hash and an expiry at the end of the chosen day in the workspace time zone', async () => {
    const { id } = await create({ password: 'board-secret-1', expiresOn: '2099-07-15' });
    const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, id));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.expiresAt?.toISOString()).toBe('2099-07-16T00:00:00.000Z');
    expect(endOfLocalDay('2026-07-15', 'Europe/Paris').toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(endOfLocalDay('2026-03-28', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfLocalDay('2026-01-31', 'America/New_York').toISOString()).toBe('2026-02-01T05:00:00.000Z');
  });
});

describe('looking links up', () => {
  it('finds a live link by its token only; an expired or revoked one is gone at once', async () => {
    const { id, token } = await create();
    expect((await findLiveShareLink(token))?.link.id).toBe(id);
    expect(await findLiveShareLink(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    await t.db.update(shareLinks).set({ expiresAt: new Date(Date.now() + 60_000) }).where(eq(shareLinks.id, id));
    expect(await findLiveShareLink(token)).not.toBeNull();
    expect(await findLiveShareLink(token, new Date(Date.now() + 120_000))).toBeNull();
    await t.db.update(shareLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(shareLinks.id, id));
    expect(await findLiveShareLink(token)).toBeNull();
  });

  it('revoke: admins only, logged, idempotent as not found; another workspace cannot revoke it', async () => {
    const { id, token } = await create();
    for (const role of ['editor', 'viewer'] as const) {
      as(role);
      expect(await revokeShareLinkAction(null, { workspace: ws.workspace.slug, id })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    session.user = other.members[0].user;
    expect(await revokeShareLinkAction(null, { workspace: other.workspace.slug, id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await findLiveShareLink(token)).not.toBeNull();
    as('owner');
    expect(await revokeShareLinkAction(null, { workspace: ws.workspace.slug, id })).toMatchObject({ ok: true });
    expect(await findLiveShareLink(token)).toBeNull();
    expect(await listShareLinks(ws.workspace.id, card.scorecard.id)).toEqual([]);
    expect(await revokeShareLinkAction(null, { workspace: ws.workspace.slug, id })).toMatchObject({ ok: false, code: 'not_found' });
    const acts = await t.db.select().from(activities).where(eq(activities.action, 'share_link.revoked'));
    expect(acts.map(describeActivity)).toEqual(['revoked the share link “Board Q3”']);
  });

  it('deleting the scorecard deletes its links (and, as every content write, expires the cached share pages)', async () => {
    const { id, token } = await create();
    const { revalidateTag } = await import('next/cache');
    vi.mocked(revalidateTag).mockClear();
    as('editor');
    expect(await deleteScorecardAction(null, { workspace: ws.workspace.slug, scorecardId: card.scorecard.id })).toMatchObject({ ok: true });
    expect(revalidateTag).toHaveBeenCalledWith(`workspace-content:${ws.workspace.id}`, { expire: 0 });
    expect(await t.db.select().from(shareLinks).where(eq(shareLinks.id, id))).toEqual([]);
    expect(await findLiveShareLink(token)).toBeNull();
  });
});

describe('views', () => {
  it('buffers views in memory and writes them in one update per link on flush', async () => {
    const a = await create();
    const b = await create({ label: 'Other' });
    const at = new Date('2030-01-02T03:04:05Z');
    for (let i = 0; i < 3; i++) recordShareView(ws.workspace.id, a.id, at);
    recordShareView(ws.workspace.id, b.id);
    const [before] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, a.id));
    expect(before.viewCount).toBe(0);
    await flushShareViews();
    const rows = await t.db.select().from(shareLinks);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ viewCount: 3, lastViewedAt: at });
    expect(byId.get(b.id)?.viewCount).toBe(1);
    recordShareView(ws.workspace.id, a.id, new Date('2029-01-01T00:00:00Z'));
    await flushShareViews();
    const [again] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, a.id));
    expect(again).toMatchObject({ viewCount: 4, lastViewedAt: at });
  });
});

describe('passwords', () => {
  /** The URL the action redirected to (it always answers with a redirect back to the link). */
  async function unlock(token: string, password: string) {
    try {
      const r = await unlockShareAction(null, { token, password });
      return r;
    } catch (e) {
      const digest = String((e as { digest?: string }).digest ?? '');
      if (!digest.startsWith('NEXT_REDIRECT')) throw e;
      return digest.split(';')[2];
    }
  }

  it('a wrong or empty password is sent back with a reason; the right one sets a path-scoped httpOnly cookie that a new hash invalidates', async () => {
    const { id, token } = await create({ password: 'board-secret-1' });
    expect(await unlock(token, 'nope')).toBe(`/share/${token}/unlock?error=wrong`);
    expect(await unlock(token, '')).toBe(`/share/${token}/unlock?error=empty`);
    expect(jar.set).toEqual([]);
    expect(await unlock(token, 'board-secret-1')).toBe(`/share/${token}`);
    expect(jar.set).toHaveLength(1);
    const c = jar.set[0];
    expect(c).toMatchObject({ name: UNLOCK_COOKIE, opts: { httpOnly: true, sameSite: 'lax', path: `/share/${token}` } });
    const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, id));
    expect(isUnlocked(row, c.value)).toBe(true);
    expect(isUnlocked(row, undefined)).toBe(false);
    expect(isUnlocked({ ...row, passwordHash: row.passwordHash + 'x' }, c.value)).toBe(false);
    expect(isUnlocked({ ...row, id: card.scorecard.id }, c.value)).toBe(false);
    expect(passwordError('wrong', undefined)).toMatch(/^That password is not right/);
    expect(passwordError('throttled', '12')).toBe('Too many attempts, try again in 12 minutes.');
    expect(passwordError('throttled', '9999')).toBe('Too many attempts, try again in 15 minutes.');
    expect(passwordError('<script>', undefined)).toBeNull();
  });

  it('is throttled per link and address after 5 wrong passwords, even for the right one', async () => {
    const { token } = await create({ password: 'board-secret-1' });
    for (let i = 0; i < 5; i++) expect(await unlock(token, `wrong-${i}`)).toBe(`/share/${token}/unlock?error=wrong`);
    expect(await unlock(token, 'board-secret-1')).toMatch(new RegExp(`^/share/${token}/unlock\\?error=throttled&minutes=1[45]$`));
    expect(jar.set).toEqual([]);
    jar.ip = '198.51.100.1';
    expect(await unlock(token, 'board-secret-1')).toBe(`/share/${token}`);
    expect(jar.set).toHaveLength(1);
  });

  it('answers not found for a revoked link', async () => {
    const { id, token } = await create({ password: 'board-secret-1' });
    await t.db.update(shareLinks).set({ revokedAt: new Date() }).where(eq(shareLinks.id, id));
    expect(await unlock(token, 'board-secret-1')).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('the executive view', () => {
  it('shows the linked journeys only, with emotion in words, and renders no id and no email', async () => {
    const owner = ws.members[0].user;
    const aligned = await makeJourney(t.db, ws.workspace.id, { name: 'Onboarding', touchpoint: { emotion: -2 } });
    await makeJourney(t.db, ws.workspace.id, { name: 'Unrelated' });
    const objective = card.objectives[0];
    await t.db.update(objectives).set({ stageId: aligned.stages[1].id, ownerId: owner.id }).where(eq(objectives.id, objective.id));
    const [m] = await t.db
      .insert(measures)
      .values({ workspaceId: ws.workspace.id, scorecardId: card.scorecard.id, objectiveId: objective.id, name: 'NPS', unit: 'score', direction: 'higher', baseline: 0, frequency: 'monthly', ownerId: owner.id, position: 0 })
      .returning();
    await t.db.insert(measurements).values({ workspaceId: ws.workspace.id, measureId: m.id, period: '2026-01-01', value: 42 });
    const journeys = await listLinkedJourneys(ws.workspace.id, card.scorecard.id);
    expect(journeys.map((j) => j.name)).toEqual(['Onboarding']);
    const view = (await getScorecardView(ws.workspace.id, card.scorecard.id, { timeZone: 'UTC' }))!;
    const html = renderToStaticMarkup(
      createElement(ExecutiveScorecard, { scorecard: view, workspaceName: ws.workspace.name, style: { locale: 'en-US', currency: 'USD' }, strategyMap: true, journeys }),
    );
    expect(html).toContain('Onboarding');
    expect(html).not.toContain('Unrelated');
    expect(html).toContain('emotion: Very negative');
    expect(html).toContain('NPS');
    expect(html).toContain(`Owner: ${owner.name}`);
    expect(html).toContain('Strategy map');
    expect(html).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(html).not.toContain('@');
    expect(html).not.toMatch(/href="\/w\//);
    const [u] = await t.db.select().from(users).where(eq(users.id, owner.id));
    expect(html).not.toContain(u.email);
  });
});
