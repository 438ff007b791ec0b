import { vi } from 'vitest';
import type { User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { loadActions } from './support/action-files';
import { describeWorkspaceMatrix } from './support/action-matrix-run';
import { MATRIX_FILES } from './support/action-matrix';

// Actions read only the session (lib/session). A share-link visitor and a caller holding an API token of another
// workspace have no session: the matrix drives them with their credential on the request (unlock cookie, Bearer
// header) and expects exactly the anonymous answer.
const mocks = vi.hoisted(() => ({ session: { user: null as User | null }, request: { headers: {} as Record<string, string>, cookies: {} as Record<string, string> } }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => mocks.session.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(mocks.request.headers),
  cookies: async () => ({
    get: (name: string) => (name in mocks.request.cookies ? { name, value: mocks.request.cookies[name] } : undefined),
    getAll: () => Object.entries(mocks.request.cookies).map(([name, value]) => ({ name, value })),
    has: (name: string) => name in mocks.request.cookies,
    set: () => {},
    delete: () => {},
  }),
}));

// The access matrix (tests/support/action-matrix.ts) for workspace settings, members, invitations and API tokens.
describeWorkspaceMatrix(useTestDatabase(), await loadActions(), mocks, MATRIX_FILES['action-matrix-settings.test.ts']);
