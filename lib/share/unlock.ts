import 'server-only';
import { createHmac } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth-secret';
import { safeEqual } from '@/lib/tokens';

// The proof that a visitor gave a link's password: an HMAC of (link id, password hash) under the server secret,
// in an httpOnly cookie scoped to the link's path. A new password hash, or a revoked link, makes it worthless.
export const UNLOCK_COOKIE = 'wf_share_unlock';
export const UNLOCK_MAX_AGE = 12 * 3600;

export function unlockValue(link: { id: string; passwordHash: string }) {
  return createHmac('sha256', getAuthSecret()).update(`share-unlock:${link.id}:${link.passwordHash}`).digest('base64url');
}

export function isUnlocked(link: { id: string; passwordHash: string | null }, cookie: string | undefined) {
  if (!link.passwordHash) return true;
  return typeof cookie === 'string' && safeEqual(cookie, unlockValue({ id: link.id, passwordHash: link.passwordHash }));
}

export const sharePath = (token: string) => `/share/${token}`;

/** What a share token looks like (43 base64url characters today); anything else is a 404 without a query. */
export const SHARE_TOKEN_RE = /^[A-Za-z0-9_-]{22,100}$/;
