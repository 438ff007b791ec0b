import 'server-only';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, SHARE_TOKEN_RE } from './unlock';
import { recordShareView } from './views';

export type ShareGate = { kind: 'gone' } | { kind: 'locked' } | { kind: 'open' };

/**
 * The share page's gate, run by proxy.ts on every request to /share/{token} before the page (which is served from
 * Next's page cache): unknown, revoked or expired → gone (404); a password not given yet → locked (to the password
 * page); otherwise the view is counted (batched, lib/share/views.ts) and the cached page may be served.
 */
export async function shareGate(token: string, unlockCookie: string | undefined): Promise<ShareGate> {
  if (!SHARE_TOKEN_RE.test(token)) return { kind: 'gone' };
  const found = await findLiveShareLink(token);
  if (!found) return { kind: 'gone' };
  if (!isUnlocked(found.link, unlockCookie)) return { kind: 'locked' };
  recordShareView(found.workspace.id, found.link.id);
  return { kind: 'open' };
}
