import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { activities, apiTokens, type User, type Workspace } from '@/db/schema';
import { hashToken } from '@/lib/tokens';
import { createApiTokenAction, revokeApiTokenAction } from '@/app/(app)/w/[workspace]/settings/tokens/actions';
import TokensPage from '@/app/(app)/w/[workspace]/settings/tokens/page';
import { useTestDatabase } from './support/db';
import { session } from './support/session-mock';
import { makeMember, makeToken, makeUser, makeWorkspace } from './support/gate';

// Settings → API tokens: who may create and revoke tokens (admins and owners, never above their own
// role), what is stored (a hash, an activity row), and that a refused call changes no rows.

vi.mock('@/lib/session', () => import('./support/session-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

useTestDatabase();

let owner: User;
let workspace: Workspace;

beforeEach(async () => {
  ({ owner, workspace } = await makeWorkspace('Tokens'));
  session.user = owner;
});

async function snapshot() {
  const db = await getDb();
  return { tokens: await db.select().from(apiTokens).orderBy(apiTokens.id), activities: await db.select().from(activities).orderBy(activities.id) };
}

const create = (input: Record<string, unknown>) => createApiTokenAction(null, { workspace: workspace.slug, ...input });
const revoke = (id: string) => revokeApiTokenAction(null, { workspace: workspace.slug, id });

describe('create', () => {
  it('answers the secret once, stores only its hash, and logs the creation', async () => {
    const r = await create({ name: '  Nightly import ', role: 'editor' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.secret).toMatch(/^wf_[A-Za-z0-9_-]{43}$/);
    expect(r.data).toMatchObject({ name: 'Nightly import', role: 'editor', prefix: r.data.secret.slice(0, 7) });
    const { tokens, activities: log } = await snapshot();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ workspaceId: workspace.id, tokenHash: hashToken(r.data.secret), createdBy: owner.id, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(tokens)).not.toContain(r.data.secret);
    expect(log.filter((a) => a.targetType === 'api_token')).toMatchObject([{ action: 'api_token.created', targetId: tokens[0].id, actorUserId: owner.id }]);
  });

  it('lets an owner grant every role, an admin up to admin', async () => {
    for (const role of ['viewer', 'editor', 'admin', 'owner']) expect((await create({ name: role, role })).ok).toBe(true);
    session.user = await makeMember(workspace.id, 'admin');
    expect((await create({ name: 'ok', role: 'admin' })).ok).toBe(true);
    const before = await snapshot();
    const r = await create({ name: 'too high', role: 'owner' });
    expect(r).toMatchObject({ ok: false, code: 'forbidden', values: { name: 'too high', role: 'owner' } });
    expect(!r.ok && r.fieldErrors?.role?.[0]).toMatch(/at most your own role \(Admin\)/);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['no name', { name: '   ', role: 'viewer' }, 'name'],
    ['a name over 80 characters', { name: 'x'.repeat(81), role: 'viewer' }, 'name'],
    ['a role above owner', { name: 'root', role: 'superadmin' }, 'role'],
    ['no role', { name: 'x' }, 'role'],
  ])('refuses %s with a field error, storing nothing', async (_, input, field) => {
    const r = await create(input);
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(!r.ok && r.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect((await snapshot()).tokens).toHaveLength(0);
  });
});

describe('revoke', () => {
  it('revokes a live token and logs it; a second revoke is a 404', async () => {
    const t = await makeToken(workspace.id, owner, 'editor');
    expect(await revoke(t.id)).toMatchObject({ ok: true, data: { id: t.id } });
    const { tokens, activities: log } = await snapshot();
    expect(tokens[0].revokedAt).toBeInstanceOf(Date);
    expect(log.filter((a) => a.action === 'api_token.revoked')).toMatchObject([{ targetId: t.id, actorUserId: owner.id }]);
    expect(await revoke(t.id)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('answers 404 for a token of another workspace and leaves it alive', async () => {
    const other = await makeWorkspace('Other');
    const foreign = await makeToken(other.workspace.id, other.owner, 'viewer');
    const before = await snapshot();
    expect(await revoke(foreign.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await revoke('not-a-uuid')).toMatchObject({ ok: false, code: 'invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps owner tokens out of an admin’s reach', async () => {
    const t = await makeToken(workspace.id, owner, 'owner');
    session.user = await makeMember(workspace.id, 'admin');
    const before = await snapshot();
    expect(await revoke(t.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('who may manage tokens', () => {
  it.each(['viewer', 'editor'] as const)('refuses a %s: 403 from the actions and the page, no rows changed', async (role) => {
    const t = await makeToken(workspace.id, owner, 'viewer');
    session.user = await makeMember(workspace.id, role);
    const before = await snapshot();
    expect(await create({ name: 'mine', role: 'viewer' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await revoke(t.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot()).toEqual(before);
    await expect(TokensPage({ params: Promise.resolve({ workspace: workspace.slug }) })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
  });

  it('answers an outsider 404 and a signed-out visitor unauthorized', async () => {
    const t = await makeToken(workspace.id, owner, 'viewer');
    session.user = await makeUser('Outsider');
    const before = await snapshot();
    expect(await create({ name: 'x', role: 'viewer' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await revoke(t.id)).toMatchObject({ ok: false, code: 'not_found' });
    await expect(TokensPage({ params: Promise.resolve({ workspace: workspace.slug }) })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    session.user = null;
    expect(await create({ name: 'x', role: 'viewer' })).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(await snapshot()).toEqual(before);
  });

  it('renders the page for admins', async () => {
    session.user = await makeMember(workspace.id, 'admin');
    await expect(TokensPage({ params: Promise.resolve({ workspace: workspace.slug }) })).resolves.toBeTruthy();
  });
});
