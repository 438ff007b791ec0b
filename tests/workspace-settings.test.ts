import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { User } from '@/db/schema';
import { activities, apiTokens, invitations, memberships, users, workspaces } from '@/db/schema';
import { getDb } from '@/db';
import { useTestDatabase } from './support/db';
import { makeTeam, makeUser, membershipOf, snapshot, type RoleTeam } from './support/settings-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error('signed out');
    return session.user;
  },
  safeNext: (next: unknown, fallback = '/w') => (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : fallback),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateWorkspaceSettingsAction, transferOwnershipAction, deleteWorkspaceAction } = await import('@/app/(app)/w/[workspace]/settings/general/actions');
const { default: GeneralSettingsPage } = await import('@/app/(app)/w/[workspace]/settings/general/page');
const { renderToStaticMarkup } = await import('react-dom/server');
const { updateWorkspaceSettings } = await import('@/db/queries/workspaces');
const { transferOwnership } = await import('@/db/queries/ownership');

useTestDatabase();

let team: RoleTeam;
beforeEach(async () => {
  team = await makeTeam('Acme');
  session.user = team.owner;
});

const settings = (extra: Record<string, unknown> = {}) => ({
  workspace: team.workspace.slug,
  name: 'Acme Europe',
  slug: 'acme-europe',
  timeZone: 'Europe/Berlin',
  fiscalYearStart: '4',
  currency: 'EUR',
  locale: 'de-DE',
  version: '1',
  ...extra,
});

async function activityActions(workspaceId: string) {
  const db = await getDb();
  return (await db.select().from(activities).where(eq(activities.workspaceId, workspaceId))).map((a) => a.action).sort();
}

describe('updateWorkspaceSettingsAction', () => {
  it('lets the owner save every setting, bumps the version and logs the changes', async () => {
    const r = await updateWorkspaceSettingsAction(null, settings());
    expect(r).toMatchObject({ ok: true, data: { slug: 'acme-europe', version: 2, name: 'Acme Europe' } });
    const [after] = (await snapshot(team.workspace.id)).workspace;
    expect(after).toMatchObject({ name: 'Acme Europe', slug: 'acme-europe', timeZone: 'Europe/Berlin', fiscalYearStart: 4, currency: 'EUR', locale: 'de-DE', version: 2 });
    const db = await getDb();
    const [log] = await db.select().from(activities).where(eq(activities.action, 'workspace.updated'));
    expect(log).toMatchObject({ workspaceId: team.workspace.id, actorUserId: team.owner.id, actorName: 'Acme Owner', targetType: 'workspace', targetLabel: 'Acme Europe' });
    expect((log.data as { changes: Record<string, unknown> }).changes).toMatchObject({
      name: { from: 'Acme', to: 'Acme Europe' },
      slug: { from: team.workspace.slug, to: 'acme-europe' },
      fiscalYearStart: { from: 1, to: 4 },
    });
  });

  it('writes nothing for a save that changes nothing', async () => {
    const w = team.workspace;
    const r = await updateWorkspaceSettingsAction(null, settings({ name: w.name, slug: w.slug, timeZone: w.timeZone, fiscalYearStart: String(w.fiscalYearStart), currency: w.currency, locale: w.locale }));
    expect(r.ok).toBe(true);
    expect((await snapshot(w.id)).workspace[0].version).toBe(1);
    expect(await activityActions(w.id)).toEqual(['workspace.created']);
  });

  it('refuses a stale version with the current row, leaving it and the log unchanged', async () => {
    expect((await updateWorkspaceSettingsAction(null, settings({ name: 'First save' }))).ok).toBe(true);
    const before = await snapshot(team.workspace.id);
    const r = await updateWorkspaceSettingsAction(null, settings({ workspace: 'acme-europe', name: 'Second save', slug: 'second', currency: 'GBP' }));
    expect(r).toMatchObject({ ok: false, code: 'conflict', values: { name: 'Second save', currency: 'GBP' } });
    expect(!r.ok && r.current).toMatchObject({ name: 'First save', slug: 'acme-europe', version: 2 });
    expect(await snapshot(team.workspace.id)).toEqual(before);
    expect(await activityActions(team.workspace.id)).toEqual(['workspace.created', 'workspace.updated']);
  });

  it('lets exactly one of two saves from the same version through', async () => {
    const [a, b] = await Promise.all([
      updateWorkspaceSettingsAction(null, settings({ name: 'From A', slug: team.workspace.slug })),
      updateWorkspaceSettingsAction(null, settings({ name: 'From B', slug: team.workspace.slug })),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'conflict' });
    expect((await activityActions(team.workspace.id)).filter((x) => x === 'workspace.updated')).toHaveLength(1);
  });

  it('refuses an address another workspace uses, storing nothing', async () => {
    const other = await makeTeam('Globex');
    session.user = team.owner;
    const before = await snapshot(team.workspace.id);
    const r = await updateWorkspaceSettingsAction(null, settings({ slug: other.workspace.slug }));
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: ['This address is taken. Choose another.'] } });
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });

  it.each([
    ['timeZone', 'Mars/Olympus_Mons'],
    ['timeZone', ''],
    ['currency', 'XYZ'],
    ['currency', 'euro'],
    ['locale', 'zz-ZZ'],
    ['locale', 'not a locale!'],
    ['fiscalYearStart', '0'],
    ['fiscalYearStart', '13'],
    ['fiscalYearStart', 'March'],
    ['slug', 'Has Spaces'],
    ['slug', 'settings'],
    ['name', '   '],
  ])('refuses %s = %j with a field error and stores nothing', async (field, value) => {
    const before = await snapshot(team.workspace.id);
    const r = await updateWorkspaceSettingsAction(null, settings({ [field]: value }));
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(!r.ok && r.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(!r.ok && r.values?.[field]).toBe(value);
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });

  it('accepts current IANA names the runtime lists under a legacy alias', async () => {
    const r = await updateWorkspaceSettingsAction(null, settings({ timeZone: 'Asia/Kolkata' }));
    expect(r.ok).toBe(true);
  });
});

describe('transferOwnershipAction', () => {
  it('makes the chosen member owner and the acting owner admin, with an activity row', async () => {
    const target = (await membershipOf(team.workspace.id, team.editor.id))!;
    const r = await transferOwnershipAction(null, { workspace: team.workspace.slug, memberId: target.id });
    expect(r).toMatchObject({ ok: true, data: { name: 'Acme editor' } });
    expect((await membershipOf(team.workspace.id, team.editor.id))?.role).toBe('owner');
    expect((await membershipOf(team.workspace.id, team.owner.id))?.role).toBe('admin');
    const db = await getDb();
    const [log] = await db.select().from(activities).where(eq(activities.action, 'workspace.ownership_transferred'));
    expect(log).toMatchObject({ workspaceId: team.workspace.id, actorUserId: team.owner.id, targetType: 'member', targetId: target.id, targetLabel: 'Acme editor' });
    // The former owner may no longer manage the workspace.
    const again = await updateWorkspaceSettingsAction(null, settings());
    expect(again).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses yourself, an existing owner, a bad id and a member of another workspace, changing nothing', async () => {
    const other = await makeTeam('Globex');
    session.user = team.owner;
    const db = await getDb();
    const coOwner = await makeUser('Co Owner');
    const [co] = await db.insert(memberships).values({ workspaceId: team.workspace.id, userId: coOwner.id, role: 'owner' }).returning();
    const me = (await membershipOf(team.workspace.id, team.owner.id))!;
    const foreign = (await membershipOf(other.workspace.id, other.editor.id))!;
    const before = await snapshot(team.workspace.id);
    const otherBefore = await snapshot(other.workspace.id);
    const send = (memberId: string) => transferOwnershipAction(null, { workspace: team.workspace.slug, memberId });
    expect(await send(me.id)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { memberId: ['Choose someone other than yourself.'] } });
    expect(await send(co.id)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await send('not-a-uuid')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { memberId: ['Choose a member.'] } });
    expect(await send(foreign.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(team.workspace.id)).toEqual(before);
    expect(await snapshot(other.workspace.id)).toEqual(otherBefore);
  });
});

describe('deleteWorkspaceAction', () => {
  async function fill(t: RoleTeam) {
    const db = await getDb();
    await db.insert(invitations).values({ workspaceId: t.workspace.id, email: 'x@test.local', role: 'editor', tokenHash: `h-${t.workspace.id}`, expiresAt: new Date(Date.now() + 86400_000) });
    await db.insert(apiTokens).values({ workspaceId: t.workspace.id, name: 'CI', role: 'viewer', tokenHash: `t-${t.workspace.id}`, prefix: 'wf_abcd' });
  }

  it('refuses a confirmation that does not match the address, deleting nothing', async () => {
    const before = await snapshot(team.workspace.id);
    for (const confirm of ['', 'acme-wrong', team.workspace.name, team.workspace.slug.toUpperCase()]) {
      const r = await deleteWorkspaceAction(null, { workspace: team.workspace.slug, confirm });
      expect(r).toMatchObject({ ok: false, code: 'invalid' });
      expect(!r.ok && r.fieldErrors?.confirm).toBeDefined();
    }
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });

  it('deletes the workspace with its memberships, invitations, tokens and activity; other workspaces stay', async () => {
    const other = await makeTeam('Globex');
    await fill(team);
    await fill(other);
    session.user = team.owner;
    const otherBefore = await snapshot(other.workspace.id);
    const r = await deleteWorkspaceAction(null, { workspace: team.workspace.slug, confirm: team.workspace.slug });
    expect(r).toMatchObject({ ok: true, data: { name: 'Acme' } });
    expect(await snapshot(team.workspace.id)).toEqual({ workspace: [], memberships: [], invitations: [], apiTokens: [], activities: [] });
    expect(await snapshot(other.workspace.id)).toEqual(otherBefore);
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.id, team.owner.id))).toHaveLength(1);
    expect(await db.select().from(workspaces)).toHaveLength(1);
  });
});

describe('roles and tenancy', () => {
  const attempts = {
    settings: () => updateWorkspaceSettingsAction(null, settings()),
    transfer: async () => transferOwnershipAction(null, { workspace: team.workspace.slug, memberId: (await membershipOf(team.workspace.id, team.viewer.id))!.id }),
    delete: () => deleteWorkspaceAction(null, { workspace: team.workspace.slug, confirm: team.workspace.slug }),
  };

  for (const role of ['viewer', 'editor', 'admin'] as const) {
    for (const [what, run] of Object.entries(attempts)) {
      it(`refuses ${what} to a ${role} and changes no row`, async () => {
        session.user = team[role];
        const before = await snapshot(team.workspace.id);
        expect(await run()).toMatchObject({ ok: false, code: 'forbidden' });
        expect(await snapshot(team.workspace.id)).toEqual(before);
      });
    }
  }

  for (const [what, run] of Object.entries(attempts)) {
    it(`answers not_found to an outsider for ${what} and unauthorized when signed out`, async () => {
      const outsider = await makeTeam('Outside');
      const before = await snapshot(team.workspace.id);
      session.user = outsider.owner;
      expect(await run()).toMatchObject({ ok: false, code: 'not_found' });
      session.user = null;
      expect(await run()).toMatchObject({ ok: false, code: 'unauthorized' });
      expect(await snapshot(team.workspace.id)).toEqual(before);
    });
  }
});

describe('the general settings page', () => {
  const page = (slug: string) => GeneralSettingsPage({ params: Promise.resolve({ workspace: slug }) });

  it('shows every member below owner the settings read-only', async () => {
    await updateWorkspaceSettingsAction(null, settings({ slug: team.workspace.slug }));
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      session.user = team[role];
      const html = renderToStaticMarkup(await page(team.workspace.slug));
      expect(html).toContain('Only owners can change these settings.');
      expect(html).toContain('Acme Europe');
      expect(html).toContain('EUR — Euro');
      expect(html).toContain('German (Germany) · de-DE');
      expect(html).toContain('April');
      expect(html).not.toContain('Save changes');
      expect(html).not.toContain('Delete workspace');
    }
  });

  it('answers 404 to an outsider', async () => {
    session.user = (await makeTeam('Outside')).owner;
    await expect(page(team.workspace.slug)).rejects.toMatchObject({ digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/) });
  });
});

describe('a mutation that fails leaves no activity row and no change', () => {
  // An actor without a name makes the activity insert fail (NOT NULL) after the change was written.
  const broken = { userId: null, tokenId: null, name: null as unknown as string };

  it('rolls back a settings update whose activity row fails', async () => {
    const before = await snapshot(team.workspace.id);
    await expect(updateWorkspaceSettings(team.workspace.id, broken, { ...settings(), fiscalYearStart: 4, version: 1 })).rejects.toThrow();
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });

  it('rolls back both role changes of a transfer whose activity row fails', async () => {
    const target = (await membershipOf(team.workspace.id, team.admin.id))!;
    const before = await snapshot(team.workspace.id);
    await expect(transferOwnership(team.workspace.id, { ...broken, userId: team.owner.id }, { memberId: target.id })).rejects.toThrow();
    expect(await snapshot(team.workspace.id)).toEqual(before);
  });
});
