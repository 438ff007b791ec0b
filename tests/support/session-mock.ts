import { redirect } from 'next/navigation';
import type { User } from '@/db/schema';

// Stands in for lib/session.ts (whose real module loads Auth.js) in tests that call pages, actions
// or route handlers in-process: `vi.mock('@/lib/session', () => import('./support/session-mock'))`,
// then set `session.user` to whoever is signed in (null: signed out).
export const session: { user: User | null } = { user: null };

export async function getCurrentUser(): Promise<User | null> {
  return session.user;
}

export async function requireUser(next?: string): Promise<User> {
  if (!session.user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  return session.user;
}

export function safeNext(next: unknown, fallback = '/w') {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
