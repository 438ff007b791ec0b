import 'server-only';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, SHARE_TOKEN_RE } from './unlock';
import { recordShareView } from './views';

export type ShareGate = { kind: 'gone' } | { kind: 'locked' } | { kind: 'open'; password: boolean };

/**
 * The share page's first check, run by proxy.ts on every request to /share/{token} before Next's page cache (the
 * page checks again whenever it renders: app/share/[token]/page.tsx): unknown, revoked or expired → gone (404); a
 * password not given yet → locked (to the password page); otherwise the view is counted (batched,
 * lib/share/views.ts) and the page may be served: the cached one, or for a password-protected link the per-request
 * one (./view), which checks the password cookie itself.
 */
export async function shareGate(token: string, unlockCookie: string | undefined): Promise<ShareGate> {
  if (!SHARE_TOKEN_RE.test(token)) return { kind: 'gone' };
  const found = await findLiveShareLink(token);
  if (!found) return { kind: 'gone' };
  if (!isUnlocked(found.link, unlockCookie)) return { kind: 'locked' };
  recordShareView(found.workspace.id, found.link.id);
  return { kind: 'open', password: found.link.passwordHash !== null };
}
