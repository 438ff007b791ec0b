import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { ROLES, can } from '@/lib/authz';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';
import { callAction, loadActions } from './support/action-files';
import { ROLE_TOO_LOW } from '@/lib/workspace';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({
  ...(await orig<typeof import('@/lib/session')>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every server action in the app, found on disk, with what its wrapper says it requires.
const actions = await loadActions();
const call = callAction;

const workspaceActions = actions.filter((a) => a.meta.kind === 'workspace');

describe('every server action goes through a wrapper', () => {
  it('has no unwrapped exports except the sign-out action', () => {
    const unwrapped = actions.filter((a) => !['workspace', 'user', 'public'].includes(a.meta.kind)).map((a) => a.name);
    expect(unwrapped).toEqual([expect.stringMatching(/signOutAction$/)]);
  });
});

describe.each(workspaceActions.map((a) => [a.name, a] as const))('%s', (_name, action) => {
  const state = useTestDatabase();
  let world: Awaited<ReturnType<typeof seedWorld>>;
  beforeEach(async () => {
    world = await seedWorld(state.db);
    session.user = null;
  });
  const permission = (action.meta as { permission: Parameters<typeof can>[1] }).permission;

  it('answers unauthorized when signed out, changing nothing', async () => {
    const before = await snapshot(state.db);
    const r = await call(action.fn, { workspace: world.a.slug });
    expect(r).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(await snapshot(state.db)).toBe(before);
  });

  it('answers not_found to an outsider and for an unknown workspace, changing nothing', async () => {
    session.user = world.outsider;
    const before = await snapshot(state.db);
    expect(await action.fn(null, { workspace: world.a.slug })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await action.fn(null, { workspace: 'no-such-workspace' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(state.db)).toBe(before);
  });

  for (const role of ROLES) {
    const allowed = can(role, permission);
    it(`${allowed ? 'lets' : 'refuses'} a ${role} (${permission})`, async () => {
      session.user = world.byRole[role];
      const before = await snapshot(state.db);
      const r = await call(action.fn, { workspace: world.a.slug });
      if (allowed) {
        // Past the gate: the action may still refuse for its own reasons (empty input, last owner…).
        expect(r.ok ? 'ok' : r.code).not.toMatch(/^(not_found|unauthorized)$/);
        if (!r.ok) expect(r.error).not.toBe(ROLE_TOO_LOW);
      } else {
        expect(r).toMatchObject({ ok: false, code: 'forbidden' });
        expect(await snapshot(state.db)).toBe(before);
      }
    });
  }
});
