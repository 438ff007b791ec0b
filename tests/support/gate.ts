import { randomBytes } from 'node:crypto';
import { NextRequest } from 'next/server';
import { getDb } from '@/db';
import { memberships, type User } from '@/db/schema';
import { createUser } from '@/db/queries/users';
import { createWorkspace } from '@/db/queries/workspaces';
import { createApiToken } from '@/db/queries/api-tokens';
import type { Role } from '@/lib/authz';

// Fixtures for tests that go through the workspace gate: users, workspaces, memberships and tokens
// written straight into the test database, and requests built the way Next hands them to routes.

export async function makeUser(name = 'Test User'): Promise<User> {
  return createUser({ name, email: `${randomBytes(5).toString('hex')}@gate.test`, passwordHash: 'not-a-real-hash' });
}

/** A workspace owned by a new user; returns both. */
export async function makeWorkspace(name = 'Gate ' + randomBytes(3).toString('hex')) {
  const owner = await makeUser('Owner');
  const workspace = await createWorkspace(owner, { name });
  return { owner, workspace };
}

/** A new user with `role` in the workspace (inserted directly: invitations are not needed here). */
export async function makeMember(workspaceId: string, role: Role, name = `A ${role}`) {
  const user = await makeUser(name);
  const db = await getDb();
  await db.insert(memberships).values({ workspaceId, userId: user.id, role });
  return user;
}

export async function makeToken(workspaceId: string, creator: User, role: Role, name = `${role} token`) {
  return createApiToken(workspaceId, { userId: creator.id, tokenId: null, name: creator.name }, { name, role });
}

export function apiRequest(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit; token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (!headers.has('host')) headers.set('host', 'localhost:3000');
  const streaming = typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream;
  return new NextRequest(new URL(path, 'http://localhost:3000'), {
    method: init.method ?? 'GET',
    headers,
    body: init.body,
    ...(streaming ? { duplex: 'half' } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

export const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

export async function json(res: Response) {
  return (await res.json()) as { error?: { code: string; message: string; fields?: Record<string, string[]>; current?: unknown } } & Record<string, unknown>;
}
