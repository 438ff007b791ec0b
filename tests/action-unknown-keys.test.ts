import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { journeys, type User } from '@/db/schema';
import { actionSchema } from '@/lib/actions';
import { declaredKeys } from '@/lib/input-keys';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';
import { makeJourney } from './support/journeys';
import { loadActions, type Action } from './support/action-files';

// No mass assignment through server actions: a key the action's schema does not declare (workspaceId, role,
// version…) is refused by the wrapper with a message naming it, and nothing changes. zod alone strips it silently.

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// Every wrapped server action found on disk (tenancy.test.ts checks that none is unwrapped).
const actions = (await loadActions()).filter((a) => a.meta.kind !== 'unwrapped').map((a) => ({ name: a.name, fn: a.fn, kind: a.meta.kind }));

const { updateJourneyAction, createJourneyAction } = await import('@/app/(app)/w/[workspace]/journeys/actions');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = null;
});

const call = (fn: Action, input: Record<string, unknown>) =>
  fn(null, input).catch((e: { digest?: string }) => ({ ok: true as const, data: `thrown ${String(e.digest ?? e)}` }));

describe('every wrapped action refuses undeclared keys', () => {
  it('finds the actions and knows every schema’s keys', () => {
    expect(actions.length).toBeGreaterThan(40);
    const unknownShape = actions.filter((a) => declaredKeys(actionSchema.get(a.fn)!) === null).map((a) => a.name);
    expect(unknownShape).toEqual([]);
  });

  it('answers invalid naming a workspaceId / role / version / userId key, changing nothing', { timeout: 120_000 }, async () => {
    const foreign = { workspaceId: world.b.id, role: 'owner', version: 1, userId: world.outsider.id, ownerId: world.outsider.id };
    const failures: string[] = [];
    let tried = 0;
    const before = await snapshot(t.db);
    for (const a of actions) {
      const declared = declaredKeys(actionSchema.get(a.fn)!)!;
      const extra = Object.entries(foreign).filter(([k]) => !declared.has(k));
      expect(extra.length, a.name).toBeGreaterThan(0);
      for (const [key, value] of extra) {
        session.user = a.kind === 'public' ? null : world.byRole.owner;
        const input = { ...(a.kind === 'workspace' ? { workspace: world.a.slug } : {}), [key]: value };
        const r = await call(a.fn, input);
        tried++;
        const named =
          !r.ok && r.code === 'invalid' && r.fieldErrors?.[key]?.[0] === 'Unknown field.' && r.error.includes(`“${key}”`) && r.fieldErrors._form?.[0] === r.error;
        if (!named) failures.push(`${a.name} with ${key}: ${JSON.stringify(r).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(t.db)).toBe(before);
    expect(tried).toBeGreaterThan(actions.length);
  });
});

describe('an otherwise valid edit', () => {

  it('is refused with a smuggled workspaceId, and saved without it', async () => {
    session.user = world.byRole.editor;
    const { journey: j } = await makeJourney(t.db, world.a.id, { name: 'Onboarding', stageCount: 1, perStage: 1 });
    const edit = { workspace: world.a.slug, journeyId: j.id, version: j.version, name: 'Renamed', description: '' };
    const before = await snapshot(t.db);
    const r = await updateJourneyAction(null, { ...edit, workspaceId: world.b.id });
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { workspaceId: ['Unknown field.'] } });
    expect(await snapshot(t.db)).toBe(before);
    expect(await updateJourneyAction(null, edit)).toEqual(expect.objectContaining({ ok: true }));
    const [row] = await t.db.select().from(journeys).where(eq(journeys.id, j.id));
    expect(row).toMatchObject({ name: 'Renamed', workspaceId: world.a.id });
  });

  it('ignores the framework’s own form fields ($ACTION_…, the workspace slug)', async () => {
    session.user = world.byRole.editor;
    const fd = new FormData();
    fd.set('workspace', world.a.slug);
    fd.set('name', 'From a form');
    fd.set('$ACTION_ID_0123456789abcdef', '');
    fd.set('$ACTION_REF_1', '');
    fd.set('$ACTION_1:0', '{"id":"x","bound":null}');
    expect(await createJourneyAction(null, fd)).toMatchObject({ ok: true });
    fd.set('createdAt', '1999-01-01');
    expect(await createJourneyAction(null, fd)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { createdAt: ['Unknown field.'] } });
  });
});
