import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

// PostgreSQL cannot store NUL in text (a 500 before): the action wrapper refuses control characters
// other than tab and line breaks in any field with a field error, and stores nothing. The API gate's
// side is driven by tests/fuzz-api.test.ts.

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { createPersonaAction } = await import('@/app/(app)/w/[workspace]/personas/actions');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
});

describe('control characters in action input', () => {
  it.each([
    ['a NUL', 'name', 'Ada\u0000'],
    ['an escape sequence', 'description', 'red \u001b[31m text'],
    ['a DEL in a list item', 'goals', 'fine\nbad\u007f'],
  ])('refuses %s with a field error and stores nothing', async (_, field, value) => {
    const before = await snapshot(t.db);
    const r = await createPersonaAction(null, { workspace: world.a.slug, name: 'Ada', [field]: value });
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(r.ok ? null : Object.keys(r.fieldErrors ?? {}).some((k) => k.startsWith(field))).toBe(true);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('keeps tabs and line breaks', async () => {
    const r = await createPersonaAction(null, { workspace: world.a.slug, name: 'Ada', description: 'one\ttwo\r\nthree', goals: 'a\r\nb' });
    expect(r.ok).toBe(true);
  });
});
