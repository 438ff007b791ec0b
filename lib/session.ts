import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from './auth';
import { getUserById } from '@/db/queries/users';
import type { User } from '@/db/schema';

/**
 * The signed-in user for this request, or null. A JWT whose session version no longer matches the
 * account (password changed or reset elsewhere) counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || user.sessionVersion !== session.sv) return null;
  return user;
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `next`. */
export async function requireUser(next?: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  return user;
}

export function safeNext(next: unknown, fallback = '/w') {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
